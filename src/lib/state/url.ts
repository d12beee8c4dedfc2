/**
 * The shareable view in the URL: `?period=2020,2023&place=shusha` (named periods switched on) or
 * `?from=2021-01-01&to=2022-12-31` (a range of days), plus MapLibre's own `#zoom/lat/lon` hash
 * for the camera. Anything unknown or malformed falls back to the default view (the whole
 * mission, no feature), silently: a bad link must still open the map.
 */
import { isIsoDate } from '$lib/model/rules';
import type { DateRange, TimeChoice } from '$lib/time/model';

export interface ViewParams extends TimeChoice {
	/** Named period ids switched on, in the periods file's order; empty: `range` or the whole mission. */
	periods: string[];
	/** A range of days when no named period is on; null: the whole mission. */
	range: DateRange | null;
	/** Selected feature id (place, line or post), if it exists. */
	place: string | null;
}

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
	return { periods, range, place };
}

/** The query string for a view; default values are left out so links stay short. */
export function viewSearch(view: ViewParams): string {
	const params = new URLSearchParams();
	if (view.periods.length > 0) params.set('period', view.periods.join(','));
	else if (view.range) {
		params.set('from', view.range.start);
		params.set('to', view.range.end);
	}
	if (view.place) params.set('place', view.place);
	const s = params.toString().replace(/%2C/g, ',');
	return s ? `?${s}` : '';
}
