/**
 * A role as the reader sees it by a speaker's name: the words before or after the name, less what is no part of
 * the title (a verb, a date, a clause, a credit). Split from speaker-names.ts, whose roleOf reads it.
 */
import { WEEKDAY } from './words';

/** "X on Wednesday lambasted ": a day and a verb before the title. */
const ON_WEEKDAY_VERB = new RegExp(String.raw`^.*\bon\s+${WEEKDAY}\s+\p{Ll}+\s+(?=\p{Lu})`, 'u');
/** A title of capitals joined by "of", "and", "the": "Minister of Ecology and Natural Resources of Azerbaijan". */
const TITLE_CHAIN = /^\p{Lu}[\p{L}-]*(?:\s+(?:of|and|the|for|\p{Lu}[\p{L}-]*))*$/u;
/**
 * A role as the reader should see it: "Foreign Ministry spokeswoman", "retired colonel"; empty
 * when the words are not one (a verb, a date, "according to").
 */
export function tidyRole(words: string): string {
	const role = words
		.replace(/\s+/g, ' ')
		.replace(/^[\s\p{P}]+/u, '')
		.replace(/^(?:the|a|an)\s+/i, '')
		// "“…”, – said the resident of Lachin Araz Hakobyan", "according to the region's governor X": the words
		// before the role are no part of it.
		.replace(/^(?:said|says|told|added|stated|noted|according to)\s+(?:the\s+|a\s+|an\s+)?/i, '')
		// "…, including Azerbaijan's Chief of General Staff Karim Valiyev": the list's word is not the role's.
		// ("…, when Kremlin spokesman X told": nor is a clause's conjunction.)
		.replace(/^(?:including|and|as well as|with|by)\s+/i, '')
		.replace(/^(?:[Ww]hen|[Ww]hile|[Aa]s|[Aa]fter|[Bb]efore|[Ww]here|[Ii]f|[Bb]ut)\s+(?=\p{Lu})/u, '')
		// "Yesterday Deputy Mayor of Goris", "Russia on Wednesday lambasted Prime Minister", "ARMENPRESS reports Russian Defense
		// Minister", "PanARMENIAN.Net - Georgian parliament speaker", "TEHRAN -- Iranian President": a time, a clause, a credit
		// or a dateline before the title.
		.replace(/^(?:Yesterday|Today|Tonight|Earlier|Meanwhile|Later)\s+(?=\p{Lu})/u, '')
		.replace(ON_WEEKDAY_VERB, '')
		.replace(/^.*\b(?:reports|writes|quotes|cites)\s+(?=\p{Lu})/u, '')
		.replace(/^.*\s(?:--|[-–—])\s+(?=\p{L})/u, '')
		// ("X, who fled to Armenia during the war with Azerbaijan": a clause, cut before "with" could take its last name.)
		.replace(/\b(?:according to|who|which)\b.*$/i, '')
		// "had talks with Armenian Prime Minister", "Speaking at a meeting with Russian President": the title after "with" is the role.
		// "The statement came from Azerbaijani President", "a statement by Harbour Minister": likewise after "from" and "by".
		.replace(/^.*\b(?:with|from|by)\s+(?=\p{Lu})/u, '')
		// "Sergey Lavrov has denied Turkish Defense Minister": the words after a verb's auxiliary.
		.replace(/^.*\b(?:has|have|had|is|was|were|will|would)\s+\p{Ll}+\s+(?=\p{Lu})/u, '')
		// "…, an Aghavno resident told Radio X": the role ends at the speech verb.
		.replace(/\s+(?:said|says|told|tells|added|adds|stated|noted|wrote)\b.*$/, '')
		// "…, the head of the local community. Most families left": a full stop after a word (not U.S.) ends it.
		.replace(/(?<=\p{Ll}{2})[.!?](?:\s.*)?$/u, '')
		.replace(/[\s,]+$/, '')
		.trim();
	const n = role.split(' ').length;
	return n >= 1 &&
		(n <= 7 || (n <= 10 && TITLE_CHAIN.test(role))) &&
		/\p{L}/u.test(role) &&
		!/\b(?:said|says|told|on|in|at)$/.test(role)
		? role
		: '';
}
