/**
 * A town's country as the text states it: "Martuni, a town on the shore of Lake Sevan in Armenia's
 * Gegharkunik province" is not the curated Martuni in Karabakh. When GeoNames knows a place of that
 * name in the stated country, and none of them near the curated feature, the mention is another
 * place of the same name: reported as ambiguous, not joined.
 */
import { aliasKey } from '../../names/fold';
import type { GazetteerEntry } from './matcher';
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
 * The places of `name` in the country the text states after it that are not `entry` (all farther
 * than NEAR from it), or null when the text states no country, GeoNames has no such place, or one
 * of them is the curated feature itself.
 */
export function elsewhere(body: string, end: number, name: string, entry: GazetteerEntry, geonames: GeoNamesIndex): GeoName[] | null {
	if (!entry.point) return null;
	const code = statedCountry(body, end);
	if (!code) return null;
	const hits = (geonames.lookup(aliasKey(name)) ?? []).filter((g) => g.country === code);
	const [lon, lat] = entry.point;
	const far = (g: GeoName) => Math.hypot((g.lon - lon) * Math.cos((lat * Math.PI) / 180), g.lat - lat) > NEAR;
	return hits.length && hits.every(far) ? hits : null;
}
