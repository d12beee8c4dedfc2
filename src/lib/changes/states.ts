/**
 * The "What changed" view as MapLibre feature state. The change of each feature comes from the rule
 * in src/lib/time/changes.ts; this maps it onto the states the layers already draw (so a removed line
 * is faded and a new one wider, as in the free map) and adds `change`, which the change layers
 * (ChangeLayers.svelte) paint as a halo or ring. Switching the days changes feature state only.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Feature, Geometry } from 'geojson';
import { featureStates, type FeatureView } from '$lib/map/feature-state';
import { palette } from '$lib/map/palette';
import { changesBetween, type Change, type ChangeStatus, type CompareDates } from '$lib/time/changes';
import type { DateIndex, TimeState } from '$lib/time/model';

export type CompareView = FeatureView & { change: ChangeStatus };

type MapProperties = { id: string; valid_from?: unknown; valid_to?: unknown; replaces?: unknown } & Record<
	string,
	unknown
>;

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/** How the free map's layers draw each change: removed faded, new wider, neither day not drawn. */
const AS_TIME: Record<ChangeStatus, TimeState> = {
	established: 'established',
	'moved-to': 'established',
	removed: 'dismantled',
	'moved-from': 'dismantled',
	unchanged: 'standing',
	absent: 'gone'
};

/** The range between the two days: the quotes counted and listed in this view. */
export const compareRange = ({ a, b }: CompareDates) => [{ start: a, end: b }];

export function compareStates(
	features: readonly Feature<Geometry | null, MapProperties>[],
	quoteDates: Readonly<Record<string, DateIndex>>,
	replaces: Readonly<Record<string, string | null | undefined>>,
	dates: CompareDates,
	selected: string | null
): { states: Record<string, CompareView>; changes: Record<string, Change> } {
	const changes = changesBetween(
		features.map(({ properties: p }) => ({
			id: p.id,
			valid_from: str(p.valid_from),
			valid_to: str(p.valid_to),
			replaces: replaces[p.id] ?? null
		})),
		dates
	);
	const base = featureStates(features, quoteDates, compareRange(dates), selected);
	const states: Record<string, CompareView> = {};
	for (const [id, s] of Object.entries(base)) {
		const change = changes[id]?.status ?? 'absent';
		const on = change !== 'absent';
		states[id] = { ...s, on, count: on ? s.count : 0, time: AS_TIME[change], change };
	}
	return { states, changes };
}

export const CHANGE_COLOUR: Record<'established' | 'removed' | 'moved', string> = {
	established: palette.changeEstablished,
	removed: palette.changeRemoved,
	moved: palette.changeMoved
};

const CHANGE: ExpressionSpecification = ['string', ['feature-state', 'change'], 'absent'];

/** The colour of a change; unchanged and absent features get no halo (opacity 0, see `changed`). */
export const changeColour: ExpressionSpecification = [
	'match',
	CHANGE,
	'established',
	CHANGE_COLOUR.established,
	'removed',
	CHANGE_COLOUR.removed,
	['moved-from', 'moved-to'],
	CHANGE_COLOUR.moved,
	// Never drawn: features with no change have opacity 0 (`changed`).
	palette.label
];

/** `value` for a feature that changed between the two days, else 0. */
export function changed(value: number): ExpressionSpecification {
	return ['match', CHANGE, ['established', 'removed', 'moved-from', 'moved-to'], value, 0];
}
