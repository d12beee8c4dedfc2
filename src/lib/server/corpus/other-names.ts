/**
 * A place's other name, as a people or a language gives it: "Farukh, known to Armenians as Parukh", "Khtsaberd
 * [Çaylaqqala in Azerbaijani]", "Chankatagh – Janyatag to the Azerbaijanis". Split from judge-cues.ts.
 */
/** The region's languages, and its peoples by whom a place is "known to … as". */
const LANGUAGES = 'Azerbaijani|Armenian|Russian|Turkish|Georgian|Persian';
const PEOPLES = 'Azerbaijanis|Azeris|Armenians|Russians|Turks|Georgians|Persians|Iranians';
/** "in Azerbaijani]", "in Armenian)": the language a bracket gives another name in, and the bracket's close. */
const IN_LANGUAGE = String.raw`\s+in\s+(?:${LANGUAGES})[\])]`;
/**
 * "Farukh, known to Armenians as Parukh", "X, known in Armenian as Y": a name a people or a language gives
 * another way is a place's (a person is known by a nickname, not to a nation).
 */
// (Or "Dzhanyatag, as the village was written in our bulletins", "Farukh – the name Azerbaijanis use for the village –".)
export const KNOWN_TO_PEOPLE_AFTER = new RegExp(
	String.raw`^,?\s+(?:also\s+)?known\s+(?:(?:to|by|among)\s+(?:the\s+)?(?:${PEOPLES})|in\s+(?:${LANGUAGES}))\s+as\s+\p{Lu}|^,\s+as\s+the\s+(?:village|town|city|settlement)\s+(?:was|is)\s+(?:written|spelt|spelled|called|known)\b|^\s*[,–—(-]\s*(?:the|an?)\s+(?:(?:${LANGUAGES}|old|other|official)\s+)?name\s+(?:(?:the\s+)?(?:${PEOPLES}|locals|residents)\s+)?(?:use|used|give|gave)\s+(?:for|to)\s+(?:the|this)\s+(?:village|town|city|settlement|place)\b`,
	'u'
);
/** "known as", "known to the Armenians as", "referred to locally as" before a name. */
export const KNOWN_AS =
	/\b(?:known|referred\s+to)\s+(?:(?:to|by|among)\s+(?:the\s+)?(?:local\s+)?\p{Lu}\p{L}+\s+|in\s+\p{Lu}\p{L}+\s+(?:(?:sources|usage|documents|media|maps)\s+)?|locally\s+)?as\s+$/u;
/** "Black Lake, known as Sev Lich in Armenian": the name a language gives, said after it. */
const IN_LANGUAGE_AFTER = new RegExp(String.raw`^\s+in\s+(?:${LANGUAGES})\b`, 'u');
/** "It uses the name Farrukh for the village": the name a side gives a place, before the place's noun. */
const USES_NAME =
	/\b(?:use|uses|used|using|give|gives|gave|giving|prefer|prefers|preferred)\s+the\s+(?:\p{Lu}\p{L}+\s+)?name\s+$/u;
const FOR_THE_PLACE =
	/^\s+for\s+(?:the|this|that|its|their)\s+(?:village|town|city|settlement|hamlet|place|river|mountain|lake)\b/;
export const otherNameSaid = (before: string, after: string): boolean =>
	(IN_LANGUAGE_AFTER.test(after) && KNOWN_AS.test(before)) ||
	(FOR_THE_PLACE.test(after) && USES_NAME.test(before));
/** "Chankatagh – Janyatag to the Azerbaijanis": after a dash, the other side's name for the place before. */
export const TO_PEOPLE_AFTER = new RegExp(String.raw`^\s+to\s+the\s+(?:${PEOPLES})\b`, 'u');
// ("known to Azerbaijanis as Canyataq and to Armenians as Chankatagh": the second side's name too.)
export const KNOWN_TO_PEOPLE = new RegExp(
	String.raw`\bknown\s+(?:(?:to|by|among)\s+(?:the\s+)?(?:${PEOPLES})|in\s+(?:${LANGUAGES}))\s+as\s+(?:\p{Lu}[\p{L}’'-]+\s+(?:\p{Lu}[\p{L}’'-]+\s+)?(?:and|or)\s+(?:(?:to|by|among)\s+(?:the\s+)?(?:${PEOPLES})|in\s+(?:${LANGUAGES}))\s+as\s+)?$`,
	'u'
);
/** " [Çaylaqqala in Azerbaijani]", " (Shushi in Armenian)": the other name a language gives the one before it. */
export const OTHER_NAME_AFTER = new RegExp(
	String.raw`^\s[[(]\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)?${IN_LANGUAGE}`,
	'u'
);
/** "… in Azerbaijani]": the close of that bracket, after its name. */
export const IN_LANGUAGE_CLOSE = new RegExp(`^${IN_LANGUAGE}`, 'u');
