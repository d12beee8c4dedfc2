/**
 * What a speaker phrase with no name in it stands for ("the ministry", "the diplomat", "a Russian
 * analyst who"): an institution or a person named before, or nobody. Split from speaker-names.ts.
 */
import { VERB } from './attribution-verbs';
import { isCountryDemonym } from './judge-cues';
import { isEverydayNoun, MILITARY_RANKS, PERSON_TITLE } from './person-nouns';
import { escapeRegExp } from './scan';
import { ANY_DOCUMENT } from './speaker-issuer';

/** Nouns that stand for an institution named earlier ("the ministry said", "the organization said"). */
// (And the documents a body issues, its voice: "the statement said", "the clarification reads".)
const ORG_NOUNS = `ministry|government|office|service|committee|council|organi[sz]ation|group|watchdog|charity|association|foundation|agency|channel|outlet|newspaper|website|portal|broadcaster|administration|headquarters|command|contingent|mission|embassy|presidency|department|delegation|party|kremlin|army|military|police|court|tribunal|federation|union|bank|${ANY_DOCUMENT}`;
const ORG_NOUN = new RegExp(`\\b(${ORG_NOUNS})$`, 'i');
/** Nouns that stand for a body named earlier only alone ("the center said"), not after an owner ("the government's information center"). */
const BARE_ORG_NOUN = /^(cent(?:er|re)|institute|commission)$/i;
/** Nouns that stand for a person named earlier ("the diplomat said", "the veteran said", "the sergeant says", "the village head says"). */
export const PERSON_NOUN = new RegExp(
	`\\b(${PERSON_TITLE}|${MILITARY_RANKS}|(?:village|community|town|settlement) (?:head|chief|elder))$`,
	'i'
);
/** A speaker who is only a title ("The President noted", "the Prime Minister said", "the Russian Foreign Minister"). */
/** Whose a title is, before it: a nationality or a state's initials ("the Russian Foreign Minister", "U.S. Secretary of State"). */
const TITLE_NATION = String.raw`(?:\p{Lu}\p{Ll}+(?:ian|ani|ish|ese)|U\.S\.|US|UK|EU|UN)\s+`;
const TITLE_ONLY = new RegExp(
	String.raw`^(?:${TITLE_NATION})?(?:(?:Deputy|Foreign|Defence|Defense|Prime|Vice|Acting|State|First|Interior|Chief)\s+)*(?:President|Minister|Premier|Commander|General|Ambassador|Spokesman|Spokeswoman|Spokesperson|Ombudsman|Secretary(?=\s+of\s+State$))(?:\s+of\s+\p{Lu}[\p{L}-]+)?$`,
	'u'
);
const TITLE_NATION_LEAD = new RegExp(`^${TITLE_NATION}`, 'u');

/** "Prime Minister", "the Russian Foreign Minister": a title with no name, never a person's name itself. */
export const isTitleOnly = (name: string) => TITLE_ONLY.test(name);

/**
 * "the region’s defense army", "the enclave’s presidential office": a body of a region the text does not name
 * as a body. It is no body named before (Azerbaijan's ministry), and with none of its noun named, no one.
 */
// ("the separatist presidency", "the self-proclaimed republic's government": the same, by its side's adjective.)
export const isRegional = (raw: string) =>
	/^(?:(?:breakaway\s+)?(?:region|enclave|territory)[’']s\s|(?:separatist|breakaway|de[\s-]facto|self-(?:proclaimed|declared)|unrecogni[sz]ed)\s)/u.test(
		raw
	);
/** A speaker phrase with no capitalised name in it: "ministry", "the diplomat", "a Russian military analyst who". */
export type Descriptor = { kind: 'org' | 'person'; definite: boolean; noun: string } | null;

/** A cheap test before /\b(?:a|an)\s*$/i (tried at every position of up to 300 characters): the last letter is an a or an n. */
function endsWithAOrN(s: string): boolean {
	let e = s.length;
	while (e > 0 && /\s/.test(s[e - 1]!)) e--;
	const c = s.charCodeAt(e - 1) | 32;
	return c === 97 || c === 110;
}

export function descriptorOf(said: string, before: string): Descriptor {
	// "Our President said": a spokesman's own head of state, the title alone.
	// ("the Russian ambassador in Baku said": where a person's noun serves is no name of theirs.)
	const serving = said.replace(/\s+(?:in|to)\s+\p{Lu}[\p{L}-]+$/u, '');
	const seat = serving !== said && /\s\p{Ll}+$/u.test(serving) && PERSON_NOUN.test(serving) ? serving : said;
	const speaker = /^(?:Our|My)\s+\p{Lu}/u.test(seat) ? seat.slice(seat.indexOf(' ') + 1) : seat;
	const words = speaker.split(/\s+/);
	// "a Russian military analyst who asked not to be named": nobody the reader can name.
	if ((endsWithAOrN(before) && /\b(?:a|an)\s*$/i.test(before)) || /\b(?:who|which|that)$/.test(speaker))
		return { kind: 'person', definite: false, noun: '' };
	// "the Ministry said": a body's noun alone, capitalised, still points back like "the ministry".
	if (
		/^(?:Ministry|Government|Office|Service|Committee|Council|Embassy|Presidency|Administration|Command|Headquarters)$/.test(
			speaker
		)
	)
		return { kind: 'org', definite: true, noun: speaker.toLowerCase() };
	// "the MP stressed", "According to the MP", "the Armenian FM said": a member of parliament or a minister, a person named before.
	// ("said the acting FM of X": a word of rank before it.)
	// ("the Russian Deputy FM said": two words of rank or nation.)
	if (
		/^(?:(?:\p{Lu}\p{Ll}+(?:ian|ani|ish|ese)|acting|former|[Dd]eputy)\s+){0,2}(?:MP|PM|FM|MEP)$/u.test(
			speaker
		)
	)
		return { kind: 'person', definite: true, noun: '' };
	// The whole title, less its nationality: "the Russian Foreign Minister" is the foreign minister, not any minister.
	// "the State Minister of Artsakh": the title, less where it serves, is what the role must hold.
	if (TITLE_ONLY.test(speaker))
		return {
			kind: 'person',
			definite: true,
			noun: speaker
				.replace(TITLE_NATION_LEAD, '')
				.replace(/\s+of\s+\S+$/, '')
				.toLowerCase()
		};
	// "the Kremlin official", "the Foreign Ministry spokeswoman": a person's noun, however it is qualified;
	// after "the", also in capitals ("the Kremlin Spokesman said": a title, not a name).
	const last = words[words.length - 1]!;
	const personal =
		(/^\p{Ll}/u.test(last) || (endsWithThe(before) && /^\p{Lu}\p{Ll}+$/u.test(last))) &&
		PERSON_NOUN.exec(speaker.replace(/[’']s$/, ''));
	// ("the Archbishop said": a title alone, after "the".)
	if (personal && (words.length > 1 || endsWithThe(before)) && words.length <= 5)
		return { kind: 'person', definite: true, noun: roleNoun(personal[1]!) };
	// A capitalised word other than a nationality makes it a name ("Azerbaijani Defence Ministry").
	// ("the Azeri ministry": a demonym the endings miss is a nationality too.)
	if (words.some((w) => /^\p{Lu}/u.test(w) && !/(?:ian|ani|ese|ish|ic)$/u.test(w) && !isCountryDemonym(w)))
		return null;
	const phrase = speaker.replace(/[’']s$/, '');
	const definite = true;
	// "the ministry's press office said": the office speaks for the ministry named before.
	const owner = /^(\p{Ll}+)[’']s\s+(?:press\s+)?(?:office|service|department|secretariat)$/u.exec(phrase);
	if (owner && ORG_NOUN.test(owner[1]!)) return { kind: 'org', definite, noun: owner[1]!.toLowerCase() };
	const org = ORG_NOUN.exec(phrase) ?? (words.length === 1 ? BARE_ORG_NOUN.exec(phrase) : null);
	if (org) return { kind: 'org', definite, noun: org[1]!.toLowerCase() };
	const person = PERSON_NOUN.exec(phrase);
	if (person) return { kind: 'person', definite, noun: roleNoun(person[1]!) };
	// "the cafe owner said", "the coordinator said": someone known by what they do.
	const everyday = words.length <= 3 ? /\p{Ll}+$/u.exec(phrase)?.[0] : undefined;
	return everyday && isEverydayNoun(everyday) ? { kind: 'person', definite, noun: everyday } : null;
}

/**
 * A person's noun as a role is searched for: "spokes" for the spokesman, -woman and -person alike; the
 * head of state is a president's role, the head of government a prime minister's.
 */
export const roleNoun = (noun: string) =>
	noun
		.toLowerCase()
		.replace(/^head of state$/, 'president')
		.replace(/^head of government$/, 'minister')
		.split(' ')
		.pop()!
		.replace(/^spokes(?:man|woman|person)$/, 'spokes');
const endsWithThe = (before: string) => /\bthe\s*$/i.test(before);

/** "X, who runs a cafe …", "X, a guesthouse owner in Y,": a person the paragraph introduces by what they do. */
const INTRODUCED = String.raw`(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}),\s+`;
const INTRODUCED_DOING = new RegExp(String.raw`${INTRODUCED}(?:who|an?)\s`, 'gu');
/** "X, who heads an association of …": a person the paragraph introduces as leading something. */
const INTRODUCED_HEADING = new RegExp(
	String.raw`${INTRODUCED}who\s+(?:has\s+)?(?:heads?|headed|leads?|led|chairs?|chaired|runs?|directs?|founded)\s`,
	'gu'
);
/** Nouns for one who heads something: "the association's chairman" is the one introduced as heading it. */
const HEADING_NOUN = /^(?:chairman|chairwoman|chair|head|leader|director|founder)$/;
/**
 * The last person `text` (a paragraph up to a quote) introduces by what they do, or null: whom "the cafe
 * owner said" is; with `heading`, only one introduced as heading something ("the chairman said").
 */
export function introducedDoing(text: string, heading = false): string | null {
	let last: string | null = null;
	for (const m of text.matchAll(heading ? INTRODUCED_HEADING : INTRODUCED_DOING)) last = m[1]!;
	return last;
}

/** Whom a person's noun stands for in its paragraph up to the quote: an everyday noun's or a head's introduced person. */
export const introducedFor = (noun: string, everyday: boolean, paragraph: string) =>
	everyday ? introducedDoing(paragraph) : HEADING_NOUN.test(noun) ? introducedDoing(paragraph, true) : null;

/** How far back a description is looked for ("the head of X village, Name," a few paragraphs up). */
const DESCRIBED_WINDOW = 3000;
/** "said the head of Khramort village.", "the mother of many children said": a description with its "of" phrase by the verb, and no name. */
const DESCRIBED_AFTER =
	/^[\s,]*(?:(?:said|says|told|added|stressed|noted)\s+the\s+(\p{Ll}[\p{L}-]*\s+(?:of|for|in)\s+[^,;:.“”"«»]{3,80}?)\s*(?:[.;]|$)|the\s+(\p{Ll}[\p{L}-]*\s+(?:of|for|in)\s+[^,;:.“”"«»]{3,60}?)\s+(?:said|says|told|added|stressed|noted)\b)/u;
/**
 * "…,” said the head of Khramort village" after "The head of Khramort village, Zorik X, …": the person
 * the article introduced with the same description (any case for its first letter), or null. `tail`: the
 * words after the quote.
 */
export function introducedAs(prose: string, pos: number, tail: string): string | null {
	const m = tail.includes(' the ') ? DESCRIBED_AFTER.exec(tail) : null;
	if (!m) return null;
	const before = prose.slice(Math.max(0, pos - DESCRIBED_WINDOW), pos);
	const phrase = escapeRegExp(m[1] ?? m[2]!).replace(/^\p{Ll}/u, (c) => `[${c}${c.toUpperCase()}]`);
	const name = String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2}`;
	const re = new RegExp(
		String.raw`\b${phrase},\s+(${name}),|(${name}),\s+(?:the\s+|an?\s+)?${phrase}\b`,
		'gu'
	);
	let last: string | null = null;
	for (const hit of before.matchAll(re)) last = hit[1] ?? hit[2]!;
	return last;
}

/**
 * A paragraph that opens with a person named only by a title ("The minister, for her part, urged …",
 * "The representative of Armenia said …"), after at most an opening phrase of time or place.
 */
const OPENING_DESCRIPTOR = new RegExp(
	String.raw`^(?:(?:At|In|On|Later|Meanwhile|Earlier|Separately|Speaking)\b[^,.!?]{0,40},\s+)?The\s+((?:\p{Lu}\p{Ll}+(?:ian|ani|ish|ese|ch)\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:${PERSON_TITLE}|${MILITARY_RANKS})(?:\s+(?:of|for|to)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?)(?=,|\s+\p{Ll})`,
	'u'
);

/**
 * The title a paragraph opens with (less its "The") and where it ends, when it is the paragraph's subject:
 * "he" or "she" later in the paragraph, with no one named between, stands for that person.
 */
export function openingDescriptor(
	paragraph: string
): { phrase: string; end: number; noun: string | null } | null {
	const m =
		paragraph.startsWith('The ') || paragraph.includes(', The ') ? OPENING_DESCRIPTOR.exec(paragraph) : null;
	if (!m) return null;
	// "The chairman of the X Party": a title whose body or country is named, looked for by its noun first.
	const of = /^(.*?)\s+(?:of|for|to)\s+(?:the\s+)?\p{Lu}/u.exec(m[1]!);
	const noun = of ? PERSON_NOUN.exec(of[1]!)?.[1] : undefined;
	return { phrase: m[1]!, end: m.index + m[0].length, noun: noun ? roleNoun(noun) : null };
}

/** "the press service of the contingent", "the command of the peacekeeping mission": a body the text describes and never names otherwise. */
export const DESCRIBED_BODY =
	/^(?:the\s+)?(?:press\s+service|press\s+office|command|headquarters|leadership)\s+of\s+the\s+(?:[\p{Ll}-]+\s+){0,3}(?:contingent|mission|peacekeepers|force|forces)$/iu;

/** The last "the ministry added", "the press service of the contingent said" in `text`, with no speech verb after it. */
const BODY_CLAUSE = new RegExp(
	String.raw`\b(?:[Tt]he|[Tt]heir|[Ii]ts)\s+((?:[\p{Ll}-]+\s+){0,3}?(?:${ORG_NOUNS})(?:\s+of\s+the\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)?)\s+(?:${VERB})\b`,
	'gu'
);
/** `owned`: "their presidency said", "its ministry said": the body of one the text named, by no name of its own. */
export function lastBodyClause(text: string): { phrase: string; end: number; owned: boolean } | null {
	let last: RegExpExecArray | null = null;
	BODY_CLAUSE.lastIndex = 0;
	for (let m = BODY_CLAUSE.exec(text); m; m = BODY_CLAUSE.exec(text)) last = m;
	return last
		? { phrase: last[1]!, end: last.index + last[0].length, owned: !/^the\s/i.test(last[0]) }
		: null;
}
