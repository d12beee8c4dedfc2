/**
 * Geometry rules of the curated geodata, with Turf. Each check returns problems as
 * `{ field, message }` so the caller can name the file and the feature.
 */
import { distance } from '@turf/distance';
import { feature, lineString, point } from '@turf/helpers';
import { kinks } from '@turf/kinks';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';

export interface GeometryProblem {
	field: string;
	message: string;
}

/** The South Caucasus box: a [lat, lon] swap of any place in the region lands outside it. */
export const REGION_BOX = { west: 43, east: 51, south: 38, north: 42.5 } as const;
/** How far a post may stand from the line or corridor named in its `along`. */
export const POST_MAX_KM = 12;
/** How far a corridor's ends may be from Stepanakert and from Kornidzor or Goris. */
export const CORRIDOR_END_KM = 10;
/** More decimals than this claims sub-metre precision that no curated feature has. */
export const MAX_DECIMALS = 5;

/**
 * The most positions one feature may have. The curated lines have a few hundred; a million-vertex
 * line is a wrong file, and Turf's self-intersection check is quadratic, so it is refused first.
 */
export const MAX_VERTICES = 20_000;

export type Scope = 'caucasus' | 'world';
export type LinearGeometry = LineString | MultiLineString | Polygon;

/** Whether [lon, lat] lies in the map's region (the South Caucasus box above). */
export const inBox = (lon: number, lat: number) =>
	lon >= REGION_BOX.west && lon <= REGION_BOX.east && lat >= REGION_BOX.south && lat <= REGION_BOX.north;

const decimals = (n: number) => (String(n).split('.')[1] ?? '').replace(/e.*$/, '').length;

function isPosition(p: unknown): p is Position {
	return (
		Array.isArray(p) &&
		(p.length === 2 || p.length === 3) &&
		p.every((n) => typeof n === 'number' && Number.isFinite(n))
	);
}

/**
 * Rules the Natural Earth basemap is spared: it is not curated to 5 decimals, and its borders and
 * rivers are pieces that touch one another (a crossing between parts is normal there); its
 * polygon rings are still checked one by one, since a crossed ring is what breaks the land layer.
 */
export interface GeometryOptions {
	decimals?: boolean;
	crossings?: 'all' | 'rings';
}

function checkPosition(p: unknown, field: string, scope: Scope, strict: boolean): GeometryProblem[] {
	if (!isPosition(p)) return [{ field, message: 'must be a position [lon, lat] of two finite numbers' }];
	const [lon, lat] = p as [number, number];
	if (lon < -180 || lon > 180) return [{ field, message: `longitude ${lon} is out of range -180..180` }];
	if (lat < -90 || lat > 90) {
		const hint = inBox(lat, lon) ? '; looks like [lat, lon]: GeoJSON wants [lon, lat]' : '';
		return [{ field, message: `latitude ${lat} is out of range -90..90${hint}` }];
	}
	const problems: GeometryProblem[] = [];
	if (strict && (decimals(lon) > MAX_DECIMALS || decimals(lat) > MAX_DECIMALS)) {
		problems.push({
			field,
			message: `has more than ${MAX_DECIMALS} decimals; round it (they claim sub-metre precision)`
		});
	}
	if (scope !== 'world' && !inBox(lon, lat)) {
		const box = `lon ${REGION_BOX.west}–${REGION_BOX.east}, lat ${REGION_BOX.south}–${REGION_BOX.north}`;
		const hint = inBox(lat, lon)
			? 'looks like [lat, lon]: GeoJSON wants [lon, lat]'
			: 'if the place really is elsewhere, set properties.scope to "world"';
		problems.push({ field, message: `[${lon}, ${lat}] is outside the South Caucasus box (${box}); ${hint}` });
	}
	return problems;
}

function checkLine(coords: unknown, field: string, scope: Scope, strict: boolean): GeometryProblem[] {
	if (!Array.isArray(coords) || coords.length < 2) {
		return [{ field, message: 'a line needs an array of at least 2 positions' }];
	}
	return coords.flatMap((p, i) => checkPosition(p, `${field}[${i}]`, scope, strict));
}

function checkRing(coords: unknown, field: string, scope: Scope, strict: boolean): GeometryProblem[] {
	if (!Array.isArray(coords) || coords.length < 4) {
		return [{ field, message: 'a polygon ring needs at least 4 positions (3 corners and the closing one)' }];
	}
	const problems = coords.flatMap((p, i) => checkPosition(p, `${field}[${i}]`, scope, strict));
	if (problems.length) return problems;
	const [first, last] = [coords[0] as Position, coords[coords.length - 1] as Position];
	if (first[0] !== last[0] || first[1] !== last[1]) {
		problems.push({
			field,
			message: `ring is not closed: the last position must repeat the first [${first.join(', ')}]`
		});
	}
	return problems;
}

/**
 * Shape, ranges, the region box and self-intersections of one geometry. `allowed` lists the
 * geometry types the file may hold.
 */
export function checkGeometry(
	geometry: unknown,
	allowed: readonly Geometry['type'][],
	scope: Scope,
	opts: GeometryOptions = {}
): GeometryProblem[] {
	const strict = opts.decimals ?? true;
	if (!geometry || typeof geometry !== 'object') return [{ field: 'geometry', message: 'is required' }];
	const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
	if (typeof type !== 'string' || !(allowed as readonly string[]).includes(type)) {
		return [{ field: 'geometry.type', message: `must be one of ${allowed.join(', ')}` }];
	}
	const vertices = countPositions(coordinates, MAX_VERTICES);
	if (vertices > MAX_VERTICES) {
		return [
			{
				field: 'geometry.coordinates',
				message: `has more than ${MAX_VERTICES} positions; simplify it (the limit is in geodata/README.md)`
			}
		];
	}
	const field = 'geometry.coordinates';
	let problems: GeometryProblem[];
	if (type === 'Point') problems = checkPosition(coordinates, field, scope, strict);
	else if (type === 'LineString') problems = checkLine(coordinates, field, scope, strict);
	else if (!Array.isArray(coordinates) || coordinates.length === 0) {
		problems = [{ field, message: 'must be a non-empty array' }];
	} else if (type === 'MultiLineString') {
		problems = coordinates.flatMap((c, i) => checkLine(c, `${field}[${i}]`, scope, strict));
	} else if (type === 'MultiPolygon') {
		problems = coordinates.flatMap((poly, i) =>
			Array.isArray(poly) && poly.length
				? poly.flatMap((c, j) => checkRing(c, `${field}[${i}][${j}]`, scope, strict))
				: [{ field: `${field}[${i}]`, message: 'a polygon needs at least one ring' }]
		);
	} else problems = coordinates.flatMap((c, i) => checkRing(c, `${field}[${i}]`, scope, strict));
	if (problems.length || type === 'Point') return problems;
	const g = geometry as LinearGeometry | MultiPolygon;
	if (opts.crossings === 'rings') {
		// Each ring alone: Natural Earth's holes touch their outer ring at the clip box, which is no fault.
		const polygons = g.type === 'MultiPolygon' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : [];
		polygons.forEach((rings, i) =>
			rings.forEach((ring, j) => {
				const at = g.type === 'MultiPolygon' ? `${field}[${i}][${j}]` : `${field}[${j}]`;
				problems.push(...crossingsOf({ type: 'Polygon', coordinates: [ring] }, at));
			})
		);
		return problems;
	}
	return crossingsOf(g, field);
}

function crossingsOf(g: LinearGeometry | MultiPolygon, field: string): GeometryProblem[] {
	const problems: GeometryProblem[] = [];
	const crossings = kinks(feature(g)).features;
	if (crossings.length) {
		const at = crossings[0]!.geometry.coordinates.map((n) => Math.round(n * 1e4) / 1e4);
		const more = crossings.length > 1 ? ` (and ${crossings.length - 1} more)` : '';
		problems.push({ field, message: `crosses itself at [${at.join(', ')}]${more}` });
	}
	return problems;
}

/** Positions in nested coordinate arrays, counted up to just past `stop` (so a huge one costs nothing more). */
function countPositions(c: unknown, stop: number): number {
	if (!Array.isArray(c)) return 0;
	if (typeof c[0] === 'number') return 1;
	let n = 0;
	for (const x of c) {
		n += countPositions(x, stop - n);
		if (n > stop) break;
	}
	return n;
}

/** The lines a linear feature is made of: a polygon counts by its rings. */
function partsOf(g: LinearGeometry): Position[][] {
	if (g.type === 'LineString') return [g.coordinates];
	return g.coordinates;
}

/** Shortest distance in km from a point to a line, a multi-line or a polygon's outline. */
export function distanceToLineKm(p: Point, g: LinearGeometry): number {
	return Math.min(...partsOf(g).map((part) => pointToLineDistance(point(p.coordinates), lineString(part))));
}

export function distanceKm(a: Position, b: Position): number {
	return distance(point(a), point(b));
}

/** First and last positions of a line (a multi-line's first part start, last part end). */
export function endsOf(g: LinearGeometry): [Position, Position] | null {
	if (g.type === 'Polygon') return null;
	const parts = partsOf(g);
	const first = parts[0]?.[0];
	const lastPart = parts[parts.length - 1];
	const last = lastPart?.[lastPart.length - 1];
	return first && last ? [first, last] : null;
}
