/**
 * MapLibre expressions over the data's fixed properties. What a change of time changes is
 * feature state (feature-state.ts), so none of these is rebuilt on a change.
 * https://maplibre.org/maplibre-style-spec/expressions/
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { COUNT, ON } from './feature-state';

/**
 * A label's text cannot read feature state, and the selected time is any range, so the count
 * label is one symbol layer per possible count, each with a fixed text, shown where the feature
 * state's count equals it. Layer n only holds the features with at least n quotes in all, so the
 * tiles hold each place at most min(total, cap) times. Counts of `COUNT_CAP` or more read "50+".
 */
export const COUNT_CAP = 50;

export interface CountLabel {
	n: number;
	text: string;
	/** Fixed filter: the feature can reach this count in some selection. */
	filter: ExpressionSpecification;
	/** Feature-state opacity: 1 where the count in the selected time is this one. */
	opacity: ExpressionSpecification;
}

export function countLabels(maxTotal: number): CountLabel[] {
	const labels: CountLabel[] = [];
	for (let n = 1; n <= Math.min(maxTotal, COUNT_CAP); n++) {
		const capped = n === COUNT_CAP;
		labels.push({
			n,
			text: capped ? `${n}+` : String(n),
			filter: ['>=', ['to-number', ['get', 'quotes_total'], 0], n],
			opacity: ['case', ['all', ON, capped ? ['>=', COUNT, n] : ['==', COUNT, n]], 1, 0]
		});
	}
	return labels;
}

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
