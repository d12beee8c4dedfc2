/**
 * The subject that ends the words before a verb ("… Aliyev said", "Another expert, Elkhan
 * Shahinoglu, recalled"): the scan speaker-subjects.ts runs at every verb, kept cheap by a necessary
 * condition tried first. Split from attribution.ts, which reads the same names after a quote.
 */
import { firstMatchAtCapital } from './scan';
import { ADVERB, ADVERB_WORDS, LY_WORD } from './attribution-verbs';
import { DETERMINER, STATE_QUALIFIER } from './speaker-names';
import { isSpace, lastWord } from './text-ends';
import { PARTICLES } from './words';

/** A capitalised word, an initialism (U.S.) or Mr./Dr.; a full stop after a word ends the name. */
// ("added A. Hakobyan": an initial before a surname is part of the name.)
const TOKEN =
	"(?:(?:Mr|Mrs|Ms|Dr|St)\\.|\\p{Lu}(?:\\.\\p{Lu})+\\.|\\p{Lu}\\.(?=\\s+\\p{Lu}\\p{Ll})|[\\p{Lu}][\\p{L}’'-]*)";
export const NAME = `${TOKEN}(?:\\s+(?:(?:of|${PARTICLES})\\s+)?${TOKEN})*`;

/** An unnamed person and where they are from, before the town's name: "An elderly man from ". */
export const FROM_TOWN =
	/(?:^|[\s,.])((?:[Aa]n?|[Oo]ne)\s+[\p{Ll}\s-]{2,40}?\s(?:from|in|near|outside|(?<=(?:resident|native|villager|inhabitant)\s)of))\s+$/u;
/**
 * The subject right before a verb: a name, maybe an appositive (", a former US ambassador,") and an
 * adverb. Sticky: it is tried only where a capital starts (firstMatchAtCapital).
 */
const SUBJECT_AT_END = new RegExp(
	`(?<![\\p{L}’'])(${NAME})(?:,\\s([^,]{1,80}),)?\\s+(?:(?:${ADVERB})\\s+)?$`,
	'uy'
);
/** An appositive that says the name before it is a place: "its southern town", "a village near the border". */
const PLACE_APPOSITIVE =
	/^(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:town|village|city|capital|region|district|province|port|settlement)\b/u;
/** The last sentence end inside an appositive: a full stop, a question or an exclamation mark, then a space. */
const SENTENCE_END_IN = /[.!?]\s+(?!.*[.!?]\s)/su;
/** An appositive that is itself a person's name: "the ambassador to Portia, Aram Vardanyan, revealed". */
const APPOSED_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}$/u;
/** An adverb right before the end, after whitespace: what SUBJECT_AT_END allows after the name. */
const ADVERB_AT_END = new RegExp(`\\s(?:${ADVERB})\\s+$`, 'u');
/** Last words of the lowercase ADVERB forms (the others end in a capitalised day name). */
export const ADVERB_LAST = new Set(
	ADVERB_WORDS.split('|').map((a) => a.split(' ').pop()!.replace(/\W+$/, ''))
);
ADVERB_LAST.add('morning').add('evening');
const isAdverb = (w: string) => ADVERB_LAST.has(w) || LY_WORD.test(w);
const mayEndName = (w: string) => /\p{Lu}/u.test(w) || w.endsWith(',');
/**
 * A cheap necessary condition for SUBJECT_AT_END (tried at every capital of up to 160 characters,
 * still one of the join's most expensive patterns): the text ends in whitespace, and the word
 * before it, or before a trailing adverb, holds a capital (the name's last token) or ends with a
 * comma (an appositive). Most verbs follow a lowercase word and are ruled out here.
 */
export function mayEndWithSubject(before: string): boolean {
	if (before === '' || !isSpace(before.charCodeAt(before.length - 1))) return false;
	const w = lastWord(before);
	if (mayEndName(w)) return true;
	if (!isAdverb(w)) return false;
	const adverb = ADVERB_AT_END.exec(before);
	return !!adverb && mayEndName(lastWord(before, adverb.index + 1));
}
/** "As for Pashinyan, he …": the name a later pronoun stands for. */
export const AS_FOR = new RegExp(`As for\\s+(${NAME}),\\s+(?:he|she)\\s`, 'gu');

/** The end of "… of the (self-proclaimed) ": where a body's name runs on into its state's. */
const OF_STATE = new RegExp(String.raw`\bof\s+(?:the\s+)?(?:${STATE_QUALIFIER})?$`, 'u');
/** A body whose own name runs on with "of": "the Presidential Administration of …", "Ministry of Defense of …". */
const BODY_OF = new RegExp(
	String.raw`(?:\p{Lu}[\p{L}’'-]*\s+)*(?:Ministry|Administration|Office|Service|Department|Committee|Council|Agency|Command|Embassy|Government)\s+(?:of\s+)?(?:\p{Lu}[\p{L}-]*\s+)*${OF_STATE.source}`,
	'u'
);

/** A group named by where it lives: "residents of", "families of neighbouring", "the people of". */
// ("residents of Lachin, Zabukh and Sus had left": the last of a list of places.)
const GROUP_OF =
	/\b(?:\p{L}\p{Ll}*s|[Pp]eople)\s+of\s+(?:\p{Ll}+\s+)?(?:\p{Lu}[\p{L}’'-]*(?:,\s+\p{Lu}[\p{L}’'-]*)*,?\s+(?:and|or)\s+)?$/u;

/** A descriptor, then a name between commas, ending the text: "Another expert, Elkhan Shahinoglu, ". */
const DESCRIBED_NAME = new RegExp(
	`(?:^|[\\s(])(?:[Aa]nother|[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\\s+(?:[\\p{Ll}-]+\\s+){0,4}(?:[\\p{Ll}-]+|(?<=\\b(?:of|from|in)\\s)\\p{Lu}[\\p{L}’'-]+),\\s+(?:\\d{1,3}-year-old\\s+)?(${NAME}),\\s+$`,
	'u'
);
/** The subject that ends `before` (the words before a verb), with its offset in `before`, or null. */
export function subjectAtEnd(before: string): { name: string; at: number } | null {
	// "Another expert, Elkhan Shahinoglu, recalled": the name in apposition to a descriptor speaks.
	const described = before.endsWith(', ') ? DESCRIBED_NAME.exec(before) : null;
	if (described) return { name: described[1]!, at: before.lastIndexOf(described[1]!) };
	let m = mayEndWithSubject(before) ? firstMatchAtCapital(SUBJECT_AT_END, before) : null;
	if (!m) return null;
	// The appositive never runs over a sentence's end ("in the village of Sus, most left. The village …, says
	// X": X speaks): look again after it. (Checked after the match: a lookahead per character in the pattern,
	// tried at every capital, cost the join a tenth.)
	const end = m[2] ? SENTENCE_END_IN.exec(m[2]) : null;
	if (end) {
		const cut = m.index + m[0].indexOf(m[2]!, m[1]!.length) + end.index + end[0].length;
		const again = firstMatchAtCapital(SUBJECT_AT_END, before.slice(cut));
		if (!again) return null;
		again.index += cut;
		m = again;
	}
	// "any route through Meghri, its southern town on the Iranian border, said X": a place set off by commas speaks not.
	if (m[2] && PLACE_APPOSITIVE.test(m[2])) return null;
	// "X, Assistant Secretary-General for Europe, Central Asia and the Americas, said": a title's domain, not who.
	if (/\bfor\s+$/.test(before.slice(Math.max(0, m.index - 5), m.index))) return null;
	// "An elderly man from Martuni, who …, said": the town is where an unnamed speaker is from, not who.
	if (FROM_TOWN.test(before.slice(Math.max(0, m.index - 60), m.index))) return null;
	// "The ambassador to Portia, Aram Vardanyan, revealed": the name in apposition speaks, not the place before it.
	if (m[2] && APPOSED_NAME.test(m[2]) && !DETERMINER.test(m[2].split(' ')[0]!))
		return { name: m[2], at: m.index + m[0].indexOf(m[2], m[1]!.length) };
	// "Residents of neighbouring Khramort say": the people of a place speak, not the place (one word after "of").
	if (!m[1]!.includes(' ') && GROUP_OF.test(before.slice(Math.max(0, m.index - 60), m.index))) return null;
	// "The Defense Ministry in Baku issued": the body and its seat (the speaker is the body: speakers.ts drops the seat).
	const seated = before.endsWith(' in ', m.index)
		? SEATED_BODY.exec(before.slice(Math.max(0, m.index - 60), m.index))
		: null;
	if (seated && !m[1]!.includes(' ')) return { name: seated[1]! + m[1]!, at: m.index - seated[1]!.length };
	// "the Presidential Administration of the Republic of Azerbaijan said": the body speaks, not the republic its name ends with.
	const body = bodyOpening(before, m.index);
	return body ? { name: body + m[1]!, at: m.index - body.length } : { name: m[1]!, at: m.index };
}

/** A body's name and "in" before its seat: "the Defense Ministry in " before "Baku". */
const SEATED_BODY =
	/(?<![\p{L}’'-])((?:\p{Lu}[\p{L}-]*\s+){1,3}(?:Ministry|Embassy|Office|Service|Committee|Command|Headquarters|Presidency|Government|Delegation)\s+in\s+)$/u;

/**
 * The words of a body's name that run on into the name at `at` with "of": "the Presidential Administration of the "
 * before "Republic of Azerbaijan", "The International Committee of the " before "Red Cross"; or null.
 */
export function bodyOpening(before: string, at: number): string | null {
	if (!OF_STATE.test(before.slice(Math.max(0, at - 40), at))) return null;
	return BODY_OF.exec(before.slice(Math.max(0, at - 80), at))?.[0] ?? null;
}
