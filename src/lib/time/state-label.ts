// A module of its own, with no runtime import, so the browser tests (e2e/time.e2e.ts) match on the
// very words the popup prints.
import type { TimeState } from './model';

/** The first words of the popup's status line for each state (the e2e test matches on them). */
export const STATE_LABEL: Record<TimeState, string> = {
	standing: 'Standing throughout the time shown',
	established: 'Established within the time shown',
	dismantled: 'Dismantled within the time shown',
	'not-yet': 'Not yet established in the time shown',
	gone: 'Gone before the time shown',
	between: 'Only between the periods shown'
};
