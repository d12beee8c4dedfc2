/**
 * Who the speakers of an article can be: the people and institutions it names, and how a phrase
 * before a speech verb becomes a name. "Lieutenant General Rustam Muradov" is Rustam Muradov (the
 * rank is a role); "the ministry said" is the ministry the article named before ("Azerbaijan’s
 * Ministry of Defence"); "the diplomat said" is the person named before; "a Russian analyst who
 * asked not to be named" is nobody.
 */
// "the channel claimed": the name given with the noun (speaker-kinds.ts), asked for with the rest of these.
import { namedOfNationality, namedWithNoun, OUTLET_NOUN, ownerOfPossessive } from './speaker-kinds';
export { namedOfNationality, namedWithNoun, OUTLET_NOUN };
import { PERSON_NAME } from './speaker-forms';
import { ORG_WORD } from './organisations';
import { isOutletWord, ORG_OF, PARTICLES, REFLEXIVE_END, WEEKDAY } from './words';
import { CAPITAL_TRADE, ORDINARY_NOUN, RANK_PREFIX, ROLE } from './person-nouns';
import { sexOfGivenName } from './given-names';
import { tidyRole } from './speaker-roles';

export const DETERMINER = /^(?:the|a|an)$/i;
/** Words that open a sentence before a name ("For Karen Harutyunyan, who left…"). */
const OPENING =
	/^(?:For|In|On|At|But|And|As|When|After|Before|With|Meanwhile|Still|Yet|So|Whether|If|Although|Though|Unless|While|Since|Because|Once|Even|Now|Then|Earlier|Later|Previously|Separately|Also|However|Finally|Yesterday|Today|Afterwards|Subsequently|Likewise|Similarly|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/;

/** Words that end a title's "of" phrase ("Chief of General Staff", "Minister of Foreign Affairs", "Head of the Press Service"). */
const OF_TITLE_END =
	/^(?:Staff|Affairs|Forces|Troops|Department|Service|Directorate|Division|Administration|Office|Policy|Relations)$/;
/**
 * A word that ends a body's name, its head noun or its "of" phrase's last word ("Ministry of Foreign
 * Affairs"): a name after it is of someone who works there, not part of the body's name.
 */
const BODY_END =
	/^(?:Majlis|Parliament|Assembly|Duma|Rada|Senate|Congress|Administration|Ministry|Federation|Republic|Kingdom|States|Union|Institute|Centre|Center|Studies|Research|University|Foundation|Fund|Society|Association|Organi[sz]ation|Network|Initiative|Department|Office|Service|Committee|Council|Agency|Government|Headquarters|Directorate|Embassy|Affairs|Staff|Forces|Army|Command|Guard|Police|Troops|Division|Policy|Relations)$/;
/** cleanName's results: the same phrases recur in every article (bounded, as aliasKey's cache). */
const cleaned = new Map<string, string>();

/** Title words that are a title only capitalised before a name ("Chief Executive Officer", "Coach"). */
const CAPITAL_ROLE = /^(?:Officer|Manager|Coach|Judge)$/;
/** A trade capitalised as the sentence opens ("Ecologist"): CAPITAL_TRADE alone as a word. */
const TRADE_WORD = new RegExp(`^${CAPITAL_TRADE}$`, 'u');
/** "Russia’s Deputy Foreign Minister Mikhail Galuzin" → "Mikhail Galuzin"; drops a leading article. */
/** When, after a name: "last year", "earlier this month", "on Tuesday", "yesterday". */
const WHEN_END = new RegExp(
	String.raw`\s+(?:(?:last|this|earlier\s+this|later\s+this)\s+(?:year|month|week|spring|summer|autumn|winter)|on\s+${WEEKDAY}|yesterday|today)$`
);

export function cleanName(phrase: string): string {
	let hit = cleaned.get(phrase);
	if (hit === undefined) {
		if (cleaned.size > 50_000) cleaned.clear();
		cleaned.set(phrase, (hit = cleanPhrase(phrase)));
	}
	return hit;
}

function cleanPhrase(phrase: string): string {
	let tokens = phrase
		.replace(/[\s,;:]+$/, '')
		// "stated Shoygu." — a full stop after a word (not an initial like U.S.) ends the sentence.
		.replace(/(?<=\p{Ll}{2})\.$/u, '')
		// "The ICRC itself said": the reflexive is no part of the name.
		.replace(REFLEXIVE_END, '')
		// "the Kremlin did say …": the auxiliary before the verb is no part of the name.
		.replace(/\s+(?:did|does|do)$/, '')
		// "A report by the Observer Research Foundation last year warned": when is no part of the name.
		.replace(WHEN_END, '')
		// "His Holiness Aram I", "His Excellency X": a style of address is no part of the name.
		.replace(
			/^(?:His|Her)\s+(?:Holiness|Beatitude|Eminence|Excellency|Grace|Majesty|Highness)\s+(?=\p{Lu})/u,
			''
		)
		// "the country's Defense Ministry" (the state just named), "the U.S.-based group" (where it sits): the body speaks.
		.replace(/^(?:the\s+)?(?:country|nation|republic)[’']s\s+/i, 'the ')
		// "the ICRC's Baku delegation", "UNHCR's Yerevan office": a body's office in a town speaks as the body.
		.replace(
			/^(?:the\s+)?(\p{Lu}[\p{L}.&-]*)[’']s\s+\p{Lu}[\p{L}-]+\s+(?:delegation|office|bureau|branch)$/u,
			'$1'
		)
		.replace(/^(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*-based\s+(?=\p{Ll})/u, 'the ')
		// "the channel of Artsakh Public TV posted": the outlet or the body whose channel it is.
		.replace(
			/^(?:the\s+)?(?:official\s+)?(?:Telegram\s+|YouTube\s+)?(?:channel|account|page|website)\s+of\s+(?=\p{Lu})/u,
			''
		)
		.trim()
		.split(/\s+/)
		.filter(Boolean);
	// "65-year-old Vardan Sargsyan says", "Thirty-something Marina X arrived": the age before a name is no part of it.
	while (
		tokens.length > 1 &&
		(DETERMINER.test(tokens[0]!) ||
			OPENING.test(tokens[0]!) ||
			/^(?:\d{1,3}|\p{L}+(?:-\p{L}+)?)-(?:year-old|something|odd)$/iu.test(tokens[0]!) ||
			// ("Refugee Aydin Mammadov, 68, …", "Ecologist Farid X": a common noun for a person, capitalised as the sentence opens.)
			(tokens.length === 3 &&
				tokens.every((t) => /^\p{Lu}\p{Ll}/u.test(t)) &&
				(ORDINARY_NOUN.test(tokens[0]!.toLowerCase()) || TRADE_WORD.test(tokens[0]!))))
	)
		tokens = tokens.slice(1);
	// "Al Jazeera's Bernard Smith", "Russia's Sergei Lavrov", "Crisis Group's Olesya Vartanyan": an outlet, a given name or a
	// person's name after the owner: whom the person works for.
	const owner = tokens.findIndex((t, k) => k < 3 && /[’']s$/.test(t));
	const owned = owner < 0 ? [] : tokens.slice(owner + 1);
	if (
		owned.length >= 2 &&
		owned.length <= 3 &&
		(isOutletWord(tokens[owner]!.replace(/[’']s$/, '')) || sexOfGivenName(owned[0]!) || isPersonName(owned))
	)
		tokens = owned;
	// "Chief of General Staff Karim Valiyev": the word that closes a title's "of" phrase is the
	// title's, not the first name (a role word inside the phrase found the name after it).
	if (
		tokens.length >= 3 &&
		tokens.length <= 4 &&
		OF_TITLE_END.test(tokens[0]!) &&
		tokens.slice(1).every((t) => /^\p{Lu}\p{Ll}/u.test(t))
	)
		tokens = tokens.slice(1);
	// "… of the Presidential Administration Hikmet Hajiyev", "Ministry of Foreign Affairs Aykhan Hajizada":
	// the two or three capitalised words after the word that ends the body's name are the person.
	// ("… of the Federation Council defense committee Viktor X": a body's word in lower case ends it too.)
	const body = tokens.findLastIndex(
		(t) => BODY_END.test(t) || BODY_END.test(t.charAt(0).toUpperCase() + t.slice(1))
	);
	const after = tokens.length - body - 1;
	if (body >= 0 && after >= 2 && after <= 3 && tokens.slice(body + 1).every((t) => /^\p{Lu}\p{Ll}/u.test(t)))
		tokens = tokens.slice(body + 1);
	// ("the Azerbaijani General Staff": a role word before a body's word is the body's name, not a title.)
	// ("Chief Executive Officer Kamo X", "Coach Lev X": a title word that only capitalised is one; "a Russian officer I knew" is none.)
	const lastRole = tokens.findLastIndex(
		(t, i) => (ROLE.test(t) || CAPITAL_ROLE.test(t)) && !BODY_END.test(tokens[i + 1] ?? '')
	);
	if (lastRole >= 0 && lastRole < tokens.length - 1 && /^\p{Lu}/u.test(tokens[lastRole + 1]!)) {
		tokens = tokens.slice(lastRole + 1);
	} else if (lastRole >= 0) {
		// "President of the Republic of Azerbaijan Ilham Aliyev": the name is the last two or three
		// capitalised words after the role's "of" phrase, less the place it names.
		const lastLower = tokens.findLastIndex((t) => /^\p{Ll}/u.test(t));
		const rest = tokens.slice(lastLower + 1);
		if (lastLower > lastRole && rest.length >= 3) tokens = rest.slice(-2);
	}
	// "Thomas de Waal of Carnegie Europe": where a person works is their role, not their name.
	const of = tokens.indexOf('of');
	if (of >= 2 && /^\p{Lu}/u.test(tokens[of + 1] ?? '') && isPersonName(tokens.slice(0, of)))
		tokens = tokens.slice(0, of);
	return tokens.join(' ');
}

/** A person's name of two words or more (PERSON_NAME's shape), none a role or a body's word ("Thomas de Waal", not "Central Bank"). */
function isPersonName(words: string[]): boolean {
	const phrase = words.join(' ');
	return (
		words.length >= 2 &&
		PERSON_NAME.test(phrase) &&
		!ORG_OF.test(`${phrase} of `) &&
		words.every(
			(w) =>
				!ROLE.test(w) && !BODY_END.test(w) && !OF_TITLE_END.test(w) && !ORG_WORD.test(w) && !isOutletWord(w)
		)
	);
}

/** Words that qualify a title: "the Foreign Minister", "the Deputy Prime Minister", "the Human Rights Defender". */
const TITLE_QUALIFIER =
	/^(?:Foreign|Defen[cs]e|Interior|Press|First|Vice|Acting|Former|Senior|Executive|Human|Rights)$/;
/** A title with no name in it ("According to the Prime Minister", "General Staff"): the person it stands for is named elsewhere. */
export function isTitleOnly(name: string): boolean {
	const words = name.split(' ');
	const title = (w: string) => ROLE.test(w) || OF_TITLE_END.test(w);
	return title(words[words.length - 1]!) && words.every((w) => title(w) || TITLE_QUALIFIER.test(w));
}

/** "Azerbaijan Wolfgang Manig" (…ambassador to Azerbaijan Wolfgang Manig) → "Wolfgang Manig". */
export function dropLeadingPlaces(name: string, isOrg: (n: string) => boolean): string {
	let t = name.split(' ');
	// "Republic of Azerbaijan Ilham Aliyev": after the last lowercase word, a place, then the name.
	const lower = t.findLastIndex((w) => /^\p{Ll}/u.test(w));
	if (lower >= 0 && t.length - lower > 3 && isOrg(t[lower + 1]!.replace(/[’']s$/, '')))
		t = t.slice(lower + 1);
	// "Azerbaijan's Defense Ministry" keeps its country: the possessive names whose institution it is.
	// ("Ministry of Defence of the Russian Federation": what is left must still open with a capital;
	// "Artsakh Defense Army", "Azerbaijan State Border Service": a body's own name keeps its place.)
	while (
		t.length > 2 &&
		!BODY_END.test(t[t.length - 1]!) &&
		/^\p{Lu}/u.test(t[1]!) &&
		isOrg(t[0]!.replace(/[’']s$/, '')) &&
		!(/[’']s$/.test(t[0]!) && isOrg(t.slice(1).join(' ')))
	)
		t.shift();
	return t.join(' ');
}

/**
 * The head noun of an institution's name: where the search for one starts. ("The EU Delegation to
 * Georgia" is named "EU Delegation": a speaker's words are people's for the places step, never a place.)
 */
const HEAD =
	/\b(?:[Mm]inistry|[Gg]overnment|[Ss]ervice|[Oo]ffice|[Cc]ommittee|[Cc]ouncil|[Hh]eadquarters|[Aa]dministration|[Cc]ommand|Embassy|[Aa]uthorities|[Pp]residency|Delegation|Mission|Party|Court|Tribunal)\b/g;
/** The words before a head: "Russia’s defence", "Azerbaijan’s State Border", "the Russian Foreign". */
const HEAD_PREFIX =
	/(?:\p{Lu}[\p{L}-]*(?:’s|'s)?\s+)+(?:(?:\p{Lu}[\p{L}-]*|defen[cs]e|foreign|interior|emergency|emergencies|culture|justice|state|border|press|presidential|peacekeeping|military)\s+)*$/u;
/** A state's name qualified in lower case ("of the self-proclaimed Nagorno-Karabakh Republic"): still the name. */
const QUALIFIERS = 'unrecogni[sz]ed|self-proclaimed|self-declared|breakaway|separatist';
export const STATE_QUALIFIER = String.raw`(?:${QUALIFIERS})\s+`;
const QUALIFIER_WORD = new RegExp(`^(?:${QUALIFIERS})$`);
export const isStateQualifier = (word: string | undefined) => !!word && QUALIFIER_WORD.test(word);
/** What may follow a head: "of Defense of the Republic of Azerbaijan", "of the President of Azerbaijan", "of the Portvale president", "for Affairs of Refugees and IDPs". */
const OF_PART = new RegExp(
	String.raw`\s+(?:of|for)\s+(?:the\s+)?(?:${STATE_QUALIFIER})?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?\p{Lu}[\p{L}-]*){0,4}(?:\s+(?:peacekeeping\s+)?(?:contingent|forces|troops)|\s+(?:president|prime minister|leader|ombudsman)(?![\p{L}’'-])|[’']s\s+(?:\p{Ll}+\s+){0,3}(?:ombudsman|president|prime minister|leader)(?![\p{L}’'-]))?`,
	'uy'
);
/**
 * "and" inside a ministry's name ("of Ecology and Natural Resources") but not before another body, a
 * person's title or a possessive ("of Defence and Armenia’s…", "of Foreign Affairs and Defence Minister X").
 */
const AND_OTHER_HEAD =
	/\sand\s.*\b(?:Ministry|Service|Office|Committee|Council|Government|Minister|President|Secretary|General|Ambassador|Spokes\p{L}*)\b/u;
/** Sentence openers that a run of capitals may begin with ("In a statement, Russia’s…" aside). */
const OPENER = /^(?:The|A|An|In|On|At|But|And|Meanwhile|Earlier|Later|Separately|Also)\s+/;

export interface Named {
	pos: number;
	name: string;
	org: boolean;
	/** For a person: the words that introduced them ("deputy foreign minister", "a retired colonel"), lower case. */
	role?: string;
	/** The role's words as the text has them, tidied by roleOf only when asked (most never are). */
	roleWords?: () => string;
}

/** A person's role (see Named.role), tidied on first need. */
export function roleOf(n: Named): string | undefined {
	if (n.role === undefined && n.roleWords) n.role = tidyRole(n.roleWords());
	return n.role;
}

/**
 * Institutions the article names, in text order: "Russia’s defence ministry", "the Ministry of
 * Defense of the Republic of Azerbaijan", "Azerbaijan’s State Border Service", "the Artsakh
 * government". Found from their head noun back, not by trying a pattern at every capital.
 */
export function institutionsIn(prose: string): Named[] {
	const out: Named[] = [];
	HEAD.lastIndex = 0;
	for (let m = HEAD.exec(prose); m; m = HEAD.exec(prose)) {
		const window = prose.slice(Math.max(0, m.index - 80), m.index);
		const prefix = HEAD_PREFIX.exec(window)?.[0] ?? (/press\s+$/.test(window) ? 'press ' : '');
		OF_PART.lastIndex = m.index + m[0].length;
		// ("the command of the Russian peacekeeping contingent": a command is named by what it commands; "the office of the
		// Karabakh president" by whose it is.)
		const named =
			/^\p{Lu}/u.test(m[0]) ||
			prefix ||
			m[0] === 'command' ||
			(m[0] === 'office' &&
				/^\s+of\s+the\s+\p{Lu}/u.test(prose.slice(OF_PART.lastIndex, OF_PART.lastIndex + 20)));
		let of = named ? (OF_PART.exec(prose)?.[0] ?? '') : '';
		if (
			of.includes(' and ') &&
			(/^[’']s\b/.test(prose.slice(OF_PART.lastIndex, OF_PART.lastIndex + 3)) || AND_OTHER_HEAD.test(of))
		)
			of = of.slice(0, of.lastIndexOf(' and '));
		let name = `${prefix}${m[0]}${of}`;
		let pos = m.index - prefix.length;
		const opener = OPENER.exec(name);
		if (opener) {
			name = name.slice(opener[0].length);
			pos += opener[0].length;
		}
		// "Its defence ministry": the body of the country named just before ("Azerbaijan's defence ministry").
		const owner = /^(?:Its|Their)\s/.test(name) ? ownerOfPossessive(prose, pos) : null;
		if (owner) name = `${owner}'s ${name.slice(name.indexOf(' ') + 1)}`;
		// "The ministry" names nothing: it points back to one named before. "the press service of the
		// Southern Military District" names its body in the "of" phrase.
		if ((/^\p{Lu}/u.test(name) || of) && name.includes(' ')) out.push({ pos, name: name.trim(), org: true });
	}
	return out;
}

export const NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}\.(?=\s+\p{Lu}\p{Ll}))?(?:\s+${PARTICLES}\s+\p{Lu}[\p{L}’'-]+|\s+\p{Lu}[\p{L}’'-]+){1,2}`;
/** Words after which a capitalised name is a place ("from Karmir Shuka", "in Mets Tagher"). */
export const AFTER_PLACE_WORD =
	/\b(?:from|in|near|outside|at|(?:village|town|city|settlement|community|hamlet)s?\s+of)\s+$/;
/** "a statement by Azerbaijan’s State Border Service read"; the verb first: "…,” notes a statement from the ombudsman's office". */
export const TAIL_STATEMENT =
	/^[\s,]*(?:(?:a|the|in a)\s+statement\s+(?:issued\s+|published\s+|released\s+|posted\s+)?(?:by|from|of|on)\s+(?:the\s+)?(.{1,90}?)\s+(?:read|reads|said|says|stated|added)\b|(?:said|says|notes|noted|reads|read|states|stated|adds|added)\s+(?:a|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|message|communiqu[eé]|release)\s+(?:(?:issued|published|released|posted)\s+)?(?:by|from|of)\s+(?:the\s+)?([^,;“”"«»]{2,90}?)\s*(?:[,;]|[.!?](?=\s|$)|$))/u;

/** "…,” Hikmet Hajiyev, foreign policy adviser to the president, told Anadolu", "…, X, adviser to President Y said". */
export const TAIL_NAME_APPOSITIVE = new RegExp(
	String.raw`^[\s,]*(${NAME})(?:\s+from\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)?,\s(?:[^"“”«»]{1,140}?,\s+(?:\w+\s+)?|(?:a|an|the)\s+[^,;"“”«»]{1,60}?\s+|(?:First|Deputy|Head|Chief|Director|Commander|Minister|Secretary|Chairman|Assistant|Adviser|Advisor|Ambassador)\s[^;"“”«»]{1,160}?\s+|(?:[\p{Ll}-]+\s+){0,3}(?:adviser|advisor|aide|assistant|spokes(?:man|woman|person))\s+(?:to|for)\s[^;"“”«»]{1,160}?\s+)(?:said|says|told|added|stated|noted|stressed|wrote|explained|warned|spoke)\b`,
	'u'
);

/** "…,” one of them, Nargiz Aliyeva, told APA", "…,” their commander, Lieutenant General X, told", "…,” a resident of Goris, Anna Petrosyan, said", "one of the returnees, 64-year-old X, told", "…,” head of the diocese, Bishop X, said": the one described, named. */
export const TAIL_DESCRIBED_NAME = new RegExp(
	String.raw`^[\s,]*(?:a|an|one|their|its|his|her|(?:the\s+)?(?:head|chief|leader|director|chairman|member)\s+of)\b[^,;"“”«»]{0,90}?,\s+(?:(?:Bishop|Archbishop|Father|Dr\.|Prof\.)\s+|\d{1,3}-year-old\s+|${RANK_PREFIX})?(${NAME}),\s+(?:said|says|told|tells|added|explained|recalled|answered|replied)\b`,
	'u'
);
