/**
 * The judge of one capitalised piece: whether the words in and around it make it a place-like
 * name (GeoNames, a country, a world region or capital, "in/near/at", "the villages of X and Y",
 * "the X region", "the capital of X", "X-based"), and not a person, an outlet, an institution or
 * an adjective. findUnmatched (placelike.ts) asks it of every piece no mention covers.
 */
import type { WordSet } from './extract';
import { isOrganisation } from './organisations';
import { countryNames, type GeoNamesIndex, MISSION_REGION } from './suggestions';
import { AWARD_BEFORE, DOCUMENT_AFTER, STREET } from './words';
import { namedAround } from './judge-named';
import { sexOfGivenName } from './given-names';
import { aliasKey } from '../../names/fold';
import {
	ALONG,
	CREED,
	CUE,
	DEMONYM,
	ISH_ADJECTIVE,
	LIST_END,
	INNER,
	marksAround,
	isCountryDemonym,
	isDemonymI,
	isPastState,
	HISTORICAL,
	LOCATIVE,
	MOVEMENT_FOR,
	NATURAL_AFTER,
	NEARBY,
	OFFICE_WORD,
	PASSAGE_CUE,
	PERSON_AFTER,
	POST_IN_PLACE_BEFORE,
	PLACE_FIRST,
	PLACE_HEAD,
	COMPASS_ADJECTIVE,
	PLACE_OF,
	PREFIXED,
	ROMAN,
	SURNAME,
	TITLE,
	TITLE_ALONE,
	TITLE_BEFORE,
	TITLED_APPOSITIVE,
	TOWN_OFFICE_AFTER,
	WEAK_CUE,
	WORLD,
	WORLD_AFTER_THE
} from './judge-cues';
import {
	cueOnShortLine,
	inBrackets,
	inCapitals,
	isDateline,
	mayFollowList,
	nameWords,
	noName,
	verdictWhy,
	type Verdict
} from './judge-shape';
import { BODY_OF, LANGUAGE, namesNoPlace, ORGISH } from './no-place-names';
const isDemonymWord = (t: string) => DEMONYM.test(t) || (t.endsWith('i') && isDemonymI(t));
const namedAsPlace = (run: string) => STREET.test(run) || PLACE_FIRST.test(run);

export function judge(
	raw: string,
	body: string,
	pos: number,
	runStart: number,
	runEnd: number,
	people: WordSet,
	geonames?: GeoNamesIndex,
	nextToPlace: (start: number, end: number) => boolean = () => false,
	/** Where the name's paragraph starts: the words that call it a place are in it (a headline's last word is not). */
	floor = 0
): Verdict | null {
	const { tokens, first, demonymLead } = nameWords(raw, body, pos, geonames);
	if (tokens.length === 0 || tokens.length > 4) return null;
	// "Maj. Gen. Kirill Kulakov": an abbreviated rank is no place.
	if (body[pos + raw.length] === '.' && TITLE_ALONE.test(raw)) return null;
	// "the VIII Summit of …": a numbered event, never a place.
	if (ROMAN.test(tokens[0]!)) return null;
	const name = tokens.length === 1 ? tokens[0]! : tokens.join(' ');
	const offset = first > 0 ? raw.indexOf(tokens[0]!) : 0;
	const at = pos + offset;
	if (namesNoPlace(body, at, name, tokens[0]!)) return null;
	// "the Council of Europe": a world region inside a body's own name.
	if (WORLD.has(name) && isOrganisation(body, { start: at, end: at + name.length })) return null;
	const bracketed = inBrackets(body, at, name);
	if (bracketed === 'credit') return null;
	const parenDateline = bracketed === 'dateline';
	// "St. Petersburg", "the monastery of St. Dadi": the abbreviation of Saint is half a name; the whole is judged.
	if (name === 'St' && body[at + 2] === '.') {
		const rest = /^\.\s\p{Lu}[\p{L}’'-]+/u.exec(body.slice(at + 2, at + 40));
		if (!rest) return null;
		const end = at + 2 + rest[0].length;
		// "the St. Petersburg Club of Submariners": a place inside an organisation's own name is none.
		if (isOrganisation(body, { start: at, end })) return null;
		// (The verdict's offset is from `at`; the caller's piece may start before it: "The St. Petersburg office".)
		const whole = judge(
			body.slice(at, end),
			body,
			at,
			runStart,
			Math.max(runEnd, end),
			people,
			geonames,
			nextToPlace,
			floor
		);
		return whole && { ...whole, offset: whole.offset + offset };
	}
	if (noName(body, at, name, tokens.length)) return null;
	const key = aliasKey(name);
	// A town's other spelling only for one word of five letters or more that is no demonym ("Kazakh" is not Gazakh).
	const hits =
		geonames?.lookup(key) ??
		(name.length >= 5 && !/[\s-]/.test(name) && !isCountryDemonym(name)
			? geonames?.spelt?.(name)
			: undefined);
	const before = body.slice(Math.max(floor, at - 120), at);
	// ("the 'Gizilbulagh' gold mine": a name in marks, what follows them says what it names; the span keeps them.)
	const [shut, kept] = marksAround(body, at, name.length);
	const after = body.slice(at + name.length + shut, at + name.length + 80);
	// GeoNames has towns called Friendship and West: a lone word counts only next to the region or after a preposition
	// of place ("in Tbilisi", not "Treaty on Friendship"). A country's name is the country, never a town that shares it.
	const countryName = countryNames().has(key);
	// "Glendale Mayor Vrej Agajanian told": the town's mayor, not a person's name run.
	const townOffice = TOWN_OFFICE_AFTER.test(after);
	const townNamed = townOffice && !OFFICE_WORD.test(name); // ("Askeran Mayor X": a town GeoNames may not know.)
	const cued = CUE.test(body.slice(Math.max(floor, at - 12), at));
	const known =
		!countryName &&
		!!hits?.length &&
		(tokens.length > 1 ||
			cued ||
			hits.some((h) => MISSION_REGION.includes(h.country)) ||
			after.startsWith('-based') ||
			townOffice);
	// "the Soviet Union", "the Ottoman Empire", "the Armenian SSR", "the USSR": a historical state, named with no cue like a country.
	const state = isPastState(tokens);
	const world = state || WORLD.has(name) || (WORLD_AFTER_THE.has(name) && body.endsWith('the ', at));
	const country = !known && (world || countryName);
	// Most names follow no "nearby": the pattern only after its last letter.
	const near =
		(body.charCodeAt(at - 2) === 121 || body.charCodeAt(at - 2) === 103) &&
		NEARBY.exec(body.slice(Math.max(0, at - 14), at));
	const cueAt = near ? at - near[0].length : at;
	const { named, placeOf, role, fromPlace } = namedAround(body, at, name, before, after, {
		cueAt,
		nearby: !!near,
		countryName,
		parenDateline,
		far: known || country
	});
	const context = named || townNamed || (!known && !country && nextToPlace(at, at + name.length));
	// "in Occupied Karvachar": a headline's adjective (a STOP word) between the cue and the name.
	const lead = first > 0 ? raw.slice(0, offset).trim().split(/\s+/).pop()! : '';
	const cueEnd = lead === 'Occupied' || lead === 'Liberated' || demonymLead ? cueAt - lead.length - 1 : cueAt;
	const cue = body.slice(Math.max(floor, cueEnd - 14), cueEnd);
	// "a woman in Khramort told", "speaking in Berlin, said": after in/near/at the name is where, never who; "villages along
	// the Araz": what lies along a lone name is a river, a road or a border.
	const along =
		tokens.length === 1 &&
		body.startsWith('the ', cueEnd - 4) &&
		ALONG.test(body.slice(Math.max(0, cueEnd - 11), cueEnd));
	const inPlace =
		(tokens.length <= 2 && LOCATIVE.test(cue) && !cueOnShortLine(body, cueEnd)) || fromPlace || along;
	// "according to PastInfo", "told to Armradio", "confirmed to the Wargonzo project": a source or whom the words went to.
	const source =
		body.startsWith('to ', cueEnd - 3) &&
		/\b(?:according|told|said|confirmed|explained|stated|speaking|talking|spoke)\s+to\s+$/i.test(
			body.slice(Math.max(0, cueEnd - 14), cueEnd)
		);
	const locative =
		!known &&
		!country &&
		!context &&
		(inPlace ||
			((tokens.length === 1 || (tokens.length === 2 && PREFIXED.test(name))) &&
				WEAK_CUE.test(cue) &&
				!source &&
				!cueOnShortLine(body, cueEnd)));
	// Only these make a name place-like, and most runs are people or institutions: asking them
	// first spares those runs the tests below, which only ever rule a name out.
	if (!known && !country && !context && !locative) return null;
	// "Armenian church", "Ethnic Armenian communities", "Azerbaijani checkpoint": an adjective, whatever follows.
	// Unless the words around list it as a place ("the villages of Kirants, Baganis and Voskepar", "the Nakhchivan Autonomous Republic").
	// (Every test here only rules a name out, so their order does not change the verdict: this one, with its country
	// lookups, runs only for the few names the tests above found place-like. "Israeli": a country's name plus -i.)
	const adjective = tokens.at(-1)!.split('-').find(isDemonymWord);
	// "the Akhurian river": a demonym's ending on a river's or a valley's own name.
	// A town GeoNames knows in the region ("in Sisian") is no adjective, unless a country's demonym; in
	// Armenia or Azerbaijan, whatever the words before ("cheese from Sisian"): no adjective there ends so. ("the Central
	// African Republic": a country's whole name is never its adjective; "in Baghanis", "Baganis villages", "Kirants, Baghanis and": a plural so placed, or listed after a place, is a name's.)
	if (
		adjective &&
		!world &&
		!countryName &&
		(isCountryDemonym(adjective) ||
			!(
				PLACE_FIRST.test(tokens.join(' ')) ||
				NATURAL_AFTER.test(after) ||
				(adjective.endsWith('s') && (cued || !!named || nextToPlace(at, at + name.length))) ||
				// ("through Tatev and Aghvani,": a name ending as a region's people do, listed with a place and ending the list.)
				(nextToPlace(at, at + name.length) && LIST_END.test(after)) ||
				(mayFollowList(body, at) && PLACE_OF.test(before)) ||
				(known &&
					(inPlace || nextToPlace(at, at + name.length) || hits!.some((h) => INNER.includes(h.country))))
			))
	)
		return null;
	// "Western proposals": a compass adjective before a common noun ("Western Azerbaijan" is a name).
	if (COMPASS_ADJECTIVE.test(name) && /^\s+\p{Ll}/u.test(after) && !PLACE_HEAD.test(after)) return null;
	// "in Soviet times", "Tsarist rule": a historical state's adjective; "Muslim" a faith's.
	if (HISTORICAL.test(name) || CREED.test(name)) return null;
	// "a monument of Caucasian Albania": the ancient kingdom (WORLD) Baku's heritage claims, never today's (wrapped: the line above).
	if (name === 'Albania' && /Caucasian\s+$/.test(body.slice(Math.max(0, at - 10), at))) return null;
	// "Gegham Stepanyan, said", "Anar Karimov, Azerbaijan's culture minister, said": a person, unless the words around named a
	// place outright ("the villages of X and Y, close to the corridor, said"; not "Iran's ambassador in Baku, X, told").
	// ("Residents of Goris, Kapan and Kajaran said", "X, who carries cargo to Kajaran, says": a list's last place, or a known town after a cue, is no person.)
	// (A country, a world region or a capital stays one: "the Ministry of Internal Affairs of Georgia said",
	// "a blogger who writes about the Caucasus wrote"; a capital stands for its government, "Moscow said".)
	if (
		!named &&
		!inPlace &&
		!placeOf &&
		!role &&
		!country &&
		!townOffice &&
		!(known && cued && !SURNAME.test(name)) &&
		PERSON_AFTER.test(body.slice(at + name.length, at + name.length + 120)) &&
		(!nextToPlace(at, at + name.length) || POST_IN_PLACE_BEFORE.test(before))
	)
		return null;
	// "the village of Verishen, Irina Petrosyan, Vice-Mayor of Goris, reported": a list runs into a person.
	if (tokens.length > 1 && TITLED_APPOSITIVE.test(after)) return null;
	// (A list's next place may end as a surname does: "near Jolfa and Khoda Afarin".)
	const personal = () =>
		(SURNAME.test(name) || (tokens.length === 1 && !!sexOfGivenName(name))) &&
		!(LIST_END.test(after) && nextToPlace(at, at + name.length));
	// After a weak cue ("to", "from", a list): not a surname ("an aide to Aliyev"), a given name ("talk to Arsen")
	// or "Voice of America"; a road goes "through Tatev", never through a person.
	if (
		!named &&
		!known &&
		!country &&
		((!inPlace && !PASSAGE_CUE.test(cue) && personal()) || /^\s+of\s+\p{Lu}/u.test(after))
	)
		return null;
	const run = body.slice(runStart, runEnd);
	if (inCapitals(body, at, name, run, runStart, after)) return null;
	// Acronyms (OSCE, TASS, AFP, and plurals: "IDPs") are not places; a country's ("the UK") and a dateline in capitals are ("SYUNIK.").
	const acronym = name.length <= 6 && /^[\p{Lu}\d.’'-]+$|^\p{Lu}{2,5}s$/u.test(name);
	if (acronym && !countryName && !state && !isDateline(body, at, name)) return null;
	// "Japan's Foreign Ministry": an institution named for a country still names the country; "Tehran's Foreign Ministry" its capital.
	if (
		!state &&
		(world ? !/^[’']s\s/.test(after) : !country) &&
		(ORGISH.test(run) || /^\s+(?:group|ministry|council|process|talks)\b/i.test(after))
	)
		return null;
	// "the Ministry of Economy": a body's field, never a place, unless a country.
	if (!country && !countryName && BODY_OF.test(before)) return null;
	// "Tavush for the Motherland", "Armenia for the Future": a movement's name, which a place opens (eval/README: no place).
	if (MOVEMENT_FOR.test(after)) return null;
	// “the Alma-Ata Declaration”, “the Prague statement”: a document's name.
	if (DOCUMENT_AFTER.test(after) || DOCUMENT_AFTER.test(run.slice(run.lastIndexOf(' ')))) return null;
	// "the title of Hero of the Soviet Union": an award's name.
	if (AWARD_BEFORE.test(body.slice(Math.max(0, runStart - 20), runStart))) return null;
	// "Supreme Commander-in-Chief": a title's words joined by hyphens are a title's too; a country's
	// name in the run is the title's country ("Belarus President Aleksandr Lukashenko"), a town's its own office ("Glendale Mayor X").
	if (!countryName && !townOffice && run.split(/[\s-]+/).some((t) => TITLE.test(t.replace(/\.$/, ''))))
		return null;
	// (A capital that speaks is its government, and a mention: "Washington said it was “worried …”"; a street, an airport or a
	// bridge named after a person is a place: "Heydar Aliyev Avenue", "Heydar Aliyev International Airport".)
	if (!world && !namedAsPlace(run) && tokens.some((t) => people.has(t.replace(/’s$/, '')))) return null;
	if (TITLE_BEFORE.test(body.slice(Math.max(0, runStart - 12), runStart))) return null;
	// "published in English, Azerbaijani and Russian": a language, whatever small town GeoNames knows by its name.
	if (LANGUAGE.test(name)) return null;
	// Demonyms and adjectives (Armenian, Azerbaijani, Turkish) are not places, unless GeoNames has them or a sea's ("the Caspian").
	if (
		!world &&
		(/^[\p{Ll}]/u.test(name) ||
			/(?:ian|ians|ese)$/.test(name) ||
			ISH_ADJECTIVE.test(name) ||
			(name.endsWith('i') && isDemonymI(name))) &&
		!hits &&
		!context
	)
		return null;
	const why = verdictWhy(known, world, country, context);
	return {
		name,
		offset: offset - kept,
		length: (tokens.length === 1 ? name.length : raw.trimEnd().length - offset) + 2 * kept,
		why,
		head: true,
		hits: known ? hits : undefined
	};
}
