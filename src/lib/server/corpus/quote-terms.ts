/**
 * Whether words in marks are a term (the “Minsk group”, a slogan on a banner) rather than speech:
 * one to three words inside a sentence with no attribution of their own. Split from quotes.ts.
 */
import type { QuoteSpan } from './extract';

/**
 * "posters reading", "banners saying", "chanting", "under the slogan", "holding posters", "a sign that
 * reads:": a slogan or an inscription follows, however long.
 */
const SLOGAN_BEFORE =
	/\b(?:(?:posters?|banners?|placards?|signs?|slogans?|inscriptions?)\s+(?:reading|saying|read|reads|that\s+(?:read|reads|said|says)|which\s+(?:read|reads)|with\s+the\s+words)|(?:under|with)\s+the\s+slogans?|holding\s+(?:up\s+)?(?:posters?|banners?|placards?|signs?)|(?:chanting|chanted|shouting)(?:\s+(?:the\s+)?(?:slogans?|words))?|chants\s+of)\s*[,:]?\s*$/i;
/** "Some shouted “Shame!”": a crowd's cry of a word or two (longer words after "shouted" are someone's speech). */
const SHOUTED_BEFORE = /\b(?:shouted|shout)\s*$/i;
/** "the patriotic campaign ‘Watch of Heroes’", "the medal “For Distinction in Combat”": the name of an event, a campaign or an award, no one's words. */
const NAMED_EVENT_BEFORE =
	/\b(?:campaign|action|operation|exercises?|drills?|festival|forum|conference|summit|congress|project|programme|program|contest|competition|movement|initiative|exhibition|marathon|medal|award|prize|song|album)\s*$/i;

/** "the report titled", "the resolution", "a hearing on", "a debate on", "the author of": a document's or an event's title follows in marks. */
const TITLE_BEFORE =
	/\b(?:titled|entitled|headlined|author\s+of|(?:report|resolution|agreement|treaty|memorandum|study|book|film|documentary|bill|law|programme|program|paper|hearing|debate|discussion|panel)(?:\s+(?:on|about))?)\s*,?\s*$/i;
/** "a book called", "the book-album in Yerevan called": a work's name in marks follows. */
const WORK_CALLED =
	/\b(?:book|album|book-album|film|documentary|novel|play|exhibition|project|platform)\b[^.,;“”"«»]{0,20}\s(?:called|named)\s*$/i;
/** "the “Freedom in the World” report": the title before its document's noun. */
const TITLE_AFTER =
	/^\s+(?:report|resolution|study|bill|act|law|programme|hearing|book|film|documentary|foundation|fund|organi[sz]ation|party|movement|initiative|platform|newspaper|magazine|website|campaign|festival|forum|conference)\b/;
/**
 * A document's own name in marks, its noun first ("the ‘Treaty on Friendship … between Azerbaijan and Turkey’ signed in
 * 1994", the “Shusha Declaration on Allied Relations …”, the "I State Program for the Great Return"): a title, not speech.
 */
const DOCUMENT_NAMED =
	/^(?:[IVX]+\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Treaty|Declaration|Protocol|Agreement|Memorandum|Convention|Charter|Law|Program|Programme|Strategy|Concept|Decree|Resolution)\s+(?:on|of|for|between|about)\s/u;

/**
 * A title in marks: words in title or sentence case (no full stop of speech at their end) right after
 * a document's noun or "titled", or right before the noun. Its places name the document, not where
 * anything happens (eval/README: a place inside a document's name is no mention).
 */
export function isTitle(body: string, q: QuoteSpan, paraStart: number): boolean {
	const text = body.slice(q.start, q.end);
	if (q.cut || text.split(/\s+/).length > 25) return false;
	const before = body.slice(Math.max(paraStart, q.open - 30), q.open);
	// ("a programme titled “Moscow. Kremlin. Putin.”": every word capitalised after "titled", full stops and all.)
	// ("a book-album in Yerevan called “Artsakh: Endangered Heritage.”": a work called so.)
	if (
		(/(?:titled|entitled|headlined)\s*,?\s*$/i.test(before) || WORK_CALLED.test(before)) &&
		text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))
	)
		return true;
	if (/[.!?;:]$/.test(text)) return false;
	if (DOCUMENT_NAMED.test(text) && !text.endsWith(',')) return true;
	const titled = TITLE_BEFORE.exec(before);
	// ("the resolution “calls on Baku …”": lower case after a document's noun is its words, not its title.)
	if (titled) return /^\p{Lu}/u.test(text) || /titled|headlined|\s(?:on|about)$/i.test(titled[0].trim());
	// ("the “Monitoring the Cultural Heritage of Artsakh” (MONUMENT WATCH) platform": its short name may stand between.)
	const after = body.slice(q.close, q.close + 50).replace(/^\s*\([^()]{1,30}\)/, '');
	return /^\p{Lu}/u.test(text) && !text.endsWith(',') && TITLE_AFTER.test(after);
}

/** A plain speech verb earlier in the sentence: "said it was “deeply concerned.”" reports words, as "called it a “crisis,”" does not. */
const SAID_BEFORE = /\b(?:said|says|told|tells|stated|added|wrote|noted|stressed|insisted|declared)\b/;
/** The sentence running on after the closing mark with a preposition, no attribution: "“no direct reason,” for the exodus". */
const RUNS_ON = /^\s+(?:for|of|to|in|on|at|by|with|from|as|than|because|since|while|and|but)\s/;
/** The words of the quote's sentence before its opening mark. */
function sentenceBefore(body: string, open: number, paraStart: number): string {
	const head = body.slice(Math.max(paraStart, open - 200), open);
	return head.slice(head.search(/(?:[.!?]\s+)?[^.!?]*$/));
}

/**
 * Speech has a verb or a full stop; a term is one to three words in marks inside a sentence, even
 * when someone is named nearby (Baku rejected the statement as “one-sided”): a partial quote that
 * short says less than the passage around it, which still carries it.
 */
export function isTerm(body: string, q: QuoteSpan, paraStart: number): boolean {
	const text = body.slice(q.start, q.end);
	const words = text.split(/\s+/).length;
	if (words > 12 || q.cut) return false;
	const before = body.slice(Math.max(paraStart, q.open - 30), q.open);
	// A slogan on a poster or a banner ("posters reading “Stop the blockade!”") is a term, not speech, and so is
	// a second one after it ("signs saying “…” and “…”").
	if ((SLOGAN_BEFORE.test(before) || secondSlogan(body, before, q.open)) && !/[,;:]$/.test(text)) return true;
	if (words <= 2 && SHOUTED_BEFORE.test(before) && /[!]$/.test(text)) return true;
	// "the campaign ‘Watch of Heroes of the Fatherland’": a name, each of its words capitalised but the small ones.
	if (
		NAMED_EVENT_BEFORE.test(before) &&
		// (A full stop or a comma at the end is the sentence's: "the World Forum “Dialogue for Peace and Global Security.”")
		/^\p{Lu}\p{L}*(?:\s+(?:\p{Lu}\p{L}*|of|the|and|for|in|on))*[.,]?$/u.test(text)
	)
		return true;
	// "known by residents as ‘the road of life’", "the “People’s Coastal Defense Army” confirmed": a nickname, a body's name.
	if (
		words <= 6 &&
		!/[.!?;:,…]$/.test(text) &&
		(NICKNAMED.test(before) || (/\bthe\s*$/.test(before) && NAME_IN_MARKS.test(text)))
	)
		return true;
	if (words > 3) return false;
	const after = body.slice(q.close, q.close + 60);
	// A comma inside the marks is the sentence's, put there by house style ("called it a “crisis,”
	// demanding"): the words may still be a term. A full stop keeps them speech ("to take “concrete steps.”").
	// (After "said", a comma ends the words said, unless the sentence runs on: "said there was “no direct reason,” for the exodus".)
	// (But a noun phrase after an article or a preposition keeps the sentence's full stop inside the marks: "demands for the
	// “Zangezur corridor.”", "accused them of “ethnic cleansing.”".)
	// (Not when the sentence gives them as someone's: "why he signed, in his words, the “shameful paper.”")
	if (
		text.endsWith('.') &&
		!/[.!?;:,]/.test(text.slice(0, -1)) &&
		NOUN_SLOT_BEFORE.test(before) &&
		!IN_WORDS.test(sentenceBefore(body, q.open, paraStart))
	)
		return true;
	if (
		/[.!?;:…]$/.test(text) ||
		(text.endsWith(',') &&
			(/[.!?;:]/.test(text.slice(0, -1)) ||
				(SAID_BEFORE.test(sentenceBefore(body, q.open, paraStart)) && !RUNS_ON.test(after))))
	)
		return false;
	// "“Meduza” writes about it", "“Anti-terrorist measures” are stopped": words in marks as the sentence's subject, its verb
	// right after, are no speech. ("“It was cruel,” says Sona": a comma inside the marks hands over to the attribution.)
	if (
		(before.trim() === '' || /[.!?]\s+$/.test(before)) &&
		!text.endsWith(',') &&
		SUBJECT_VERB.test(after) &&
		!SAID_AFTER.test(after)
	)
		return true;
	// ("UK: ‘immediate’ end to hostilities": after a heading's colon, a word in marks the line runs on from.)
	if (/:\s*$/.test(before) && /^\s+\p{Ll}+\s+\p{Ll}/u.test(after) && !SAID_AFTER.test(after)) return true;
	// Sentence-initial marks open speech ("“No,” he said"), as does a colon before them.
	if (before.trim() === '' || /[:.!?]\s*$/.test(before)) return false;
	// "told “Artsakhpress”": the one told is an outlet's name, not words.
	if (/\btold\s*$/.test(before) && /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}$/u.test(text)) return true;
	// "said “no”", "called it “a provocation”": a short quote after a speech verb is still speech.
	if (/\b(?:said|says|told|replied|answered|wrote|added)\s*,?\s*$/.test(before)) return false;
	// "“restored order,” Azerbaijani President X said": a title may stand before the name after a comma.
	return !(text.endsWith(',') ? SAID_AFTER_TITLED : SAID_AFTER).test(after);
}
/** "in his words": the sentence gives the words in marks as someone's. */
const IN_WORDS = /\bin\s+(?:his|her|their|its|the)\s+(?:own\s+)?words\b/i;
/** An article, a possessive or a preposition right before the opening mark, or a term's "and": a noun phrase's place in the sentence. */
const NOUN_SLOT_BEFORE =
	/\b(?:the|of|for|as|into|about|against|his|her|their|its|these|those)\s*$|["”»’]\s+and\s*$/;
/** What a nickname follows: "known (by locals) as", "dubbed", "nicknamed", "once called (the)". */
const NICKNAMED =
	/\b(?:known\s+(?:[\p{Ll}]+\s+){0,4}as|dubbed|nicknamed|(?:once|sometimes|often|also|long)\s+called(?:\s+the)?)\s*$/u;
/** A proper name's words: each capitalised, but "of", "the", "and", "for". */
const NAME_IN_MARKS = /^\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|the|and|for)){1,5}$/u;
/** A verb right after the marks, of which they are the subject. */
const SUBJECT_VERB = /^[^\S\n]+(?:\p{Ll}+s|is|are|was|were|has|have|had)\b/u;
/** An attribution right after the marks: a pronoun, "the X" or a name (after a comma, a title and a name). */
const saidAfter = (who: string) =>
	new RegExp(String.raw`^\s*,?\s*(?:he|she|they|it|the \w+|${who})\s+(?:said|says|told|added|stated)\b`, 'u');
const SAID_AFTER = saidAfter(String.raw`\p{Lu}\p{L}+`);
const SAID_AFTER_TITLED = saidAfter(String.raw`\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,3}`);
/**
 * "signs saying “…” and “…”", "chanting the slogans “…”, “…” and “…”": the words before the first of a list of
 * quotes joined by commas, "and" or "or" open a slogan.
 */
function secondSlogan(body: string, before: string, open: number): boolean {
	for (let k = 0, at = open, head = before; k < 6; k++) {
		const joined = /["”»’](?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.exec(head);
		if (!joined) return false;
		const close = at - head.length + joined.index;
		at = Math.max(...['"', '“', '«', '‘'].map((m) => body.lastIndexOf(m, close - 1)));
		if (at <= 0) return false;
		head = body.slice(Math.max(0, at - 30), at);
		if (SLOGAN_BEFORE.test(head)) return true;
	}
	return false;
}
