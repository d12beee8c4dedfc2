/**
 * After the verb of a quote's attribution, a role or a title, then the name ("…,” said military expert X",
 * "said the adviser to the president, X", "said Major General of the Armed Forces of the Russian Federation X",
 * "said the press secretary of the President of Russia X"). Split from quote-speaker.ts, which reads them.
 */
import { sexOfGivenName } from './given-names';
import { DOCUMENT, ISSUER_NAME } from './speaker-issuer';
import { TITLE_WORD } from './subject-apposed';
import { RANK_PREFIX } from './person-nouns';
import { BODY_DOCUMENT, TITLE_ABBREVIATIONS } from './words';

/** "…,” said military expert Andrei Sokolov": a lowercase role, then a name of two or three words. */
export const VERB_ROLE_NAME = new RegExp(
	String.raw`^[\s,]*(?:said|says|told|added|stated|noted|wrote|explained|warned)\s+(?:(?!(?:in|on|at|to|from|by|with|after|before|that|of|for|during|when|while|as|and|but|the|a|an|this|last)\s)(?:\p{Ll}[\p{L}-]*|\d+-year-old)\s+){1,3}${RANK_PREFIX}(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})`,
	'u'
);

/**
 * "…,” said the adviser to the president, Hikmet Hajiyev", "said one of the activists, Name", "said ICRC’s regional director, Name",
 * "said Deputy Minister of Foreign Affairs of Russia, Mikhail Galuzin": a lowercase description (after an article or a body's
 * possessive) or a capitalised title, a comma, then a name of two or three words.
 */
const VERB_DESCRIBED_NAME = new RegExp(
	String.raw`^[\s,]*(?:said|says|told|added|stated|noted|wrote|explained|warned|declared|stressed)\s+(?:(?:(?:the|an?|another|their|its|his|her|one\s+of\s+(?:the|its|their))\s+(?:(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*[’']s\s+)?|(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*[’']s\s+)\p{Ll}[^,.;“”"«»]{2,80}?|(?:the\s+)?${TITLE_WORD}\b[^,.;“”"«»]{0,120}?),\s+${RANK_PREFIX}(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})(?=\s*(?:[.,;]|$))`,
	'u'
);
/** "…,” said one of them, former Kelvarn premier Artak X.": the one of them, named after a role of up to four words. */
const ONE_OF_THEM_NAMED =
	/^[\s,]*(?:said|says|told|added|explained|wrote)\s+one\s+of\s+(?:them|the\s+\p{Ll}+),\s+(?:[\p{L}-]+\s+){0,4}?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})(?=\s*(?:[.,;]|$))/u;
/** The name a description after the verb gives (VERB_DESCRIBED_NAME, ONE_OF_THEM_NAMED), or null. */
export const describedName = (tail: string): string | null =>
	(VERB_DESCRIBED_NAME.exec(tail) ?? ONE_OF_THEM_NAMED.exec(tail))?.[1] ?? null;
/** "said the press secretary of the President of Russia Dmitry Peskov.": a role with its "of" phrase, then a name of two words before the clause ends. */
export const VERB_ROLE_OF_NAME =
	/^[\s,]*(?:[-–—]\s+)?(?:said|says|told|added|stated|noted)\s+the\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?\s+(?:of|to|for)\s+[^,.;:“”"«»]{0,80}?\s(\p{Lu}\p{Ll}[\p{L}’'-]*\s+\p{Lu}\p{Ll}[\p{L}’'-]*)(?=\s*(?:[.,;]|$|\s+(?:in|at|on|during|to|while|who|when)\b))/u;
/** The last word of an institution's name, never a person's surname. */
export const INSTITUTION_END =
	/(?:Ministry|Service|Committee|Council|Office|Agency|Department|Government|Republic|Federation|Union|Center|Centre|Church|Party|Assembly|Army|Forces|Command|Administration|Presidency|Parliament|Region|District|Province)$/;
/** A title alone after the verb, and the "of" phrase that runs on to the name ("of the Lindish Labour Party Aram X"). */
export const LONE_TITLE = new RegExp(
	String.raw`^${RANK_PREFIX}(?:Chairman|Chairwoman|Chair|Head|Chief|Director|Secretary|Minister|President|Leader|Spokes(?:man|woman|person)|Commander|Ambassador|Representative|Governor|Mayor|Assistant|Adviser|Advisor|General|Colonel|Admiral)$`
);
/** The title's own "of", "for" or "to" phrase, up to the name that ends it ("Assistant to the President … Hikmet Hajiyev"). */
export const TITLE_OF = /^\s+(?:of|for|to)\s+[^.,;:“”"«»]{2,160}/u;

/** "Prof.", "Assoc. Prof. Dr.", "Lt. Gen.": abbreviated titles before the name, no part of it; their points end nothing. */
export const ABBREVIATED_TITLE = new RegExp(
	String.raw`\b(?:${TITLE_ABBREVIATIONS}|Assoc|Asst|Doç|Yrd)\.\s*(?=\p{Lu})`,
	'gu'
);

/** The name after "said his nephew": a given name alone, or with the surname. */
const KIN_NAMED = /^,?\s+(\p{Lu}\p{Ll}+)(\s+\p{Lu}\p{Ll}[\p{L}’'-]+)?(?=[\s,.;!?]|$)/u;
/** After "said Kremlin": a lowercase role, then the name ("… spokesman Dmitry Peskov", "… spokeswoman, Maria Zakharova"). */
export const ROLE_THEN_NAME =
	/^((?:\s+\p{Ll}[\p{L}-]*){1,3}),?\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})/u;

/** "the Ministry of …", "State Committee of …": an institution named with an "of" phrase. */
export const INSTITUTION_OF =
	/^(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Ministry|Committee|Department|Agency|Office|Service|Council|Directorate)\s+of\s/u;
/** The rest of that phrase after "and": capitalised words ("and Civil Defence"). */
export const AND_MORE = /^\s+and\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}/u;

/** The name a person described is given right after the description (", Anush", " Hrach Avetisyan"), or null. */
export function nameGiven(rest: string): string | null {
	const m = KIN_NAMED.exec(rest);
	return m && (m[2] || sexOfGivenName(m[1]!)) ? m[1]! + (m[2] ?? '') : null;
}

/** "…,” the bulletin of the Ministry of Defense of the Russian Federation informs", "said the statement of the X": a body's document, after the quote. */
const DOCUMENT_VERB = 'said|says|reads|read|informs|reports|stated|states|noted|notes';
const DOCUMENT_OF_BODY = new RegExp(
	String.raw`^[\s,]*(?:[-–—]\s+)?(?:(?:${DOCUMENT_VERB})\s+)?the\s+((?:${DOCUMENT})\s+of\s+(?:the\s+)?${ISSUER_NAME})\s*(?:(?:${DOCUMENT_VERB})\b|[.,;]|$)`,
	'u'
);
/** "…,” an Azerbaijani defence ministry statement said": the body's name as the document's modifier (a name: "a government statement" is the issuer rules'). */
const BODY_DOCUMENT_SAID = new RegExp(
	String.raw`^[\s,]*(?:an?|the)\s+(\p{Lu}[\p{L}-]*\s+(?:[\p{L}-]+\s+){0,2}?(?:ministry|Ministry|government|Government|office|Office|service|Service|command|Command|presidency|Presidency|MoD|MFA)|Kremlin|Pentagon)\s+(?:${BODY_DOCUMENT})\s+(?:said|says|read|reads|stated|states|added|noted)\b`,
	'u'
);
/** A body's document anywhere in a tail: the cheap test before BODY_DOCUMENT_SAID. */
const NAMES_DOCUMENT = new RegExp(String.raw`\s(?:${BODY_DOCUMENT})`);
/**
 * The document and its body ("bulletin of the Russian Defence Ministry") a quote's tail names, for speakers.ts to read as its
 * issuer's; the body itself where it names the document ("a defence ministry statement said"); or null.
 */
export const documentOfBody = (tail: string): string | null =>
	(tail.includes(' of ') ? DOCUMENT_OF_BODY.exec(tail)?.[1] : null) ??
	(NAMES_DOCUMENT.test(tail) ? (BODY_DOCUMENT_SAID.exec(tail)?.[1] ?? null) : null);

/**
 * "…,” it was reported.", "it was noted in the statement": a translation's impersonal passive, the voice of the body
 * named before ("it"). ("it is noted on the channels under the video" is no one's: the present, and where.)
 */
export const IMPERSONAL_SAID =
	/^[\s,]*it\s+(?:was|has\s+been)\s+(?:reported|noted|stated|said|stressed|emphasi[sz]ed|added|underlined|announced)(?:\s*[.,;]|\s+in\s+(?:the|its|a)\s+(?:statement|bulletin|report|message|release)\b)/;
