/**
 * MapLibre expressions that depend on which periods are switched on. Layers rebuild them on
 * a toggle and MapLibre re-evaluates them on the GPU side; the data never changes.
 * https://maplibre.org/maplibre-style-spec/expressions/
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/** True for features that belong to at least one active period (see prepare.ts `period_key`). */
export function inPeriods(active: readonly string[]): ExpressionSpecification {
	if (active.length === 0) return ['==', ['literal', 1], 0];
	return ['any', ...active.map((p): ExpressionSpecification => ['in', `|${p}|`, ['get', 'period_key']])];
}

/** Quotes tied to a feature in the active periods. */
export function quoteCount(active: readonly string[]): ExpressionSpecification {
	if (active.length === 0) return ['literal', 0];
	if (active.length === 1) return ['to-number', ['get', `count_${active[0]}`], 0];
	return ['+', ...active.map((p): ExpressionSpecification => ['to-number', ['get', `count_${p}`], 0])];
}

/** True when a post still stood at the end of one of the active periods. */
export function postStanding(active: readonly string[]): ExpressionSpecification {
	if (active.length === 0) return ['literal', false];
	return ['any', ...active.map((p): ExpressionSpecification => ['==', ['get', `state_${p}`], 'active'])];
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
