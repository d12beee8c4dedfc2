/**
 * The shareable view in the URL: `?period=2020,2023&place=shusha`, plus MapLibre's own
 * `#zoom/lat/lon` hash for the camera. Anything unknown or malformed falls back to the
 * default view, silently: a bad link must still open the map.
 */

export interface ViewParams {
	/** Active period ids, in the periods file's order. */
	periods: string[];
	/** Selected feature id (place, line or post), if it exists. */
	place: string | null;
}

const MAX_PARAM = 200;

export function parseViewParams(
	search: URLSearchParams,
	knownPeriods: readonly string[],
	knownIds: ReadonlySet<string>
): ViewParams {
	const rawPeriods = search.get('period');
	let periods = [...knownPeriods];
	if (rawPeriods !== null && rawPeriods.length <= MAX_PARAM) {
		const asked = new Set(rawPeriods.split(',').map((p) => p.trim()));
		const valid = knownPeriods.filter((p) => asked.has(p));
		// `?period=` (empty) means every period off; garbage alone means the default.
		if (valid.length > 0 || rawPeriods === '') periods = valid;
	}
	const rawPlace = search.get('place');
	const place = rawPlace && rawPlace.length <= MAX_PARAM && knownIds.has(rawPlace) ? rawPlace : null;
	return { periods, place };
}

/** The query string for a view; default values are left out so links stay short. */
export function viewSearch(view: ViewParams, knownPeriods: readonly string[]): string {
	const params = new URLSearchParams();
	const allOn = view.periods.length === knownPeriods.length;
	if (!allOn) params.set('period', view.periods.join(','));
	if (view.place) params.set('place', view.place);
	const s = params.toString().replace(/%2C/g, ',');
	return s ? `?${s}` : '';
}
