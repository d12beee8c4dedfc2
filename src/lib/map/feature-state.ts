/**
 * What the time selection and the feature selection change on the map, as MapLibre feature state.
 *
 * Layers keep fixed filters and read these states in paint expressions. Changing a filter, a
 * layout property or a data-driven paint property makes MapLibre re-tile the whole source in
 * its worker, so the new view appeared ~150 ms after a switch (`npm run bench`, figure 4);
 * feature state is applied on the main thread, in the next frame.
 * What each feature's state is comes from the time model (src/lib/time/model.ts) alone.
 * https://maplibre.org/maplibre-style-spec/expressions/#feature-state
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Feature, Geometry } from 'geojson';
import { timeOf, type DateIndex, type Selection, type TimeState } from '$lib/time/model';

/** The state of one map feature in the current view. */
export type FeatureView = {
	/** Drawn in the selected time (standing, established or dismantled within it): clickable. */
	on: boolean;
	selected: boolean;
	/** Quotes tied to it in the selected time; 0 when it is not drawn. */
	count: number;
	/** The time model's state, which the layers draw distinctly and the popup names. */
	time: TimeState;
};

type MapProperties = { id: string; valid_from?: unknown; valid_to?: unknown } & Record<string, unknown>;

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/** The state of every feature, by id, for the selected time and the selected id. */
export function featureStates(
	features: readonly Feature<Geometry | null, MapProperties>[],
	quoteDates: Readonly<Record<string, DateIndex>>,
	selection: Selection,
	selected: string | null
): Record<string, FeatureView> {
	const out: Record<string, FeatureView> = {};
	for (const { properties: p } of features) {
		const t = timeOf(
			{ valid_from: str(p.valid_from), valid_to: str(p.valid_to) },
			quoteDates[p.id],
			selection
		);
		out[p.id] = { on: t.drawn, selected: p.id === selected, count: t.count, time: t.state };
	}
	return out;
}

/** Paint expressions over `FeatureView`; a feature without state yet is drawn as off. */
export const ON: ExpressionSpecification = ['boolean', ['feature-state', 'on'], false];
export const SELECTED: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
export const COUNT: ExpressionSpecification = ['number', ['feature-state', 'count'], 0];
export const TIME: ExpressionSpecification = ['string', ['feature-state', 'time'], 'standing'];
export const DISMANTLED: ExpressionSpecification = ['==', TIME, 'dismantled'];
export const ESTABLISHED: ExpressionSpecification = ['==', TIME, 'established'];

/** An opacity that is `value` for features on and 0 for the rest. */
export function whenOn(value: number | ExpressionSpecification): ExpressionSpecification {
	return ['case', ON, value, 0];
}

/**
 * Lines and areas: full `value` while standing or newly established, faded once dismantled within
 * the time shown (so a line that ended mid-range never looks like one that held throughout).
 */
export function byTime(value: number): ExpressionSpecification {
	return whenOn(['case', DISMANTLED, value * 0.35, value]);
}

/** Lines established within the time shown are drawn wider than those that held throughout. */
export function wider(width: number): ExpressionSpecification {
	return ['case', ESTABLISHED, width + 1.5, width];
}

/** The same choice by selection that every layer makes for its width or size. */
export function ifSelected(yes: number, no: number | ExpressionSpecification): ExpressionSpecification {
	return ['case', SELECTED, yes, no];
}
