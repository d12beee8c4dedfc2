import { describe, expect, it } from 'vitest';
import { expectOne, feat, run } from './__fixtures__/helpers';
import type { Minimal } from './__fixtures__/minimal';

const PLACES = 'geodata/places.geojson';
const LINES = 'geodata/lines.geojson';
const POSTS = 'geodata/posts.geojson';
const coords = 'geometry.coordinates';

describe('validateGeodata: coordinates', () => {
	it('refuses a longitude or latitude out of range', () => {
		expectOne(
			run((d) => (feat(d.places, 'shusha').geometry.coordinates = [200, 39.76])),
			{ file: PLACES, feature: 'shusha', field: coords, message: /longitude 200 is out of range/ }
		);
		expectOne(
			run((d) => (feat(d.places, 'moscow').geometry.coordinates = [37.6178, 95])),
			{ file: PLACES, feature: 'moscow', field: coords, message: /latitude 95 is out of range/ }
		);
	});

	it('catches a point swapped to [lat, lon]', () => {
		const r = run((d) => (feat(d.places, 'shusha').geometry.coordinates = [39.7601, 46.7499]));
		expectOne(r, {
			file: PLACES,
			feature: 'shusha',
			field: coords,
			message: /outside the South Caucasus box.*\[lat, lon\]/
		});
	});

	it('catches a swapped vertex inside a line, naming its index', () => {
		const r = run((d) => ((feat(d.lines, 'corridor').geometry.coordinates as number[][])[1] = [39.7, 46.58]));
		expectOne(r, { file: LINES, feature: 'corridor', field: `${coords}[1]`, message: /\[lat, lon\]/ });
	});

	it('needs scope "world" for a place outside the region box', () => {
		const r = run((d) => delete feat(d.places, 'moscow').properties.scope);
		expectOne(r, { file: PLACES, feature: 'moscow', field: coords, message: /scope to "world"/ });
		const bad = run((d) => (feat(d.places, 'moscow').properties.scope = 'global'));
		expectOne(bad, {
			file: PLACES,
			feature: 'moscow',
			field: 'properties.scope',
			message: /caucasus, world/
		});
	});

	it('refuses positions that are not two numbers', () => {
		const r = run((d) => (feat(d.places, 'shusha').geometry.coordinates = ['46.7', 39.76]));
		expectOne(r, { file: PLACES, feature: 'shusha', field: coords, message: /two finite numbers/ });
	});

	it('refuses more than 5 decimals (sub-metre precision nobody has)', () => {
		const r = run((d) => (feat(d.places, 'shusha').geometry.coordinates = [46.749912, 39.7601]));
		expectOne(r, { file: PLACES, feature: 'shusha', field: coords, message: /more than 5 decimals/ });
	});

	it('refuses a geometry type the file does not hold', () => {
		const r = run((d) => (feat(d.lines, 'zone').geometry = { type: 'Point', coordinates: [46.8, 39.8] }));
		expectOne(r, {
			file: LINES,
			feature: 'zone',
			field: 'geometry.type',
			message: /LineString, MultiLineString, Polygon/
		});
	});
});

describe('validateGeodata: rings and self-intersections', () => {
	const ring = (d: Minimal) => (feat(d.lines, 'zone').geometry.coordinates as number[][][])[0]!;

	it('refuses an unclosed ring', () => {
		const r = run((d) => ring(d).pop());
		expectOne(r, { file: LINES, feature: 'zone', field: `${coords}[0]`, message: /not closed/ });
	});

	it('refuses a ring with fewer than 4 positions', () => {
		const r = run((d) => {
			feat(d.lines, 'zone').geometry.coordinates = [
				[
					[46.7, 39.78],
					[46.9, 39.78],
					[46.7, 39.78]
				]
			];
		});
		expectOne(r, { file: LINES, feature: 'zone', field: `${coords}[0]`, message: /at least 4 positions/ });
	});

	it('refuses a self-intersecting polygon (a bow tie)', () => {
		const r = run((d) => {
			const [a, b, c, dd] = ring(d) as [number[], number[], number[], number[]];
			feat(d.lines, 'zone').geometry.coordinates = [[a, c, b, dd, a]];
		});
		expectOne(r, { file: LINES, feature: 'zone', field: coords, message: /crosses itself at \[/ });
	});

	it('refuses a line that crosses itself', () => {
		const r = run((d) => {
			feat(d.lines, 'corridor').geometry.coordinates = [
				[46.7528, 39.8177],
				[46.6, 39.6],
				[46.6, 39.75],
				[46.7, 39.6],
				[46.5305, 39.5476]
			];
		});
		expectOne(r, { file: LINES, feature: 'corridor', field: coords, message: /crosses itself/ });
	});

	it('refuses a line of one position', () => {
		const r = run((d) => (feat(d.lines, 'corridor').geometry.coordinates = [[46.7528, 39.8177]]));
		expectOne(r, { file: LINES, feature: 'corridor', field: coords, message: /at least 2 positions/ });
	});
});

describe('validateGeodata: posts and corridors', () => {
	it('wants a post within 12 km of the line it stands along', () => {
		const near = run((d) => (feat(d.posts, 'post-1').geometry.coordinates = [46.65, 39.8]));
		expect(near.errors).toEqual([]);
		const far = run((d) => (feat(d.posts, 'post-1').geometry.coordinates = [46.9, 39.6]));
		expectOne(far, {
			file: POSTS,
			feature: 'post-1',
			field: 'properties.along',
			message: /km from "corridor"; .*within 12 km/
		});
	});

	it('measures a post along a zone to the zone’s outline', () => {
		const r = run((d) => {
			const p = feat(d.posts, 'post-1');
			p.properties.along = 'zone';
			p.geometry.coordinates = [46.8, 39.84];
		});
		expect(r.errors).toEqual([]);
	});

	it('wants `along` to name a line that exists', () => {
		const r = run((d) => (feat(d.posts, 'post-1').properties.along = 'lachin-corridor'));
		expectOne(r, {
			file: POSTS,
			feature: 'post-1',
			field: 'properties.along',
			message: /"lachin-corridor", which is not/
		});
	});

	it('wants an observation or temporary post to name its line', () => {
		const r = run((d) => (feat(d.posts, 'post-1').properties.along = null));
		expectOne(r, {
			file: POSTS,
			feature: 'post-1',
			field: 'properties.along',
			message: /must name the line/
		});
	});

	it('wants a corridor to join the two places its data names as its ends, in either direction', () => {
		const reversed = run((d) => (feat(d.lines, 'corridor').geometry.coordinates as number[][]).reverse());
		expect(reversed.errors).toEqual([]);
		const short = run((d) => (feat(d.lines, 'corridor').geometry.coordinates as number[][]).pop());
		expectOne(short, {
			file: LINES,
			feature: 'corridor',
			field: coords,
			message: /its ends "stepanakert" and "kornidzor"/
		});
		const elsewhere = run((d) => (feat(d.lines, 'corridor').properties.ends = ['stepanakert', 'shusha']));
		expectOne(elsewhere, {
			file: LINES,
			feature: 'corridor',
			field: coords,
			message: /"shusha" \(each within 10 km\)/
		});
	});

	it('wants the ends named, as places that exist, and only on a corridor', () => {
		const unnamed = run((d) => delete feat(d.lines, 'corridor').properties.ends);
		expectOne(unnamed, {
			file: LINES,
			feature: 'corridor',
			field: 'properties.ends',
			message: /must name its two ends/
		});
		const gone = run((d) => {
			d.places.features = d.places.features.filter((f) => f.properties.id !== 'stepanakert');
		});
		expectOne(gone, {
			file: LINES,
			feature: 'corridor',
			field: 'properties.ends',
			message: /"stepanakert" is not a place/
		});
		const zone = run((d) => (feat(d.lines, 'zone').properties.ends = ['stepanakert', 'kornidzor']));
		expectOne(zone, {
			file: LINES,
			feature: 'zone',
			field: 'properties.ends',
			message: /only a corridor has ends/
		});
	});

	it('does not cascade: a broken line is reported once, not again by its posts', () => {
		const r = run((d) => (feat(d.lines, 'corridor').properties.precision = 'rough'));
		expectOne(r, {
			file: LINES,
			feature: 'corridor',
			field: 'properties.precision',
			message: /must be one of/
		});
	});
});
