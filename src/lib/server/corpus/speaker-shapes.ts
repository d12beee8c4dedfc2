/**
 * Shapes of the words around a quote that speakers.ts asks about: a full name, an interview's
 * headline, documents that name (or do not name) who issued them, a nationality before a body's
 * noun, a month, and the person a description names another inside. Split from speakers.ts.
 */
import type { Paragraph } from './extract';
import type { Named } from './speaker-names';
import { MONTH, WEEKDAY } from './words';

/** A given name and a surname, as people are named (not "EVN Report", an outlet speaking with them). */
export const FULL_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2}$/u;
/** A headline (no full stop ends it) that says the article is an interview (": An Interview with", " – interview with analyst X"). */
export function interviewHeadline(prose: string, p: Paragraph, from: number): boolean {
	const rest = prose.slice(from, p.end);
	return (
		/^\s*[:–—-]/.test(rest) &&
		/\b(?:interview|conversation|Q&A|talks? (?:to|with)|speaks? (?:to|with))\b/i.test(rest) &&
		!/[.!?]\s*$/.test(rest)
	);
}

/** "The trilateral statement", "the November 10 statement": a document no one body issued. */
export const SHARED_DOCUMENT =
	/(?:\b(?:trilateral|tripartite|joint|bilateral)\s+|\b\p{Lu}\p{Ll}+\s+\d{1,2}\s+|\b\d{1,2}\s+\p{Lu}\p{Ll}+\s+)(?:statement|declaration|agreement|communiqu[eé])$/u;
/** "a government statement", "a ministry communiqué": a document that names the body issuing it. */
export const ISSUED_BY_BODY =
	/^(?:an?\s+)?(government|ministry|presidency)\s+(?:statement|communiqu[eé]|press release|readout)$/i;
/** "A Kremlin readout said", "the Foreign Ministry statement", "the Harbour Ministry’s daily bulletin": a named body’s document, whose words are the body’s. */
export const BODY_DOCUMENT =
	/^(\p{Lu}[\p{L}’'-]*?(?:\s+\p{Lu}[\p{L}’'-]*?){0,3})(?:[’']s)?\s+(?:(?:daily|weekly|latest|regular|official|written)\s+)?(?:statement|communiqu[eé]|press release|readout|bulletin)$/u;
/** A document a group the text does not name issued: "the separatists' statement", "the protesters' communiqué". */
// ("A joint statement by more than 60 NGOs said …. “…,” the statement read": many bodies' words, no one body's.)
export const GROUP_DOCUMENT =
	/\b\p{Ll}+s[’']\s+(?:statement|communiqu|bulletin)|\b(?:statement|communiqu\S*)\s+(?:signed\s+)?by\s+(?:more\s+than\s+|over\s+|some\s+|nearly\s+)?\d+\s/u;
/**
 * "the bulletins of the Russian Defence Ministry", "the written statement of the MSB", "the bulletin
 * of 26 March", "the statement of November 2020": a document and whose (or when) it is. The owner speaks; a date names none (a
 * bulletin of a date is its issuer's; a statement known by its date is the parties', no one's).
 */
export const DOCUMENT_OF = new RegExp(
	`^(?:the\\s+)?(?:(?:written|official|daily|latest|regular|joint|press)\\s+)?(statement|bulletin|communiqu[eé]|press release|readout|report|message|briefing)s?\\s+(?:of|from|by)\\s+(?:the\\s+)?(?:(\\d{1,2}\\s+(?:${MONTH})|(?:${MONTH})\\s+\\d{1,2}|(?:${MONTH})(?=,?\\s+\\d{4}))(?:,?\\s+\\d{4})?|(\\p{Lu}.*))$`,
	'u'
);
/** A month or a weekday alone. */
export const CALENDAR = new RegExp(`^(?:${MONTH}|${WEEKDAY})$`);

/** The words before a place that say it is where: "in", "at", "near" ("a statement from Moscow" is Moscow's). */
export const LOCATIVE_END = /\b(?:in|at|near|outside)\s+(?:the\s+)?$/;

/** Words that open a clause of their own before a subject's title ("… came as Turkish President X told"). */
const CLAUSE_OPENERS = 'that|said|says|told|while|as|when|after|before';
/** The last of them, before a name's title in the words the article gives it ("and" is in titles: "Minister of Ecology and …"). */
export const ROLE_CLAUSE = new RegExp(`.*\\b(?:${CLAUSE_OPENERS})\\s`, 's');
/** The same, "and" too, before a verb's subject. */
export const CLAUSE_WORD = new RegExp(`.*\\b(?:and|${CLAUSE_OPENERS})\\s`, 's');

/** From a name to a later one inside its description, still open: ", a foreign-policy adviser to President ". */
const APPOSITIVE_OPEN = /^,\s+(?:a|an|the|who|whose|one\s+of)\s[^,.;:!?()“”"«»]{0,80}$/u;
/**
 * "Hikmet Hajiyev, a foreign-policy adviser to President Ilham Aliyev, is blunt. “…,” he says": a
 * person named only inside another's description is not who the sentence is about; the one it
 * describes is.
 */
export function hostOf(prose: string, c: Named, list: Named[], fits: (c: Named) => boolean): string | null {
	for (const h of list) {
		if (h.pos >= c.pos || h.org || h.pos + h.name.length >= c.pos) continue;
		if (APPOSITIVE_OPEN.test(prose.slice(h.pos + h.name.length, c.pos)) && fits(h)) return h.name;
	}
	return null;
}
/** "That is: “…”", "In English: “…”": the words before a quote that translates the one before it. */
export const TRANSLATION =
	/^\s*(?:That is|I\.e\.|In translation|Translation|Translated|In English|Which (?:means|translates as)|Meaning)\s*[:,]?\s*$/i;
/** "…,” the post continued": the words after a quote that say it goes on with the document quoted before. */
export const CONTINUED =
	/^[\s,.]*(?:the|his|her|its|their)\s+(?:post|statement|message|letter|tweet|appeal|address|speech|note|text)\s+(?:continued|continues|went on|goes on|concluded|concludes)\b/;
