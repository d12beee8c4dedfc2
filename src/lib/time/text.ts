/**
 * The words for the time model's states: the popup's "When" line, the legend and the time
 * controls all use these, so what the popup says is what the map draws.
 */
import { formatDate } from '$lib/ui/format';
import {
	missionRange,
	normalize,
	type DateRange,
	type Selection,
	type TimeChoice,
	type TimeState
} from './model';
import { STATE_LABEL } from './state-label';

/** The legend's short names. */
export const STATE_SHORT: Record<TimeState, string> = {
	standing: 'standing throughout',
	established: 'established within the time shown',
	dismantled: 'dismantled within the time shown',
	'not-yet': 'not yet established',
	gone: 'gone before',
	between: 'only between the periods shown'
};

/** "Dismantled within the time shown (10 Nov 2020 – 6 Oct 2023)". */
export function stateText(state: TimeState, from?: string | null, to?: string | null): string {
	const dates =
		from && to
			? `${formatDate(from)} – ${formatDate(to)}`
			: from
				? `from ${formatDate(from)}; no end date recorded`
				: to
					? `until ${formatDate(to)}`
					: '';
	return dates ? `${STATE_LABEL[state]} (${dates})` : STATE_LABEL[state];
}

export function rangeText(r: DateRange): string {
	return r.start === r.end ? formatDate(r.start) : `${formatDate(r.start)} – ${formatDate(r.end)}`;
}

type Named = { id: string; label: string; start: string; end: string };

/** "the whole mission (27 Sep 2020 – 12 Jun 2024)", the labels of the periods on, or the range. */
export function selectionText(choice: TimeChoice, periods: readonly Named[], selection: Selection): string {
	const named = periods.filter((p) => choice.periods.includes(p.id));
	if (named.length > 0) return named.map((p) => p.label).join(', ');
	const [only] = normalize(selection);
	const mission = missionRange(periods);
	if (only && only.start === mission.start && only.end === mission.end)
		return `the whole mission (${rangeText(mission)})`;
	return normalize(selection).map(rangeText).join(', ');
}
