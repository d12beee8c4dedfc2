/**
 * Words right around a town's name that make it another place: a compass word and a unit's head
 * ("East Azerbaijan province"), or the word for big, small, lower or upper ("Boyuk Tagavard"). Either
 * is reported as a name of its own, never joined to the town.
 */
import type { Span } from './extract';
import { TOWN_KINDS } from './sites-other';
import { COMPASS } from './judge-cues';

/** "East Azerbaijan province", "South Kazakhstan oblast": a compass word and a unit's head make another unit. */
const COMPASS_BEFORE = /\b(?:East|West|North|South|Eastern|Western|Northern|Southern)\s+$/;
const UNIT_AFTER = /^\s+(?:province|oblast|ostan|governorate|region|krai)\b/i;

/** "East Azarbaijan and Ardabil provinces": a capitalised compass word (not "Eastern"), then "and X" and a plural head. */
const BARE_COMPASS = /^(?:East|West|North|South)\s+$/;
const UNITS_AFTER_AND =
	/^\s+and\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?\s+(?:provinces|oblasts|ostans|governorates|regions)\b/u;

export const UNIT_WHY = 'names an administrative unit, not the place: no curated feature';

/** "the Karabakh Khanate", "the Azerbaijan SSR": a historical state named for the place, which the map does not draw. */
const HISTORICAL_STATE_AFTER =
	/^\s+(?:[Kk]hanate|Melikdom|Beylerbeylik|Sultanate|Emirate|Principality|SSR|Soviet\s+Socialist\s+Republic|Democratic\s+Republic)\b/;
export const HISTORICAL_STATE_WHY = 'names a historical state, not the place: no curated feature';
/** The span of a historical state named for the place `m` ("the Karabakh Khanate"), or null. */
export function historicalStateAround(body: string, m: Span): Span | null {
	const head = HISTORICAL_STATE_AFTER.exec(body.slice(m.end, m.end + 30));
	return head ? { start: m.start, end: m.end + head[0].length } : null;
}

/**
 * The span of a unit named for the place `m` (a settlement, a region or a country), or null. A country
 * needs no head: "East Azarbaijan" (Iran's province) is not Azerbaijan. A city far from the map needs no
 * compass: "the Moscow region" is an oblast, not the city (a district here is joined to its town: eval/README).
 */
export function unitAround(body: string, m: Span, country = false, abroad = false): Span | null {
	const after = body.slice(m.end, m.end + 50);
	const own = abroad && !country ? UNIT_AFTER.exec(after) : null;
	if (own) return { start: m.start, end: m.end + own[0].length };
	const compass = COMPASS_BEFORE.exec(body.slice(Math.max(0, m.start - 12), m.start));
	const head = compass && UNIT_AFTER.exec(after);
	if (head) return { start: m.start - compass[0].length, end: m.end + head[0].length };
	if (compass && country && BARE_COMPASS.test(compass[0]))
		return { start: m.start - compass[0].length, end: m.end };
	// "East Azarbaijan and Ardabil provinces": the plural head is shared; only the compass and the name are this unit.
	const bare = compass && BARE_COMPASS.test(compass[0]) && UNITS_AFTER_AND.test(after);
	return bare ? { start: m.start - compass[0].length, end: m.end } : null;
}

/**
 * "Boyuk Tagavard", "Ashaghi Veysalli", "Nerkin Karanlug": the Azerbaijani or Armenian word for big,
 * small, lower, upper, old or new before a village's name makes another village (lists name both:
 * "Tagavard, Boyuk Tagavard"). Capitalised, and right before the name.
 */
const QUALIFIER_BEFORE =
	/(?:^|[^\p{L}])(?:B[oö]y[uü]k|Boyuk|K[iı][cç][iı]k|Kichik|A[sş]a[gğ][iı]|Ashag?h?i|Yuxar[iı]|Yukhar[iy]|Mets|Pokr|Nerkin|Verin|Hin|Nor)\s+$/u;
/**
 * "Little Armenia" (a city's quarter), "Greater Armenia" (a kingdom of old), "Western Armenia" (a historical land),
 * "Western Azerbaijan" (Baku's word for lands in Armenia): an English size or a capitalised compass word before a
 * country's name names another place.
 */
const SIZE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:Little|Greater|Great|Lesser|${COMPASS})\s+$`, 'u');
export const QUALIFIED_WHY =
	'names another place: a qualifier (big, small, lower, upper, little, greater, western…) before the name';

/** The span of the other place a qualifier before the place `m` (a town or village, or a country) names, or null. */
export function qualifiedAround(body: string, m: Span, kind: string | undefined): Span | null {
	const qualifier = TOWN_KINDS.has(kind ?? '') ? QUALIFIER_BEFORE : kind === 'country' ? SIZE_BEFORE : null;
	const q = qualifier?.exec(body.slice(Math.max(0, m.start - 12), m.start));
	return q ? { start: m.start - q[0].length + (/^[^\p{L}]/u.test(q[0]) ? 1 : 0), end: m.end } : null;
}
