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
 * A circle radius, in pixels, that covers `km` on the ground at the map's latitude (~40° N).
 * Used to draw the uncertainty of schematic positions at every zoom.
 */
export function groundRadius(km: number): ExpressionSpecification {
	// Web Mercator: metres per pixel at zoom z and 40° N ≈ 119,917 / 2^z (512 px tiles: ÷ 2).
	const metresPerPixelZ0 = (156_543.03 * Math.cos((40 * Math.PI) / 180)) / 2;
	const px = (zoom: number) => (km * 1000 * 2 ** zoom) / metresPerPixelZ0;
	return ['interpolate', ['exponential', 2], ['zoom'], 4, px(4), 16, px(16)];
}
