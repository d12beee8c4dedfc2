/**
 * A source who is named only by the name they gave: "the woman, who gave only her first name,
 * Gayane", "the driver, who gave his name only as Arthur". Such a speaker is a person after all,
 * and the pronoun after them is theirs.
 */
import { cleanName } from './speaker-names';
import { ORDINARY_PERSON, PERSON_TITLE } from './person-nouns';

/** How a source names itself: "gave (only her first) name", "introduced himself", "identified herself". */
export const SELF_NAMED = String.raw`gave|gives|giving|would\s+(?:only\s+)?give|identified\s+(?:him|her)self|introduced\s+(?:him|her)self`;
/**
 * "the woman, who gave only her first name, Gayane", "the driver, who gave his name only as Arthur", "one woman, a
 * teacher who gave her name as Anna X",
 * "the man, whose passport reads Vladimir X", "a nurse, who asked to be identified only as Lusine":
 * an unnamed speaker named after all, by the clause that follows the description.
 */
const GAVE_NAME = new RegExp(
	String.raw`^(?:[Tt]he|[Aa]n?|[Oo]ne)\s+[^.;"“”«»]{1,50}?,?\s+(?:who\s+(?:${SELF_NAMED}|asked\s+to\s+be\s+(?:identified|named|called))\b[^.;"“”«»]{0,40}?\b(?:as|name,?|names?,|reads|read|says|said)|whose\s+(?:passport|badge|name\s+tag)\s+(?:reads|read|says|said)|named|called|known\s+(?:only\s+)?as)\s+(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?)`,
	'u'
);
/** "who gave her name only as Anahit", "who introduced himself only as Sergeant Denis", "a woman named Anahit": the one name a source gives. */
const GAVE_AS = new RegExp(
	String.raw`\b(?:${SELF_NAMED}|identified)\b(?:[^.;"“”«»]{0,40}?\bname)?\s+(?:only\s+)?as\b`,
	'g'
);
/** "Her name is Anahit", "a man named Vahagn X", "a young soldier named Kirill": a source named by the story's own words for it. */
const NAME_IS = new RegExp(
	String.raw`\b(?:(?:[Hh]er|[Hh]is)\s+name\s+(?:is|was)|(?:${ORDINARY_PERSON}|${PERSON_TITLE})\s+named)(?=\s+\p{Lu})`,
	'gu'
);
/**
 * The last name a source gave as its only one in `text` ("Sergeant Denis" → "Denis"), with where it ends and the
 * pronoun the words gave the source ("gave his name": "he"); or null.
 */
export function lastNameGivenAs(text: string): { name: string; end: number; pron: string | null } | null {
	let found: { name: string; end: number; pron: string | null } | null = null;
	const named = text.includes(' name') ? [...text.matchAll(NAME_IS)] : [];
	if (!text.includes(' as ') && named.length === 0) return null;
	for (const m of [...text.matchAll(GAVE_AS), ...named].sort((a, b) => a.index - b.index)) {
		const after = /^\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)/u.exec(text.slice(m.index + m[0].length));
		const pron = /\b(?:his|himself)\b/i.test(m[0]) ? 'he' : /\b(?:her|herself)\b/i.test(m[0]) ? 'she' : null;
		if (after) found = { name: cleanName(after[1]!), end: m.index + m[0].length + after[0].length, pron };
	}
	return found;
}
/** The name an unnamed speaker's description gives after all ("the woman, who gave only her first name, Gayane"), or null. */
export const givenNameOf = (description: string): string | null => GAVE_NAME.exec(description)?.[1] ?? null;
/**
 * The name a speech verb's subject gives its one described ("A resident who gave her name as Narine
 * wrote", "the military blogger known as Rybar wrote"), or null; a subject without its article is read with one.
 */
export function selfNamedSubject(subject: string): string | null {
	if (!/\s(?:who|known|named|called)\s/.test(subject)) return null;
	return givenNameOf(/^(?:the|a|an|one)\s/i.test(subject) ? subject : `the ${subject}`);
}
