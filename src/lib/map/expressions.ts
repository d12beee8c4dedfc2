/**
 * MapLibre expressions over the data's fixed properties. What a change of time changes is
 * feature state (feature-state.ts), so none of these is rebuilt on a change.
 * https://maplibre.org/maplibre-style-spec/expressions/
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Feature, Geometry, Point } from 'geojson';
import { AREA_KINDS } from './curated';
import type { FeatureView } from './feature-state';

/**
 * A label's text cannot read feature state, and the selected time is any range, so the count on a
 * place's dot is drawn from copies of the place's point: one per count it can reach (1 to its
 * total), each with that count as fixed text, all in one symbol layer. Feature state `shown` is
 * true on the one copy equal to the place's count in the time shown (countStates), so a switch is
 * paint only, in the next frame. One layer per count (42 here) cost the map's load ~0.9 s of CPU
 * (`npm run bench`, docs/performance.md). Counts of `COUNT_CAP` or more read "50+".
 */
export const COUNT_CAP = 50;

/** The group of the count copies in the curated source (no other layer draws it). */
export const COUNT_GROUP = 'count';

export type CountProps = { id: string; group: typeof COUNT_GROUP; place: string; n: number; text: string };

type Place = Feature<Geometry | null, { id: string; group: string; kind?: string; quotes_total?: number }>;

/** The count copies of every place drawn as a dot that has quotes; ids are `place#n`. */
export function countPoints(features: readonly Place[]): Feature<Point, CountProps>[] {
	const out: Feature<Point, CountProps>[] = [];
	for (const f of features) {
		const p = f.properties;
		if (p.group !== 'place' || f.geometry?.type !== 'Point' || AREA_KINDS.includes(p.kind ?? '')) continue;
		for (let n = 1; n <= Math.min(Number(p.quotes_total ?? 0), COUNT_CAP); n++) {
			out.push({
				type: 'Feature',
				geometry: f.geometry,
				properties: {
					id: `${p.id}#${n}`,
					group: COUNT_GROUP,
					place: p.id,
					n,
					text: n === COUNT_CAP ? `${n}+` : String(n)
				}
			});
		}
	}
	return out;
}

/** Feature state of the count copies: shown where the place is drawn and its count is the copy's. */
export function countStates(
	copies: readonly Feature<Point, CountProps>[],
	states: Readonly<Record<string, FeatureView>>
): Record<string, { shown: boolean }> {
	const out: Record<string, { shown: boolean }> = {};
	for (const { properties: c } of copies) {
		const s = states[c.place];
		out[c.id] = { shown: !!s?.on && (c.n === COUNT_CAP ? s.count >= c.n : s.count === c.n) };
	}
	return out;
}

/** The text opacity of the count copies: 1 on the one shown. */
export const COUNT_SHOWN: ExpressionSpecification = [
	'case',
	['boolean', ['feature-state', 'shown'], false],
	1,
	0
];

/**
 * A circle radius, in pixels, that covers `km` on the ground at the map's latitude (~40° N),
 * at every zoom. `km` may be an expression (e.g. per feature precision): MapLibre allows one
 * zoom interpolation per expression, so the feature part goes inside its stops.
 */
export function groundRadius(km: number | ExpressionSpecification): ExpressionSpecification {
	// Web Mercator with 512 px tiles: metres per pixel at zoom z and 40° N ≈ 59,959 / 2^z.
	const metresPerPixelZ0 = (156_543.03 * Math.cos((40 * Math.PI) / 180)) / 2;
	const pxPerKm = (zoom: number) => (1000 * 2 ** zoom) / metresPerPixelZ0;
	return ['interpolate', ['exponential', 2], ['zoom'], 4, ['*', km, pxPerKm(4)], 16, ['*', km, pxPerKm(16)]];
}
