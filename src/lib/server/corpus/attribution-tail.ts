/**
 * The shapes of the words after a quote ("…,” Galuzin told RBC", "…,” said the ministry", "…,” said her brother"): where
 * the speaker stands before or after the verb. Split from attribution.ts, which reads the subject they give.
 */
import { NAME } from './subject-at-end';
import { ADVERB, VERB } from './attribution-verbs';
import { ORDINARY_PERSON } from './person-nouns';

/** "…,” Galuzin told RBC", "…,” he said", "…,” Vardanyan went on", "…,” he had written": the words before the first speech verb after a quote. */
export const TAIL_SUBJECT_FIRST = new RegExp(
	`^[\\s,]*(.{1,180}?)\\s+(?:(?:${ADVERB})\\s+)?(?:${VERB}|reports|went on|goes on|had written|has written)(?![\\p{L}])`,
	'u'
);
/**
 * "…,” said Galuzin", "…,” said the ministry" (a descriptor resolved later), "…,” said one farmer" (nobody named),
 * "…,” said Goris resident Anna Petrosyan" (the town and the noun before the name are where and what she is).
 */
// A machine translation's ", - said X" puts a dash before the verb ("– reports APA", "– informs the bulletin", the news agency's present); "said a Red Cross worker" is someone unnamed.
// ("…,” thanked Turkish and Russian officers": a verb with an object never has its subject after it.)
const OBJECT_FIRST =
	'(?!(?:thanked|praised|hailed|condemned|critici[sz]ed|accused|accuses|denied|denies|rejected|dismissed|disputed|refuted|urged|commended|expressed|ordered|demanded|described|characteri[sz]ed|evaluated|assessed|labell?ed|termed|informed|assured|called|calls|calling|lambasted|lambastes|slammed|slams|blasted|decried|decries|denounced|denounces|deplored|deplores)\\s)';
/** "…,” read an official statement on the meeting": "read" when a document follows it. */
const READ_DOCUMENT = String.raw`reads?(?=\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|message|communiqu\p{L}*|release|post|notice|letter|bulletin)\b)`;
export const TAIL_VERB_FIRST = new RegExp(
	`^[\\s,]*(?:[-–—]\\s+)?${OBJECT_FIRST}(?:${VERB}|reports|informs|${READ_DOCUMENT})\\s+(?:(?:me|us)\\s+)?(?:\\d{1,3}[- ]years?[- ]old\\s+)?(?:(?:\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)?\\s+)?(?:${ORDINARY_PERSON})\\s+(?=\\p{Lu}))?((?:the\\s+)?${NAME}|(?:the|a|an|one)\\s+\\p{Ll}[\\p{L}-]*(?:\\s+(?!(?:of|in|from)\\s+\\p{Lu}|(?:on|at|about|after|before|during|with|to|for)\\s)\\p{Ll}[\\p{L}-]*){0,2}(?:\\s+(?:FM|PM|MP)\\b)?|one(?=,\\s)|(?:a|an|one)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}\\p{Ll}[\\p{L}-]*)`,
	'u'
);
/** "…,” said her brother": kin named by whose they are, after the verb (the group is the phrase, for ownedKin). */
export const TAIL_VERB_KIN = new RegExp(
	`^[\\s,]*(?:${VERB})\\s+((?:his|her|their|my|our)\\s+\\p{Ll}+)(?=[\\s.,;!?]|$)`,
	'u'
);
