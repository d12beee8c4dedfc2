/**
 * A town's country as the text states it: "Martuni, a town on the shore of Lake Sevan in Armenia's
 * Gegharkunik province" is not the curated Martuni in Karabakh. When GeoNames knows a place of that
 * name in the stated country, and none of them near the curated feature, the mention is another
 * place of the same name: reported as ambiguous, not joined.
 */
import { aliasKey } from '../../names/fold';
import type { Span } from './extract';
import type { GazetteerEntry, PlaceMatch } from './matcher';
import { countryNames, type GeoName, type GeoNamesIndex } from './suggestions';

/** The clause right after a name, up to its sentence's end: where its country is stated. */
const CLAUSE = /^(?:,|\s+in\s|\s*\()[^.;:!?\n“”"«»]{0,110}/u;
/** A capitalised word after "in", after the clause's opening comma or bracket, or before "'s". */
const COUNTRY_AT = /(?:^(?:,|\s*\()\s*|\bin\s+(?:the\s+)?)(\p{Lu}\p{L}+)|(\p{Lu}\p{L}+)[’']s\s/gu;

/** The ISO code of the country the words after body[…, end) place a name in, or null. */
export function statedCountry(body: string, end: number): string | null {
	const clause = CLAUSE.exec(body.slice(end, end + 120));
	if (!clause) return null;
	COUNTRY_AT.lastIndex = 0;
	for (let m = COUNTRY_AT.exec(clause[0]); m; m = COUNTRY_AT.exec(clause[0])) {
		const code = countryNames().get(aliasKey((m[1] ?? m[2])!));
		if (code) return code;
	}
	return null;
}

/** About 30 km: a place of the same name nearer than this is the curated one. */
const NEAR = 0.3;

/**
 * "MARTUNI, Gegharkunik –", "Martuni, Gegharkunik province,": a town and its province or region, the
 * way a dateline or an address locates it; the qualifier ends the phrase (a dash, a mark, a unit word, a
 * lowercase word after a comma), so a list ("Martuni, Vardenis, Sevan") is not read as one.
 */
const QUALIFIER =
	/^,\s*(\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)?)(?=\s*(?:[—–-]\s|[(.;:]|\s(?:province|region|marz|district|oblast)\b|,\s+\p{Ll}|$))/u;

/** "Martuni on Lake Sevan", "… near Sevan", "… on the shores of Lake Sevan": a landmark right after the name. */
const LANDMARK =
	/^\s+(?:on|by|near)\s+(?:the\s+(?:shores?|banks?|coast)\s+of\s+)?(?:Lake\s+)?(\p{Lu}[\p{L}’'-]+)/u;

/** Whether a GeoName lies farther than NEAR from [lon, lat]. */
const farFrom =
	([lon, lat]: [number, number]) =>
	(g: GeoName): boolean =>
		Math.hypot((g.lon - lon) * Math.cos((lat * Math.PI) / 180), g.lat - lat) > NEAR;

/**
 * The country of the place the words right after a town name as where it is: a province or region
 * after a comma ("MARTUNI, Gegharkunik –"), or a landmark GeoNames knows a town by ("Martuni on Lake
 * Sevan"), when GeoNames puts every place of that name in one country and none of them near the curated
 * feature: the text locates the town somewhere else than the curated one. Null otherwise.
 */
function locatorCountry(
	body: string,
	end: number,
	point: [number, number],
	geonames: GeoNamesIndex
): string | null {
	const q =
		body[end] === ',' ? QUALIFIER.exec(body.slice(end, end + 60)) : LANDMARK.exec(body.slice(end, end + 50));
	const hits = q ? geonames.lookup(aliasKey(q[1]!)) : undefined;
	if (!hits?.length || hits.some((g) => g.country !== hits[0]!.country)) return null;
	return hits.every(farFrom(point)) ? hits[0]!.country : null;
}

/**
 * The places of `name` in the country the text states after it that are not `entry` (all farther
 * than NEAR from it), or null when the text states no country, GeoNames has no such place, or one
 * of them is the curated feature itself.
 */
export function elsewhere(
	body: string,
	end: number,
	name: string,
	entry: GazetteerEntry,
	geonames: GeoNamesIndex
): GeoName[] | null {
	if (!entry.point) return null;
	const code = statedCountry(body, end) ?? locatorCountry(body, end, entry.point, geonames);
	if (!code) return null;
	const hits = (geonames.lookup(aliasKey(name)) ?? []).filter((g) => g.country === code);
	return hits.length && hits.every(farFrom(entry.point)) ? hits : null;
}

/** "in Nagorno-Karabakh, Martuni": a curated region or country right before a name, with a comma, says which place of that name it is. */
export function locatedBy(
	body: string,
	prior: PlaceMatch | undefined,
	m: Span,
	entries: Map<string, GazetteerEntry>
): boolean {
	const kind = prior ? entries.get(prior.ids[0]!)?.kind : undefined;
	return (kind === 'region' || kind === 'country') && /^,\s*$/.test(body.slice(prior!.end, m.start));
}
