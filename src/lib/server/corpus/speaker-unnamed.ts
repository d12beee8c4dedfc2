/**
 * How the press keeps a source unnamed: the phrases that say so ("asked not to be named", "on condition of
 * anonymity") and the sentences whose subject is someone the story never names ("A Russian officer who …",
 * "said a shopkeeper near the gate"). Split from speaker-names.ts.
 */
import { OFFICIAL_PERSON, ORDINARY_PERSON, PERSON_TITLE } from './person-nouns';
import { cleanName } from './speaker-names';
import { isBodyName, ORG } from './speaker-forms';

/** How the press keeps a source unnamed (over a hard-wrapped line's break too). */
export const ANONYMOUS =
	/\b(?:declin(?:ed|ing)\s+to\s+be\s+(?:named|identified)|ask(?:ed|ing)\s+not\s+to\s+be\s+(?:named|identified)|did\s+not\s+want\s+to\s+be\s+(?:named|identified)|(?:declin(?:ed|ing)\s+to|refus(?:ed|ing)\s+to|would\s+not|did\s+not(?:\s+want\s+to)?)\s+give\s+(?:his|her|their)\s+names?|without\s+giving\s+(?:his|her|their)\s+names?|ask(?:s|ed|ing)?\s+that\s+(?:his|her|their)\s+names?\s+not\s+be\s+(?:given|used|published|printed)|(?:was|were|is|are)\s+not\s+authori[sz]ed\s+to\s+(?:speak|talk|comment)|on\s+(?:the\s+)?condition\s+(?:of\s+anonymity|that\s+(?:his|her|their)\s+names?\s+(?:not\s+be|be\s+withheld))|(?:speaking|spoke)\s+anonymously|requested\s+anonymity)\b/i;
/** "a spokesman for the contingent": a body's voice, whom asking not to be named leaves the body's. */
const SPOKESPERSON_FOR = /\bspokes(?:man|woman|person)\s+(?:for|of)\s/;
/** Whether the words keep their source unnamed ("declining to be named"); `ofBody`: the speaker's words name a body, its spokesperson's. */
export const keptUnnamed = (head: string, ofBody: () => boolean) =>
	ANONYMOUS.test(head) && !(SPOKESPERSON_FOR.test(head) && ofBody());
/**
 * Whether the last whole sentence of `lead` (the words before a quote, the quote blanked) says its
 * subject is unnamed: "Another resident, who did not want to be named, said … . “…,” she said": she is that
 * resident, not a woman named earlier.
 */
export function unnamedJustBefore(lead: string): boolean {
	const end = lead.trimEnd();
	// The sentence ends at the last mark (a closing quote may follow it); it starts after the mark before.
	// (Found by code: an end-anchored pattern is tried at every position of the 400 characters.)
	const stop = CLOSING.includes(end.at(-1) ?? '') ? end.length - 2 : end.length - 1;
	if (stop < 0 || !SENTENCE_MARKS.includes(end[stop]!)) return false;
	const floor = Math.max(0, end.length - 400);
	let from = stop;
	while (from > floor && !SENTENCE_MARKS.includes(end[from - 1]!)) from--;
	return ANONYMOUS.test(end.slice(from));
}
const SENTENCE_MARKS = '.!?';
const CLOSING = '"”’»';
/**
 * A sentence whose subject is an unnamed person: "A Russian officer who …", "One woman from the
 * village", "Her uncle", "The dead man's brother" (a lowercase owner: "Aliyev's aide" may be named next).
 */
export const UNNAMED_SUBJECT = new RegExp(
	String.raw`(?:^|[.!?]\s+|\s{3})(?:An?|One|His|Her|Their|The\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+[’']s)\s+(?:[\p{L}-]+\s+){0,5}?(?:${OFFICIAL_PERSON}|${ORDINARY_PERSON})s?\b` +
		// "In Tegh, the owner of a roadside café has …", "The wife of one officer": an ordinary person the story never names.
		String.raw`|(?:^|[.!?,]\s+)[Tt]he\s+(?:${ORDINARY_PERSON})\s+of\s+(?:an?|the|one)\s` +
		// "Reporting from Baku, Al Jazeera's correspondent said": an outlet's reporter, whom the story does not name.
		String.raw`|(?:^|[.!?,]\s+)(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*[’']s\s+(?:own\s+)?(?:correspondent|reporter)\b` +
		// "The youngest of them, a 23-year-old from Gyumri, …", "One of them, asked whether …, shrugged": one of a group the story does not name.
		String.raw`|(?:^|[.!?]\s+)(?:(?:The|One)\s+(?:youngest|oldest|eldest)|One)\s+of\s+(?:them|the\s+\p{Ll}+)\b` +
		// "The village head of X said", "the town's mayor": a local office the story does not name the holder of.
		String.raw`|(?:^|[.!?]\s+)[Tt]he\s+(?:village|town|community|local)\s+(?:head|chief|leader|elder|priest|mayor)\b` +
		// "At one bend in the road, a Russian officer waved …": after an opening phrase of place or time.
		String.raw`|(?:^|[.!?]\s+)(?:At|In|On|Near|Along|Outside|Inside|Behind|Beside)\s[^,.!?“”"«»]{1,50},\s+(?:an?|one)\s+(?:[\p{L}-]+\s+){0,3}?(?:${OFFICIAL_PERSON}|${ORDINARY_PERSON})\b` +
		// "At one of them a young officer, who did not give his name, said": an unnamed one who says so.
		String.raw`|\b(?:an?|one)\s+(?:[\p{L}-]+\s+){0,3}?(?:${OFFICIAL_PERSON}|${ORDINARY_PERSON}),?\s+(?:who\s+)?(?:did not|would not|declined to|asked not to|refused to)\s+(?:give|be named|be identified)` +
		// "“…,” said the Armenian owner of one shop near the base. “…,” he said": the one an earlier quote's words were given to.
		String.raw`|\b(?:said|says|told|added|explained)\s+(?:(?:an?|one)\s+(?:[\p{L}-]+\s+){0,3}?(?:${OFFICIAL_PERSON}|${ORDINARY_PERSON})\b(?!\s+\p{Lu})|the\s+(?:\p{Lu}\p{Ll}+\s+)?(?:${ORDINARY_PERSON})\s+of\s+(?:an?|one)\s)` +
		// "Asked whether they would stay, an officer shrugged. “…,” he said": an unnamed subject after an opening clause.
		// ("X, an analyst based in Baku, said": a participle describes the one named before it.)
		String.raw`|,\s+(?:an?|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:${OFFICIAL_PERSON}|${ORDINARY_PERSON})\s+(?!(?:based|stationed|born|raised|trained|posted|attached|assigned|seconded|deployed|appointed|employed|affiliated)\b)\p{Ll}+(?:ed|s)\b` +
		// "I spoke to a Russian officer in the spring. He told me, “…”": the one the writer met.
		String.raw`|\b(?:I|[Ww]e)\s+(?:spoke|talked|met|asked|interviewed|approached)\s+(?:to\s+|with\s+)?(?:an?|one)\s+(?:[\p{L}-]+\s+){0,3}?(?:${OFFICIAL_PERSON}|${ORDINARY_PERSON})\b`,
	'u'
);

/**
 * "At the monastery, the Russian lieutenant in charge of the post refuses to give his name": a definite one who says so
 * (tried only where the words say so: "the" is in every window).
 */
export const DEFINITE_UNNAMED = new RegExp(
	String.raw`\b[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?(?:${OFFICIAL_PERSON}|${ORDINARY_PERSON})\b[^.!?“”"«»]{0,40}?\s(?:refuses|declines|refused|declined|would not|does not want|did not want)\s+to\s+(?:give|be named|be identified)`,
	'u'
);
export const definiteUnnamed = (text: string) =>
	text.includes(' to give ') || text.includes(' to be ') ? DEFINITE_UNNAMED.exec(text) : null;

/**
 * A body's unnamed spokesperson: the body after "for"/"of", the body's noun before, or its name before ("An Azerbaijani
 * Foreign Ministry spokesperson", "A Kremlin spokesman"); where they spoke ("An ICRC spokesperson in Geneva") left out.
 */
const BODY_VOICE =
	/(?:^|\s)(?:[Aa]n?|[Oo]ne)\s+(?:(ministry|embassy|government|contingent)\s+|((?:\p{Lu}[\p{L}.-]*\s+){1,4})|(?:\p{Ll}+\s+)?)spokes(?:man|woman|person)(?:\s+(?:for|of)\s+(?:the\s+)?(.+?))?(?:\s+(?:in|at)\s+\p{Lu}[\p{L}-]*)?$/u;
/** A person's title in a body's place ("for Foreign Minister X", "for the enclave's leader"). */
const A_PERSON = new RegExp(`\\b(?:${PERSON_TITLE})\\b`, 'i');
/**
 * The body a spokesperson the text does not name speaks for ("a spokesperson for Azerbaijan's Defence Ministry",
 * "a ministry spokesman": "the ministry", resolved to the one named before), or null: a person's spokesperson
 * ("for Foreign Minister X") or an unnamed body's ("for the local gas company") is someone unnamed (eval/README,
 * settled in session 36).
 */
export function bodyVoice(seg: string): string | null {
	// (A hard-wrapped line may break inside the body's name: "for the Azerbaijani⏎Defense Ministry".)
	const voice = BODY_VOICE.exec(seg.includes('\n') ? seg.replace(/\s+/g, ' ') : seg);
	if (!voice) return null;
	const [, noun, named, spokenFor] = voice;
	if (spokenFor) return /\p{Lu}/u.test(spokenFor) && !A_PERSON.test(spokenFor) ? cleanName(spokenFor) : null;
	if (named) return isBodyName(named.trim()) ? cleanName(named.trim()) : null;
	return noun ? `the ${noun}` : null;
}

/** "A spokesperson for the ICRC said", "A ministry spokesperson said", "An X Ministry spokesperson said": such a sentence before a quote. */
const BODY_VOICE_SAID =
	/(?:^|\s)(?:[Aa]n?|[Oo]ne)\s+(?:\p{Ll}+\s+|(?:\p{Lu}[\p{L}.-]*\s+){1,4})?spokes(?:man|woman|person)(?:\s+(?:for|of)\s+[^.;:,“”"«»]{2,80}?)?(?:\s+(?:in|at)\s+\p{Lu}[\p{L}-]*)?(?:,\s+who\s+[^,.;“”"«»]{3,60},)?(?=\s+(?:said|says|told|added|stated|noted|confirmed|urged|called|warned|stressed|insisted|reiterated|welcomed|condemned)\b)/gu;
/**
 * The body an unnamed spokesperson spoke for before `lead` ("A spokesperson for the ICRC said …"), which
 * "the spokesperson" after the next quote stands for; or null.
 */
export function bodyVoiceBefore(lead: string): string | null {
	let last: string | null = null;
	for (const m of lead.matchAll(BODY_VOICE_SAID))
		last = bodyVoice(m[0].trim().replace(WHO_CLAUSE, '')) ?? last;
	return last;
}

/** ", who asked not to be named,": what a spokesperson's description may end with, no part of the body's name. */
const WHO_CLAUSE = /,\s+who\s[^,]*,$/;
/**
 * The body the spokesperson a paragraph opens with speaks for ("A spokesman for the contingent, who asked not to be
 * named, told …"), whom "he said" opening the next paragraph stands for; or null.
 */
export function bodyVoiceOpening(paragraph: string): string | null {
	BODY_VOICE_SAID.lastIndex = 0;
	const m = BODY_VOICE_SAID.exec(paragraph);
	return m?.index === 0 ? bodyVoice(m[0].trim().replace(WHO_CLAUSE, '')) : null;
}

/** A body alone the subject of the paragraph before, one sentence: "The State Department urged both sides to pull back." */
const LEAD_IN_BODY =
	/(?:^|\n)The ((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)\s+\p{Ll}+(?:ed|s)\b[^.!?\n“”"]*[.!?]\s*$/u;
/** The same, the sentence before the quote's opening mark in its own paragraph. */
const SENTENCE_BODY =
	/(?:^|[.!?:]\s+)The ((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)\s+\p{Ll}+(?:ed|s)\b[^.!?\n“”"]*[.!?]\s*$/u;
/**
 * The body "a spokesperson" with no body named speaks for: the one the paragraph before, a single sentence, has act
 * ("The State Department urged both sides to pull back." then "“…,” a spokesperson said"); or null.
 */
export function leadInBody(prose: string, pos: number): string | null {
	const para = prose.lastIndexOf('\n', pos);
	// ("April 17: The Kremlin confirms the withdrawal. “…,” a spokesman says": the sentence before the quote, in its paragraph.)
	const own = SENTENCE_BODY.exec(prose.slice(para + 1, pos))?.[1];
	if (own && ORG.test(own)) return own;
	if (para < 0) return null;
	const body = LEAD_IN_BODY.exec(prose.slice(Math.max(0, para - 300), para))?.[1];
	// (A body's name has a body's word: ORG, "State Department", "Kremlin".)
	return body && ORG.test(body) ? body : null;
}

/** "An Azerbaijani Foreign Ministry spokesperson said", "A Kremlin spokesman said", "An EU spokesperson said": `raw` is a body that speaks through one of its own (eval/README). */
export function spokenThrough(raw: string, head: string): boolean {
	const at = head.lastIndexOf(raw);
	return at >= 0 && isBodyName(raw) && /^\s+spokes(?:man|woman|person)\b/.test(head.slice(at + raw.length));
}
