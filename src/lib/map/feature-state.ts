/**
 * What the period switches and the selection change on the map, as MapLibre feature state.
 *
 * Layers keep fixed filters and read these states in paint expressions. Changing a filter, a
 * layout property or a data-driven paint property makes MapLibre re-tile the whole source in
 * its worker, so the new view appeared ~150 ms after a switch (`npm run bench`, figure 4);
 * feature state is applied on the main thread, in the next frame.
 * https://maplibre.org/maplibre-style-spec/expressions/#feature-state
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Feature, Geometry } from 'geojson';
import { countKey, inPeriodKey } from '$lib/data/prepare';

/** The state of one map feature in the current view. */
export type FeatureView = {
	/** It belongs to at least one period switched on: drawn, clickable. */
	on: boolean;
	selected: boolean;
	/** Quotes tied to it in the periods switched on. */
	count: number;
	/** A post that still stood at the end of one of the periods on. */
	standing: boolean;
	/** Which count label shows: the key of the periods on (`countKey`, "" for none). */
	counted: string;
};

type MapProperties = { id: string; period_key: string } & Record<string, unknown>;

/** The state of every feature, by id, for the periods on and the selected id. */
export function featureStates(
	features: readonly Feature<Geometry | null, MapProperties>[],
	active: readonly string[],
	selected: string | null
): Record<string, FeatureView> {
	const counted = countKey(active);
	const out: Record<string, FeatureView> = {};
	for (const { properties: p } of features) {
		out[p.id] = {
			on: active.some((period) => inPeriodKey(p.period_key, period)),
			selected: p.id === selected,
			count: Number(p[`count_${counted}`]) || 0,
			standing: active.some((period) => p[`state_${period}`] === 'active'),
			counted
		};
	}
	return out;
}

/** Paint expressions over `FeatureView`; a feature without state yet is drawn as off. */
export const ON: ExpressionSpecification = ['boolean', ['feature-state', 'on'], false];
export const SELECTED: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
export const STANDING: ExpressionSpecification = ['boolean', ['feature-state', 'standing'], false];
export const COUNT: ExpressionSpecification = ['number', ['feature-state', 'count'], 0];

/** An opacity that is `value` for features on and 0 for the rest. */
export function whenOn(value: number | ExpressionSpecification): ExpressionSpecification {
	return ['case', ON, value, 0];
}

/** The same choice by selection that every layer makes for its width or size. */
export function ifSelected(yes: number, no: number | ExpressionSpecification): ExpressionSpecification {
	return ['case', SELECTED, yes, no];
}
