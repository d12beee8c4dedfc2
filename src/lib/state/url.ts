/**
 * The shareable view in the URL: `?period=2020,2023&place=shusha` (named periods switched on) or
 * `?from=2021-01-01&to=2022-12-31` (a range of days), `?compare=2020-12-01,2023-10-01` (what changed
 * between two days), `?story=mission&step=3` (a step of a guided story), `?embed` (the map alone,
 * for an iframe), plus MapLibre's own `#zoom/lat/lon` hash for the camera. Anything unknown or malformed falls back to the default view (the whole
 * mission, no feature), silently: a bad link must still open the map.
 */
import { isIsoDate, SLUG } from '$lib/model/rules';
import type { DateRange, TimeChoice } from '$lib/time/model';
import type { CompareDates } from '$lib/time/changes';

export interface ViewParams extends TimeChoice {
	/** Named period ids switched on, in the periods file's order; empty: `range` or the whole mission. */
	periods: string[];
	/** A range of days when no named period is on; null: the whole mission. */
	range: DateRange | null;
	/** Selected feature id (place, line or post), if it exists. */
	place: string | null;
	/** The "What changed" view between two days (a before b); absent: the free map. */
	compare?: CompareDates;
	/** A step (1-based) of a guided story; a story id or step that does not exist gives the free map. */
	story?: StoryStep;
	/** The map alone, for a newsroom's iframe. */
	embed?: true;
}

export interface StoryStep {
	id: string;
	step: number;
}

/** The free map: the whole mission, no feature open. */
export const DEFAULT_VIEW: ViewParams = { periods: [], range: null, place: null };

/** The default comparison: a few weeks into the mission against just after the offensive of Sep 2023. */
export const DEFAULT_COMPARE: CompareDates = { a: '2020-12-01', b: '2023-10-01' };

const MAX_PARAM = 200;

/**
 * Ids that links may still carry: two features were renamed when the withdrawal was curated, and
 * Khudavang is the Azerbaijani name of Dadivank, one monastery and so one feature.
 */
const RENAMED_IDS = new Map([
	['russian-turkish-monitoring-centre', 'monitoring-centre-aghdam'],
	['russian-peacekeeping-headquarters', 'peacekeeping-hq'],
	['khudavang', 'dadivank']
]);

/** A real calendar day between 1900 and 2100 as YYYY-MM-DD, else null. */
export function isoDay(raw: string | null): string | null {
	if (!raw || !isIsoDate(raw)) return null;
	return raw >= '1900-01-01' && raw <= '2100-12-31' ? raw : null;
}

export function parseViewParams(
	search: URLSearchParams,
	knownPeriods: readonly string[],
	knownIds: ReadonlySet<string>
): ViewParams {
	const rawPeriods = search.get('period');
	let periods: string[] = [];
	if (rawPeriods !== null && rawPeriods.length <= MAX_PARAM) {
		const asked = new Set(rawPeriods.split(',').map((p) => p.trim()));
		periods = knownPeriods.filter((p) => asked.has(p));
	}
	const from = isoDay(search.get('from'));
	const to = isoDay(search.get('to'));
	const range = periods.length === 0 && from && to && from <= to ? { start: from, end: to } : null;
	const asked = search.get('place');
	const rawPlace = (asked && RENAMED_IDS.get(asked)) ?? asked;
	const place = rawPlace && rawPlace.length <= MAX_PARAM && knownIds.has(rawPlace) ? rawPlace : null;
	const view: ViewParams = { periods, range, place };
	const compare = parseCompare(search.get('compare'));
	if (compare) view.compare = compare;
	const story = parseStory(search.get('story'), search.get('step'));
	if (story) view.story = story;
	if (search.has('embed') && search.get('embed') !== '0') view.embed = true;
	return view;
}

/** `2020-12-01,2023-10-01`: two real days, the first before the second; anything else is null. */
export function parseCompare(raw: string | null): CompareDates | null {
	if (!raw || raw.length > MAX_PARAM) return null;
	const parts = raw.split(',');
	if (parts.length !== 2) return null;
	const [a, b] = parts.map((p) => isoDay(p.trim()));
	return a && b && a < b ? { a, b } : null;
}

/** `story=mission&step=3`: a slug and a step from 1 (no step: the first); whether it exists is checked with the story. */
export function parseStory(id: string | null, step: string | null): StoryStep | null {
	if (!id || id.length > 60 || !SLUG.test(id)) return null;
	if (step === null || step === '') return { id, step: 1 };
	if (!/^\d{1,3}$/.test(step)) return null;
	const n = Number(step);
	return n >= 1 ? { id, step: n } : null;
}

/** The query string for a view; default values are left out so links stay short. */
export function viewSearch(view: ViewParams): string {
	const params = new URLSearchParams();
	if (view.periods.length > 0) params.set('period', view.periods.join(','));
	else if (view.range) {
		params.set('from', view.range.start);
		params.set('to', view.range.end);
	}
	if (view.compare) params.set('compare', `${view.compare.a},${view.compare.b}`);
	if (view.story) {
		params.set('story', view.story.id);
		params.set('step', String(view.story.step));
	}
	if (view.place) params.set('place', view.place);
	if (view.embed) params.set('embed', '');
	const s = params
		.toString()
		.replace(/%2C/g, ',')
		.replace(/(^|&)embed=(?=&|$)/, '$1embed');
	return s ? `?${s}` : '';
}
