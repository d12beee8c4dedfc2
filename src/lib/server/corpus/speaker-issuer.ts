/**
 * Who issued the document a quote is read from: "“…,” the decree reads" after "Name signed a decree",
 * "the statement said" after "the ministry released a statement". The document only carries the
 * words: its issuer speaks them (eval/README), and a document nobody is named as issuing has no speaker.
 */
import { subjectAtEnd, subjectBefore } from './attribution';
import { cleanName, DETERMINER } from './speaker-names';
import { isCountryDemonym } from './judge-cues';
import { EMBEDDED_POST_HEADER } from './furniture-chrome';
import { BODY_DOCUMENT, DOCUMENT_OF, ISSUED_BY_BODY, SHARED_DOCUMENT } from './speaker-shapes';
import { BODY_DOCUMENT as DOCUMENT_NOUNS } from './words';

/** An issuer's name: capitalised words, maybe joined by "of (the)" or "and" ("the Ministry of Ecology and Natural Resources"). */
export const ISSUER_NAME = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?\p{Lu}[\p{L}’'-]*){0,6}`;
/** Documents quoted as their issuer's words; statements and bulletins are also bodies' (speaker-descriptor.ts). */
export const DOCUMENT =
	'statement|bulletin|readout|report|communiqu[eé]|decree|order|ruling|judg(?:e)?ment|verdict|resolution|letter|note|appeal|declaration|message|clarification|announcement|release|press release|news release';
export const ISSUED_DOCUMENT = new RegExp(`^(?:${DOCUMENT})$`);
/** Those, and "the document", which stands for the last of them named (document-issuers.ts finds which). */
export const ANY_DOCUMENT = `${DOCUMENT}|document`;
/** How a text says someone issued a document: "signed a decree", "released a statement", "put out a joint communiqué". */
export const ISSUED =
	'signed|issued|released|published|put out|adopted|posted|sent|circulated|distributed|made public';
/** Those, and how a translation says a body put words about: "spread a message", "disseminated a statement". */
const SPREAD = `${ISSUED}|spread|disseminated|made`;
/**
 * "…,” the decree reads", "…,” reads the decree", "…,” the ministry's statement reads", "…,” it was
 * stated in the statement" (words after a quote).
 */
const READS_AFTER = new RegExp(
	String.raw`^[\s,]*(?:(?:the|its|their)\s+(?:(\p{Ll}+)[’']s\s+)?(${DOCUMENT})\s+(?:reads|read|says|said)\b|(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)[’']s\s+(?:${DOCUMENT})\s+(?:reads|read|says|said)\b|(?:reads|read|says|states)\s+(?:the|its|their)\s+(?:\p{Lu}{2,6}\s+)?(${DOCUMENT})\b|it\s+(?:was|is)\s+(?:stated|said|noted|written)\s+in\s+(?:the|its|their)\s+(${DOCUMENT})\b)`,
	'u'
);
/** "…,” was stated in the message released by the National Security Service": the issuer, named after its document. */
const STATED_IN_ISSUED_BY = new RegExp(
	String.raw`^[\s,]*(?:it\s+)?(?:was|is|has\s+been)\s+(?:stated|said|noted|written|reported|announced)\s+in\s+(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${DOCUMENT}|release|report|post)\s+(?:(?:${ISSUED})\s+)?(?:by|of|from)\s+((?:the\s+)?${ISSUER_NAME})`,
	'u'
);
/** "…,” reads the decree, signed by Vladimir Putin": the issuer, named after the document the quote is read from. */
const READS_ISSUED_BY = new RegExp(
	String.raw`^[\s,]*(?:reads|read|says|states)\s+(?:the|a)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${DOCUMENT}),?\s+(?:${ISSUED})\s+by\s+((?:the\s+)?${ISSUER_NAME})`,
	'u'
);
/** "The decree reads: “…”" (words before a quote, or a paragraph before a quote paragraph). */
// ("In the message it was said:": a translation's passive.)
const READS_BEFORE = new RegExp(
	String.raw`(?:^|[.!?]\s+)(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(${DOCUMENT})\s+(?:reads|read|says|states|stated)|[Ii]n\s+(?:the|this|that|its|his|her|their)\s+(${DOCUMENT})\s+it\s+(?:was|is)\s+(?:said|stated|noted|written))\s*[:,]?\s*$`
);
const READS_THAT_BEFORE = new RegExp(
	String.raw`(?:^|[.!?]\s+)(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(${ANY_DOCUMENT})\s+(?:reads|says|states|notes|adds)\s+that\s+[^.!?“”"«»]{1,120}$`
);
/** "Artsakh Information Center has spread a message which says:", "X issued a message stating that:": the issuer named before its document, group 1. */
const ISSUER_SAYING = new RegExp(
	String.raw`(?:^|[.!?]\s+)(?:[Tt]he\s+)?(${ISSUER_NAME})\s+(?:has\s+|had\s+)?(?:${SPREAD})\s+(?:a|an|the)\s+(?:${DOCUMENT})\s+(?:(?:which|that)\s+(?:reads|says|states)|stating|saying)(?:\s+that)?\s*[:,]?\s*$`,
	'u'
);
/** "Name signed a decree on actions “…”": the document the quote stands in, issued in its own sentence. */
const ISSUED_HERE = new RegExp(
	String.raw`\b(?:${ISSUED})\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?(?:${DOCUMENT})\b[^.!?“”"«»]*$`,
	'u'
);
/** A title that names its holder alone, owning a document: "the Primate's message". */
const OWNER_TITLE = /^(?:Primate|Patriarch|Catholicos|Archbishop|Bishop|Mayor|Governor|Ombudsman)$/;
/** The document a quote is read from, named after it ("the decree reads"), or its issuer when named there too; or null. */
export function documentReadAfter(tail: string): string | null {
	const by = STATED_IN_ISSUED_BY.exec(tail) ?? (tail.includes(' by ') ? READS_ISSUED_BY.exec(tail) : null);
	if (by) return cleanName(by[1]!);
	const m = READS_AFTER.exec(tail);
	// "the ministry's statement": the one it names as its owner ("the ministry", resolved as any).
	// ("the Karabakh Ombudsman's statement read": the owner named in capitals speaks.)
	// ("the Primate's message said": a title alone as the owner is its holder, as "the primate" is.)
	if (m?.[3] && OWNER_TITLE.test(m[3])) return `the ${m[3].toLowerCase()}`;
	return m ? (m[1] ? `the ${m[1]}` : (m[3] ?? m[2] ?? m[4] ?? m[5])!) : null;
}

/**
 * "Point 2 says the checkpoint was set up “…”", "Paragraph 9 “calls on …”", "The third read:", "The first described the
 * event:", "Its second paragraph asked": a part of the document named before, whose words are its issuer's.
 */
const PART_READS_BEFORE = new RegExp(
	String.raw`(?:^|[.!?]\s+)(?:(?:Point|Paragraph|Article|Clause|Section|Item)\s+\d+|(?:The|Its|Their)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last|final)(?:\s+(?:point|paragraph|clause|section|article|item))?)\s+(?:reads?|says?|said|states?|stated|notes?|noted|adds?|added|asks?|asked|condemns?|urges?|reports?|reported|calls\s+on|described\s+the\s+\p{L}+)\b[^.!?“”"«»]{0,160}$`,
	'u'
);
const PART_WORD =
	/\b(?:Point|Paragraph|Article|Clause|Section|Item)\s+\d|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last|final)\b/;

/** The document a quote is read from, named before it ("The decree reads:", "The statement read, “…”"), or its issuer ("X spread a message which says:"), or null. */
export function documentReadBefore(head: string): string | null {
	if (PART_WORD.test(head.slice(-200)) && PART_READS_BEFORE.test(head.slice(-240))) return 'document';
	// The end-anchored pattern is tried at every position: only a head ending in the verb can match.
	const end = head.trimEnd().slice(-14);
	if (
		!/(?:read|reads|says|states|stated|said|noted|written)[:,]?$|(?:stating|saying)(?: that)?[:,]?$/.test(end)
	)
		// "The statement reads that Moscow is “…”": the document's clause runs up to the words in marks.
		return head.includes(' that ') ? (READS_THAT_BEFORE.exec(head)?.[1] ?? null) : null;
	const m = READS_BEFORE.exec(head);
	return m ? (m[1] ?? m[2])! : (ISSUER_SAYING.exec(head)?.[1] ?? null);
}

/** "A similar statement was published by the Azerbaijani Foreign Ministry." ending a paragraph: the issuer, group 1. */
const ISSUED_BY_END = new RegExp(
	String.raw`\b(?:${DOCUMENT}|note|notice)\s+(?:was|has\s+been|had\s+been)\s+(?:${SPREAD})\s+by\s+(?:the\s+)?(${ISSUER_NAME})\.\s*$`,
	'u'
);
/** The body whose statement the paragraph before a quote paragraph ends by announcing, or null. */
export function issuedBefore(paragraphEnd: string): string | null {
	// (The pattern ends the paragraph but is tried at every position: only a paragraph with " by " can match.)
	return paragraphEnd.includes(' by ') ? (ISSUED_BY_END.exec(paragraphEnd)?.[1] ?? null) : null;
}

/** "Diana Lind @dianalind · 20 Sep 2023 · 16:01" on the line right over `start`: the author of the post set as text under it, or null. */
export function postAuthorAbove(prose: string, start: number): string | null {
	const line = prose.slice(prose.lastIndexOf('\n', start - 2) + 1, start - 1);
	return line.includes('@') && EMBEDDED_POST_HEADER.test(line) ? line.slice(0, line.indexOf(' @')) : null;
}

/** The subject of the sentence that `s` ends inside, right before its verb ("Name, the region's leader, signed"). */
export function subjectOfSentence(s: string): { raw: string; at: number } | null {
	const start = s.search(/[^.!?\n]*$/);
	// The subject as the verb's subjects are found ("The Ministry of Defense of the Republic of X has"), else as a speech verb's.
	const sub = subjectAtEnd(s.slice(start));
	const raw = sub && !DETERMINER.test(sub.name) ? cleanName(sub.name) : subjectBefore(s.slice(start));
	return raw ? { raw, at: start } : null;
}

/** "Name signed a decree on actions “…”": who issued the document the words before a quote name, or null. */
export function issuedIn(head: string): string | null {
	const m = head.includes(' ') ? ISSUED_HERE.exec(head) : null;
	return m ? (subjectOfSentence(head.slice(0, m.index))?.raw ?? null) : null;
}

/**
 * The speaker of a quote its attribution gives to a document (`raw`: "The trilateral statement", "a
 * Kremlin readout", "the bulletin of the Russian Defence Ministry"): the body whose document it is, null
 * for a document no one body speaks for, undefined when `raw` names no document. `named` resolves a
 * body's name as the quote's speaker would be, given the words around it.
 */
export function documentSpeaker(
	raw: string,
	head: string,
	named: (name: string, around: string) => string | null
): string | null | undefined {
	// "The trilateral statement said", "The November 10 statement says": a document several parties
	// signed, or known by its date, speaks for no one body.
	const at = head.lastIndexOf(raw);
	if (SHARED_DOCUMENT.test(`${at > 0 ? head.slice(Math.max(0, at - 30), at) : ''}${raw}`)) return null;
	// "According to the bulletins of the Russian Defence Ministry", "the bulletin of 26 March says": the
	// body whose document it is, or, for a date, the document (its issuer named before).
	const documentOf = DOCUMENT_OF.exec(raw);
	if (documentOf)
		return documentOf[3]
			? named(documentOf[3], `the ${documentOf[3]}`)
			: documentOf[1] === 'statement'
				? null
				: named(`the ${documentOf[1]!}`, `the ${documentOf[1]!}`);
	// "A Kremlin readout said the two leaders stressed “…”": the body whose document it is.
	// ("The Azerbaijani statement said": a nationality is no issuer; the body of that nation is found as "the statement" is.)
	const document = BODY_DOCUMENT.exec(raw);
	if (document && !isCountryDemonym(document[1]!)) return named(document[1]!, `the ${document[1]!}`);
	// "…,” a government statement said": the statement names its issuer, the government named before.
	const issued = ISSUED_BY_BODY.exec(raw);
	if (!issued) return undefined;
	const body = named(issued[1]!, `${head.slice(0, Math.max(0, at))}the ${issued[1]}`);
	// With no government named before, the statement stays unattributed, never "government".
	return body && body !== issued[1] ? body : null;
}

/** A heading that names a document and its issuer: "Statement by the Foreign Ministry", "FULL TEXT OF THE COMMUNIQUE OF …". */
const DOCUMENT_HEADING =
	/^\s*(?:(?:full\s+)?text\s+of\s+(?:the\s+)?)?(?:joint\s+)?(?:statement|communiqu[eé]|press\s+release|declaration)\s+(?:of|by|from)\s+(?:the\s+)?([^.!?:“”"«»]{3,80}?)\s*:?\s*$/i;
/** "the ministry" for "MINISTRY OF DEFENSE": a body's head noun, or null. */
function headNoun(name: string): string | null {
	const m =
		/\b(MINISTRY|GOVERNMENT|OFFICE|SERVICE|COMMITTEE|COUNCIL|HEADQUARTERS|ADMINISTRATION|COMMAND|EMBASSY|PRESIDENCY)\b/.exec(
			name
		);
	return m ? `the ${m[1]!.toLowerCase()}` : null;
}
/** The body a document's heading names as its issuer ("Statement by the Foreign Ministry"), or null. */
export function headingIssuer(line: string): string | null {
	const name = DOCUMENT_HEADING.exec(line)?.[1];
	// A heading in capitals names the body as the press release does: its noun, resolved to the body named before.
	return name ? (/\p{Ll}/u.test(name) ? cleanName(name) : headNoun(name)) : null;
}

/** "…,” it read" after a quote: a document's words (documentThatReads finds whose). */
export const IT_READS = /^[\s,]*it\s+reads?\b/;
/** A body's document named in a sentence: "The Defense Ministry's final bulletin on the mission". Group 1 the body. */
const OWNED_DOCUMENT = new RegExp(
	String.raw`(?<![\p{L}’'-])((?:\p{Lu}[\p{L}’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]*)[’']s\s+(?:[\p{Ll}-]+\s+){0,2}(?:${DOCUMENT_NOUNS}|readout|message|notice)\b`,
	'gu'
);
/** Who posted a document: "Anna X (no relation to …) posted a shorter message on Facebook". Group 1 the writer. */
const POSTED_DOCUMENT = new RegExp(
	String.raw`(?<![\p{L}’'-])((?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)(?:\s*\([^()]{1,80}\))?\s+(?:posted|published|issued|released|shared|sent\s+out)\s+(?:a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${DOCUMENT_NOUNS}|readout|message|notice|post|letter|note)\b`,
	'gu'
);
/**
 * "The Defense Ministry's final bulletin … was three sentences long. “…,” it read", "X posted a shorter message on
 * Facebook. “…,” it read": the body or the writer whose document the paragraph names last before the quote (a
 * document reads; a body says), or null.
 */
export function documentThatReads(paragraph: string): string | null {
	let last: { at: number; name: string } | null = null;
	for (const re of [OWNED_DOCUMENT, POSTED_DOCUMENT])
		for (const m of paragraph.matchAll(re))
			if (!last || m.index > last.at) last = { at: m.index, name: m[1]!.replace(/^The\s+/, '') };
	return last?.name ?? null;
}
