/**
 * What kind of name a speaker is (a person's, a body's, a pronoun, a kin noun), and one name form
 * per person: a surname said alone ("Hajiyev said") is the person the article first
 * gave in full, even where no role or appositive marked that full name as a person's ("The Prime
 * Minister of Armenia Nikol Pashinyan at a meeting …", "said Assistant of the President … Hikmet
 * Hajiyev, Trend reports").
 */
import { ROLE } from './person-nouns';
import { isCountryName } from './suggestions';
import { isCountryDemonym } from './judge-cues';
import { OUTLETS, PARTICLES } from './words';

/** Two or three capitalised words, maybe with a particle: how a person's name looks. */
// ("Dmitri S. Peskov": an American paper's middle initial.)
export const PERSON_NAME = new RegExp(
	String.raw`^\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}\.(?=\s))?(?:\s+(?:${PARTICLES}\s+)?\p{Lu}[\p{L}’'-]+){0,2}$`,
	'u'
);
export const PRONOUN = /^(he|she|they|it)$/i;
/** "Another replied", "Others shouted", "Some said": a quantifier stands for nobody the reader can name. */
const INDEFINITE =
	/^(?:another|others|some|many|several|both|each|most|all|few|someone|somebody|everyone|everybody|nobody|none|anyone)$/i;
/** "Residents of Taghavard told us", "Villagers of X say": a place's many, no one the reader can name. */
const GROUP_OF_PLACE = /^(?:Residents|Villagers|Locals|Refugees|Families|People|Inhabitants)\s+of\s/;
/**
 * Words that name no one speaker: "another", "some"; a nation's many, "Armenian soldiers", "Russian officials" ("the
 * brother of one of the Armenian soldiers told"); a place's many.
 */
export const isNoOne = (raw: string) => {
	if (INDEFINITE.test(raw) || GROUP_OF_PLACE.test(raw)) return true;
	const m = /^(\p{Lu}\p{Ll}+)\s+\p{Ll}{3,}s$/u.exec(raw);
	return !!m && isCountryDemonym(m[1]!);
};
/**
 * "his post said", "her tweet read", "according to a statement from his office", "her press service said":
 * the person's own words or own office speak for them ("he" or "she", resolved as any); "its daily bulletin said": the body's.
 */
/** The pronoun OWN_VOICE's owner stands for. */
export const VOICE_PRONOUN: Record<string, string> = { his: 'he', her: 'she', its: 'it' };
export const OWN_VOICE =
	/^(his|her|its)\s+(?:(?:daily|latest|official|own)\s+)?(?:post|tweet|message|statement|letter|video|address|note|bulletin|report|readout|(?:press\s+)?(?:office|service|secretariat|release))$/u;
// A building's name ("the Vahram Vahramyan Drama Theater", "Hotel Goris") is no person either, nor a
// body's ("the Russian Red Cross", "the Eurasia Partnership Foundation").
export const ORG =
	/\b(Ministry|ministry|Department|Administration|Office|office|Headquarters|Information|Forces|Army|Kremlin|Government|government|Agency|agency|Council|Group|Service|Committee|Association|Organi[sz]ation|Foundation|MoD|MFA|TASS|Reuters|statement|diplomacy|Club|Union|Federation|army|military|Theat(?:er|re)|Hotel|Museum|Hospital|Stadium|Red Cross|Red Crescent|Society|Commission|Institute|Studies|Academy|Initiative|Center|Centre|Party|Bank|Fund|Embassy|Delegation|Mission|Parliament|Assembly|Court|Police|Church|University|Network|District|Amnesty|Watch)\b/;
/** An outlet's name ("The Armenian Report", "EVN Report", "OC Media", "Meydan TV"): no person, and no body a later "it" stands for. */
export const OUTLET_NAME =
	/^(?:Radio|Voice of)\s|\b(?:Report|Times|Journal|Herald|Gazette|Tribune|Telegraph|Monitor|Magazine|News|Svoboda|Liberty|Media|TV|Daily|Weekly|Online|Insider|Post|Observer|Mirror|Review|Spectator|Chronicle|Courier|Bulletin|Agency)$/;

/** "EU", "OSCE", "CSTO": an initialism names a body, never a person "she" could stand for. */
export const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * Whether a name is an institution's (a body's word, an initialism, an outlet, a state or a city: "Russia
 * said" counts), judged once per name: names repeat within an article and are asked about at every pronoun.
 */
/** A body's own name: with a body's word ("Foreign Ministry", "Kremlin"), or an initialism ("EU"). */
export const isBodyName = (name: string) => ORG.test(name) || ACRONYM.test(name);

export function orgJudge(isPlace: (name: string) => boolean, prose = ''): (name: string) => boolean {
	const orgs = new Map<string, boolean>();
	// "The medical charity Médecins Sans Frontières said": a name the article sets after a body's noun is a body's.
	for (const m of prose.matchAll(INTRODUCED_BODY)) orgs.set(m[1]!, true);
	return (n) => {
		let v = orgs.get(n);
		if (v === undefined)
			orgs.set(
				n,
				(v =
					isBodyName(n) || OUTLETS.has(n.toUpperCase()) || OUTLETS.has(n) || isPlace(n) || isCountryName(n))
			);
		return v;
	};
}
/** A body's noun, in lower case, right before its name: "the medical charity Médecins Sans Frontières", "the watchdog Eyewitness". */
const INTRODUCED_BODY =
	/\b(?:charity|organi[sz]ation|NGO|watchdog|non-?profit|think[- ]tank)\s+((?:\p{Lu}[\p{L}’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]*)/gu;

/**
 * A body and its seat in a speaker's name ("the Defence Ministry in Moscow", "the French embassy to Armenia",
 * "the ministry at Baku"): the body's words and the seat's, split at " in", " to" or " at"; null when none.
 */
export function seatOf(
	name: string,
	isOrg: (name: string) => boolean
): { body: string; seat: string } | null {
	const at = / (?:in|to|at) (?=\p{Lu})/u.exec(name);
	if (!at || !isOrg(name.slice(0, at.index))) return null;
	return { body: name.slice(0, at.index), seat: name.slice(at.index + at[0].length) };
}

/** Nouns for a person by sex or kin, which the text uses like a pronoun for the one it just named. */
export const KIN =
	/^(?:the\s+)?(?:(?:young|old|elderly|\d{1,3}-year-old)\s+)?(?:woman|man|girl|boy|mother|father|wife|husband|son|daughter|grandmother|grandfather|widow|brother|sister|uncle|aunt|cousin|nephew|niece|grandson|granddaughter|widower)$/;

/**
 * Kin named by whose they are ("his wife", "Her brother", "my aunt"): the kin's noun as KIN resolves it
 * ("the wife"), or null when the phrase is no owner and a kin noun.
 */
export function ownedKin(phrase: string): string | null {
	const m = /^(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(\p{Ll}+)$/u.exec(phrase);
	return m && KIN.test(m[1]!) ? `the ${m[1]!}` : null;
}

/** Capitalised words that may stand before a surname without being a first name. */
export const NOT_A_FIRST_NAME =
	/^(?:The|A|An|And|But|Or|In|On|At|For|By|To|From|With|As|When|After|Before|Meanwhile|Still|Yet|So|If|Then|While|Whether|Although|Though|Unless|Since|Because|Once|Even|Now|Mr|Mrs|Ms|Dr|Sir|Madam|Said|Says|Told|Asked|President|Minister|Premier|Prime|Chancellor|Secretary|Ambassador|Spokesman|Spokeswoman|Spokesperson|General|Colonel|Major|Captain|Lieutenant|Sergeant|Admiral|Marshal|Commander|Chief|Head|Director|Leader|Mayor|Governor|Deputy|Senator|Professor|Father|Patriarch|Archbishop|Bishop|Envoy|Adviser|Advisor|Aide|Chairman|Chairwoman|Speaker|Ombudsman|Defender|Representative|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * "<First> <Surname>" as the text first writes it before `before`, or null: the first name is one
 * capitalised word that is no title, opener, month or day and no institution or place.
 */
export function fullNameInText(
	prose: string,
	surname: string,
	before: number,
	isOrg: (w: string) => boolean
): string | null {
	// A transcript's "PESKOV:" is the "Dmitry Peskov" of the text.
	if (/^\p{Lu}{4,}$/u.test(surname)) surname = surname.charAt(0) + surname.slice(1).toLowerCase();
	if (!/^\p{Lu}\p{Ll}[\p{L}’'-]+$/u.test(surname)) return null;
	// "Erdogan" is the "Recep Tayyip Erdoğan" named before: letters compared without their accents (one for one, so offsets hold).
	const text = foldedProse(prose);
	const key = fold(surname);
	// Each occurrence of the surname, then the one or two capitals before it: a pattern tried at every
	// position of the text per speaker cost a fifth of the join.
	for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
		if (at > 0 && NAME_CHAR.test(text[at - 1]!)) continue;
		// ("Mary Grigoryan’s day starts": a possessive ends the name.)
		const rest = text.slice(at + key.length, at + key.length + 3);
		if (NAME_CHAR.test(rest[0] ?? '') && !POSSESSIVE.test(rest)) continue;
		const from = Math.max(0, at - 80);
		const m = FIRSTS_BEFORE.exec(text.slice(from, at));
		if (!m) continue;
		const start = from + m.index;
		if (start >= before) return null;
		const firsts = prose.slice(start, at).trim().split(/\s+/);
		// "the Mayor of Lindmoor Aram X": after "of", the first capital closes the title's place.
		if (firsts.length === 2 && /\bof\s+$/.test(prose.slice(Math.max(0, start - 4), start))) firsts.shift();
		while (
			firsts.length &&
			// ("Seventy-year-old Rafik": an age is no first name.)
			(NOT_A_FIRST_NAME.test(firsts[0]!) ||
				/[’']s$|-(?:year-old|something|odd)$/i.test(firsts[0]!) ||
				isOrg(firsts[0]!))
		)
			firsts.shift();
		// ("Azerbaijani President Aliyev", "Analyst Tigran Grigoryan": the words up to a title are the title's.)
		firsts.splice(0, firsts.findLastIndex((w) => NOT_A_FIRST_NAME.test(w) || ROLE.test(w)) + 1);
		if (firsts.length) return `${firsts.join(' ')} ${prose.slice(at, at + key.length)}`;
	}
	return null;
}

/**
 * "Mary" said alone is the "Mary Alaverdyan" the text named before `before`: the given name, then one
 * capitalised word that is no title, month, day, institution or place. A name used by two people
 * ("Mary Alaverdyan" and "Mary Sargsyan") gives null: which one is the reader's guess.
 */
export function surnameAfterInText(
	prose: string,
	given: string,
	before: number,
	isOrg: (w: string) => boolean
): string | null {
	if (!/^\p{Lu}\p{Ll}{2,}$/u.test(given) || NOT_A_FIRST_NAME.test(given) || isOrg(given)) return null;
	// "Father Hovhannes said. His full name is Hovhannes Hovhannisyan": the text says it, before or after.
	const stated = prose.includes('full name') ? FULL_NAME_IS.exec(prose) : null;
	if (stated && stated[1] === given) return `${given} ${stated[2]!}`;
	let found: string | null = null;
	for (let at = prose.indexOf(given); at >= 0 && at < before; at = prose.indexOf(given, at + 1)) {
		if (at > 0 && NAME_CHAR.test(prose[at - 1]!)) continue;
		const m = SURNAME_AFTER.exec(prose.slice(at + given.length, at + given.length + 40));
		if (!m || NOT_A_FIRST_NAME.test(m[1]!) || isOrg(m[1]!)) continue;
		const full = `${given} ${m[1]!}`;
		if (found && found !== full) return null;
		found = full;
	}
	return found;
}
/**
 * A capitalised word right after a given name: the surname ("Mary Alaverdyan cannot…"); or a couple's
 * ("Anush and Gevorg Mkrtchyan": Anush is Anush Mkrtchyan).
 */
const SURNAME_AFTER =
	/^\s(?:and\s+\p{Lu}\p{Ll}+\s+(?=\p{Lu}\p{Ll}[\p{L}’'-]*(?![\p{L}’'-]|\s+\p{Lu})))?(\p{Lu}\p{Ll}[\p{L}’'-]*)(?![\p{L}’'-])/u;
/** "His full name is Hovhannes Hovhannisyan": a given name and the surname the text adds to it. */
const FULL_NAME_IS = /\b(?:[Hh]is|[Hh]er)\s+full\s+name\s+is\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}[\p{L}’'-]*)/u;

/** One or two capitalised words right before a surname, starting a word. */
// (Spaces only, never a line's end: a headline's last word is no given name of the next line's surname.)
const FIRSTS_BEFORE = /(?<![\p{L}’'-])((?:\p{Lu}\p{Ll}[\p{L}’'-]*[ \t]+){1,2})$/u;
const NAME_CHAR = /[\p{L}’'-]/u;
const POSSESSIVE = /^[’']s(?![\p{L}])/u;
/** The folded text (`fold`) of the last prose asked about: an article asks it for each of its speakers. */
let lastProse = '';
let lastFolded = '';
export const foldedProse = (prose: string) => {
	if (prose !== lastProse) {
		lastProse = prose;
		lastFolded = fold(prose);
	}
	return lastFolded;
};

/** Each letter without its accent, one character for one. */
export const fold = (s: string) => s.replace(/[\u0080-\uffff]/g, (c) => c.normalize('NFD')[0]!);
