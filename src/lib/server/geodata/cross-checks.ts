/**
 * The rules that look across features and files: unique ids, posts near their line, corridor ends,
 * period and figure order. They run on features that passed their own rules, so one broken feature
 * is reported once, not again by everything that refers to it.
 */
import type { Point } from 'geojson';
import {
	CORRIDOR_END_KM,
	POST_MAX_KM,
	distanceKm,
	distanceToLineKm,
	endsOf,
	type LinearGeometry
} from './geometry';
import type { LineProperties, Period, PlaceProperties, PostCount, PostProperties } from './schema';
import type { GeodataError, Parsed } from './validate';

export function checkPeriods(file: string, periods: Period[], errors: GeodataError[]): void {
	const seen = new Set<string>();
	for (const p of periods) {
		if (p.end < p.start)
			errors.push({ file, feature: p.id, field: 'end', message: `${p.end} is before start ${p.start}` });
		if (seen.has(p.id)) errors.push({ file, feature: p.id, field: 'id', message: 'is not unique' });
		seen.add(p.id);
	}
}

export function checkPostCounts(file: string, counts: PostCount[], errors: GeodataError[]): void {
	counts.forEach((c, i) => {
		const prev = counts[i - 1];
		if (prev && c.date < prev.date) {
			errors.push({
				file,
				feature: `#${i}`,
				field: 'date',
				message: `${c.date} comes after ${prev.date}; keep the figures in date order`
			});
		}
	});
}

export function checkIds(collections: Parsed<{ id: string }>[], errors: GeodataError[]): void {
	const owner = new Map<string, string>();
	for (const { file, features } of collections) {
		for (const f of features) {
			const id = f.properties.id;
			const first = owner.get(id);
			if (first)
				errors.push({
					file,
					feature: id,
					field: 'properties.id',
					message: `is already the id of a feature in ${first}`
				});
			else owner.set(id, file);
		}
	}
}

export function checkPosts(
	posts: Parsed<PostProperties>,
	lines: Parsed<LineProperties>,
	errors: GeodataError[]
): void {
	const byId = new Map(lines.features.map((f) => [f.properties.id, f]));
	for (const f of posts.features) {
		const { id, along, kind } = f.properties;
		const report = (message: string) =>
			errors.push({ file: posts.file, feature: id, field: 'properties.along', message });
		if (!along) {
			if (kind === 'observation post' || kind === 'temporary post')
				report(`a ${kind} must name the line it stands along`);
			continue;
		}
		const line = byId.get(along);
		if (!line) {
			if (lines.readable && !lines.ids.has(along))
				report(`refers to "${along}", which is not a feature of ${lines.file}`);
			continue;
		}
		const km = distanceToLineKm(f.geometry as Point, line.geometry as LinearGeometry);
		if (km > POST_MAX_KM) {
			report(`the post is ${km.toFixed(1)} km from "${along}"; it must be within ${POST_MAX_KM} km of it`);
		}
	}
}

/** Each corridor names its two ends (`ends`, place ids) and its geometry joins them. */
export function checkCorridors(
	lines: Parsed<LineProperties>,
	places: Parsed<PlaceProperties>,
	errors: GeodataError[]
): void {
	const at = (id: string) =>
		places.features.find((f) => f.properties.id === id)?.geometry as Point | undefined;
	for (const f of lines.features) {
		const { id, kind, ends } = f.properties;
		const report = (field: string, message: string) =>
			errors.push({ file: lines.file, feature: id, field, message });
		if (kind !== 'corridor') {
			if (ends) report('properties.ends', `only a corridor has ends; this is a ${kind}`);
			continue;
		}
		if (!ends) {
			report('properties.ends', 'a corridor must name its two ends, as place ids: ["stepanakert", "goris"]');
			continue;
		}
		const points = ends.map(at);
		// A place that exists but failed its own rules is reported there; only a missing one is reported here.
		const missing = ends.filter((e, i) => !points[i] && !places.ids.has(e));
		if (missing.length && places.readable) {
			report(
				'properties.ends',
				`${missing.map((m) => `"${m}"`).join(' and ')} is not a place of ${places.file}`
			);
		}
		const [a, b] = points;
		const pair = endsOf(f.geometry as LinearGeometry);
		if (!a || !b) continue;
		if (!pair) {
			report('geometry.coordinates', 'a corridor must be a LineString or MultiLineString');
			continue;
		}
		const near = (p: number[], t: Point) => distanceKm(p, t.coordinates) <= CORRIDOR_END_KM;
		const [first, last] = pair;
		if (!((near(first, a) && near(last, b)) || (near(first, b) && near(last, a)))) {
			report(
				'geometry.coordinates',
				`runs from [${first.join(', ')}] to [${last.join(', ')}]; it must join its ends "${ends[0]}" and "${ends[1]}" (each within ${CORRIDOR_END_KM} km)`
			);
		}
	}
}

type Replacing = {
	id: string;
	kind: string;
	replaces?: string | null;
	valid_from?: string | null;
	valid_to?: string | null;
};

/**
 * `replaces`: the feature named must exist, be another feature of the same kind, have ended, and not
 * end after this one begins (the 2020 road ended on 30 Aug 2022, the day the 2022 road opened).
 */
export function checkReplaces(collections: Parsed<Replacing>[], errors: GeodataError[]): void {
	const byId = new Map(
		collections.flatMap((c) => c.features.map((f) => [f.properties.id, f.properties] as const))
	);
	const seen = new Set(collections.flatMap((c) => [...c.ids]));
	const readable = collections.every((c) => c.readable);
	for (const { file, features } of collections) {
		for (const { properties: p } of features) {
			if (!p.replaces) continue;
			const report = (message: string) =>
				errors.push({ file, feature: p.id, field: 'properties.replaces', message });
			const old = byId.get(p.replaces);
			if (p.replaces === p.id) report('a feature cannot replace itself');
			else if (!old) {
				// A feature that exists but failed its own rules is reported there.
				if (readable && !seen.has(p.replaces))
					report(`refers to "${p.replaces}", which is not a curated feature`);
			} else if (old.kind !== p.kind)
				report(`"${p.replaces}" is a ${old.kind}; a ${p.kind} can only replace a ${p.kind}`);
			else if (!old.valid_to) report(`"${p.replaces}" has no valid_to; a feature replaced must have ended`);
			else if (!p.valid_from) report('a feature that replaces another needs its valid_from');
			else if (old.valid_to > p.valid_from)
				report(`"${p.replaces}" ends on ${old.valid_to}, after this feature begins (${p.valid_from})`);
		}
	}
}
