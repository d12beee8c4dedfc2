/**
 * MapLibre expressions over the data's fixed properties. What the period switches change is
 * feature state (feature-state.ts), so none of these is rebuilt on a switch.
 * https://maplibre.org/maplibre-style-spec/expressions/
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { countKey } from '$lib/data/prepare';

/** Quotes tied to a feature in a fixed set of periods (prepare.ts writes `count_<countKey>`). */
export function quoteCountIn(periods: readonly string[]): ExpressionSpecification {
	if (periods.length === 0) return ['literal', 0];
	return ['to-number', ['get', `count_${countKey(periods)}`], 0];
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
