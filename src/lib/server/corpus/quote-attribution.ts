/**
 * The order in which the words around one quote are tried for its speaker: the attribution after
 * it, then before it in its sentence, the clause before a colon, the paragraph before that ends
 * "…, said:", the sentence after, the sentence before, the narration before a paragraph that is
 * all quote. What comes back is the raw words (a name, a pronoun, "the ministry"); speakers.ts
 * resolves them.
 */
import { isOutletName, isStop, NOTE_MARK } from './words';
import type { Paragraph, QuoteSpan, Span } from './extract';
import { sentenceEndAfter, signedAfter, subjectOfHead } from './attribution-head';
import { endsWithMark } from './text-ends';
import { TAIL_SUBJECT_FIRST } from './attribution-tail';
import { endsAttributed, QUOTING, tailSubject } from './quote-speaker';
import { accordingToPronoun, accordingToSource, headSubject, QUESTION_HEAD } from './quote-head';
import {
	identifiedAfter,
	namedAfterQuote,
	nextSentenceSpeaker,
	answererSpeaking,
	bodyOpening,
	personOpening,
	reportedBefore,
	statedAfter,
	sentenceEndSpeaker
} from './quote-neighbours';
import { cleanName } from './speaker-names';
import { givenNameOf } from './speaker-self-named';
import { bodyVoiceBefore, bodyVoiceOpening } from './speaker-unnamed';
import { PERSON_TITLE } from './person-nouns';
import { documentReadBefore, headingIssuer, issuedBefore, postAuthorAbove } from './speaker-issuer';

const COLON = 58;
/** A sentence opening with "He" or "She" and a verb (then anything), before a bare quote. */
const PRONOUN_OPENS = /^\s*(He|She)\s+(?:(?:also|then|later|again|once)\s+)?\p{Ll}{2,}\b[^“”"«»]*[.!]\s*$/u;
/** "— she laughed —" between two quotes. */
const DASHED_PRONOUN = /^\s*[—–-]\s*(he|she)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\s*[—–-]/iu;
/** A full stop right after a quote's closing mark, then a space. */
const FULL_STOP_AFTER = /^\.\s/;
/** A note's mark right after a quote's close: "[5]", "(5)", "⁵". */
const NOTE_MARKS = new RegExp(String.raw`^(?:${NOTE_MARK}|\(\d{1,3}\))+`, 'u');

export interface QuoteWordsInput {
	body: string;
	prose: string;
	paragraphs: Paragraph[];
	/** The paragraph's index, its quotes and the quote's index among them. */
	pi: number;
	quotes: QuoteSpan[];
	qi: number;
	/** The paragraph's sentences and the index of the one the quote opens in (-1: none). */
	sentences: Span[];
	si: number;
	/** Whether the paragraph before has a quote (its last speaker is known, even as null). */
	prevHasQuote: boolean;
	/** The first person or institution paragraph `pi` names in [from, to). */
	firstNamed: (pi: number, from: number, to: number) => string | null;
	/** Whether a name is a place's (a state or a city). */
	isPlace?: (name: string) => boolean;
}
/** The answer's opening after a quoted question: "In response, …", "Answering, …". */
const ANSWER_AFTER = /^\s*(?:In (?:response|reply)|Responding|Answering|Replying)\b/;
/** A mark closing a quote inside the quote, or an editor's bracket, at its end ("[to Armenia,]”"). */
const INNER_CLOSE = /['’"”»›\]]/;
/** "Peskov, in June: “…”", "Erdogan in an interview with CNN Türk: “…”", "the head of the administration X recommended that residents leave: “…”": a name and an aside or what they did, then the colon. */
const NAME_ASIDE_COLON =
	/(?:^|[.!?]\s+|\p{Ll}\s(?<!\b(?:of|from|in|near|at|to|by|for|with|and|or)\s))(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})(?:,\s+|\s+(?=(?:in\s+an\s+interview|speaking|told|at|before|to)\s|\p{Ll}{3,}ed\s))[^,:;.“”"«»]{2,80}:\s*$/u;
/** "Turkish Defence Ministry spokesperson Zeki Akturk: “…”", "Head of the … foreign policy department X:": a role's noun (or its unit's), its holder's name, the colon. */
const ROLE_NAME_COLON = new RegExp(
	String.raw`\b(?:${PERSON_TITLE}|department|directorate)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})\s*:\s*$`,
	'u'
);
/** A name ending the words before a quote, after a clause's comma or a sentence's start: ", Aliyev «…»", ". The X Ministry «…»". */
const NAME_BEFORE_PREDICATE =
	/(?:^|[,;]\s+|[.!?]\s+)(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}’'-]+\s+){0,5}\p{Lu}[\p{L}’'-]+)\s*$/u;

/** "… that President X had described the deal as ", "… said a Russian officer at the bridge had said, ": who first spoke. */
const RELAYED =
	/\b(?:that|said|says)\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*|(?:a|an)\s+[^,.;“”"«»]{1,60}?)\s+had\s+(?:said|told|described|warned|written|stated|declared)\b[^.!?“”"«»]*$/u;
/** A second predicate after a quote, sharing the sentence's subject: " and added: ", ", then said ". */
const AND_ADDED =
	/^[\s,]*(?:and|then|but)\s+(?:\p{Ll}+ly\s+)?(?:added|said|continued|went on|concluded|stressed|warned)\b[^“”"«»]{0,20}$/u;
/** The raw words naming the quote's speaker (or null), where the quote's attribution ends, and its sentence before it. */
export function quoteWords(input: QuoteWordsInput): {
	raw: string | null;
	tailEnd: number;
	head: string;
	pronounAt?: number;
} {
	const { body, prose, paragraphs, pi, quotes, qi, sentences, si } = input;
	const p = paragraphs[pi]!;
	const q = quotes[qi]!;
	const sentence = sentences[si] ?? p;
	let raw: string | null = null;
	// After the quote: only when the quote ends like an attributed one ("…,” he said).
	// A term in marks after the quote (a newspaper's name) keeps its words in the prose: the attribution reads through it.
	let nx = qi + 1;
	while (quotes[nx]?.term) nx++;
	const next = quotes[nx];
	const closing = q.close > p.end ? paragraphAt(paragraphs, q.close, pi) : p;
	let tailEnd =
		closing === p
			? Math.min(sentence.end, next ? next.open : p.end)
			: sentenceEndAfter(prose, q.close, closing.end);
	// "“…then why?” Marukyan asked.": a question or an exclamation ends the sentence for the splitter,
	// but a short subject and a speech verb right after it are still the quote's attribution.
	if (tailEnd <= q.close && closing === p && /[?!]/.test(body[q.end - 1] ?? '')) {
		const end = sentenceEndAfter(prose, q.close, next ? next.open : p.end);
		if (shortAttribution(prose.slice(q.close, end))) tailEnd = end;
	}
	const tail = prose.slice(q.close, tailEnd);
	// ("…, after that we cannot guarantee anything,'" said Armen: the comma before an inner quote's mark.)
	let last = q.end - 1;
	while (last > q.start && INNER_CLOSE.test(body[last]!)) last--;
	if (endsAttributed(body[last] ?? '', tail, q.cut)) raw = tailSubject(tail);
	// ("…,” the post said": a post's words are its writer's, whom the lines around name, as after "the post read".)
	if (raw === 'post') raw = null;
	// "“He has been saying that” — she laughed — “and we…”": a pronoun and its gesture between dashes.
	else if (DASHED_PRONOUN.test(tail)) raw = DASHED_PRONOUN.exec(tail)![1]!.toLowerCase();
	// "“The contingent had no mission from the start.” Atanesyan" as a headline, "“…” — Ulviya X, 50": who signs the quote.
	if (!raw && closing === p && !next) raw = signedAfter(prose.slice(q.close, p.end), p.end - p.start <= 250);
	// A second quote in the sentence ("X called it “…”, while Y said “…”") takes its attribution from after the first.
	let pq = qi - 1;
	while (quotes[pq]?.term) pq--;
	const prevQuote = quotes[pq];
	const headStart =
		prevQuote && prevQuote.close > sentence.start && prevQuote.close <= q.open
			? prevQuote.close
			: sentence.start;
	const head = prose.slice(headStart, q.open);
	// "Nikiforov said the force had “…,” Reuters reported": the agency only relays the one who spoke before the quote.
	// ("…,” Sputnik Armenia reports with reference to TASS": an outlet's edition, named by its brand.)
	if (raw && isOutletName(raw) && headSubject(head, input.isPlace)) raw = null;
	// "In response to the question whether Russia would “…”, the minister responded": the words are the
	// question's (a journalist's, whom the text does not name), not the answer's.
	if (QUESTION_HEAD.test(head)) return { raw: null, tailEnd, head };
	// "15:05 Ecologist X: “…,” she told reporters": a ticker's or a transcript's label names who "she" is.
	if (raw && /^(?:he|she)$/i.test(raw) && /:\s*$/.test(head)) raw = headSubject(head, input.isPlace) ?? raw;
	// "X said the families had left “…” and added: “…”": the second predicate's subject is the first's, never
	// a name inside the clause ("quoted by the Armenian service").
	if (!raw && headStart > sentence.start && AND_ADDED.test(head))
		return { raw: headSubject(prose.slice(sentence.start, prevQuote!.open), input.isPlace), tailEnd, head };
	// "“What should the government do?” In response, the MP said …": the question is the interviewer's, whom the text does not name.
	if (body[q.end - 1] === '?' && ANSWER_AFTER.test(prose.slice(q.close, q.close + 40)))
		return { raw: 'a source', tailEnd, head };
	// Before the quote, in its own sentence: the first speech verb with a subject, a source.
	let pronounAt: number | undefined;
	if (!raw) {
		// "Peskov told reporters that Putin had described it as “…”": speech relayed, the words the one who first spoke them.
		const relayed = head.includes(' had ') ? RELAYED.exec(head) : null;
		raw = relayed ? relayed[1]! : headSubject(head, input.isPlace);
		// "As reported by the press service, Aliyev «expressed deep condolences…»": a name right before a
		// quote that opens with its predicate is the one whose words they are.
		if ((!raw || isStop(raw)) && /^\p{Ll}/u.test(body[q.start] ?? ''))
			raw = NAME_BEFORE_PREDICATE.exec(head)?.[1] ?? raw;
		// "He stressed that it was Prime Minister X who …, and now “…”": "he" points back from where it
		// stands, not from the quote (X, named after it, is not who "he" is).
		const re = raw ? PRONOUN_WORD[raw] : undefined;
		const k = re ? head.search(re) : -1;
		if (k >= 0) pronounAt = headStart + k;
	}
	// "Russia made “…” and ended the war, the army chief, Karen X, said.": the attribution closing the sentence.
	if (!raw && !q.term && closing === p && !/[.!?]$/.test(body.slice(q.start, q.end)))
		raw = sentenceEndSpeaker(prose.slice(q.close, sentence.end));
	// "Lachinov, a retired colonel, put it plainly: “…”": the first name of the clause before the colon.
	if (!raw && endsWithMark(head, COLON)) {
		// ("Turkish Defence Ministry spokesperson Zeki Akturk:": the spokesperson, not the ministry named first.)
		raw = ROLE_NAME_COLON.exec(head)?.[1] ?? input.firstNamed(pi, sentence.start, q.open);
		const aside = raw ? null : NAME_ASIDE_COLON.exec(head)?.[1];
		if (aside && !isStop(aside.split(' ')[0]!) && !input.isPlace?.(aside)) raw = aside;
	}
	// A quote that opens a paragraph after one ending "…, said:" belongs to that attribution; with no speech verb ("X posts on X, in French:"), to the first one it names.
	const prev = paragraphs[pi - 1];
	if (
		!raw &&
		qi === 0 &&
		q.open === p.start &&
		prev &&
		// (the body's end, not the prose's: "Peskov said: “Yes.”" ends with a quote, whose blanks hide it)
		endsWithMark(body.slice(prev.start, prev.end), COLON)
	) {
		const before = prose.slice(prev.start, prev.end).replace(/:\s*$/, ' ');
		const clause = before.slice(Math.max(0, before.search(/[^.!?]*$/)));
		const quoting = QUOTING.exec(clause);
		// "According to him, the common interests … are peace and stability:" then the quote: his words.
		raw = quoting
			? cleanName(quoting[1]!)
			: (accordingToPronoun(clause) ??
				subjectOfHead(clause) ??
				documentReadBefore(clause) ??
				input.firstNamed(pi - 1, prev.end - clause.length, prev.end));
	}
	// "STATEMENT OF THE MINISTRY OF DEFENSE" on a line of its own (a heading, skipped as furniture), then the
	// text in marks: the body that issued it.
	if (!raw && qi === 0 && q.open === p.start) {
		const gap = prose.slice(Math.max(prev ? prev.end : 0, p.start - 120), p.start).trimEnd();
		raw = headingIssuer(gap.slice(gap.lastIndexOf('\n') + 1));
	}
	// "“…on the other side.” Anahit Petrosyan, a teacher, spoke to us on Monday": the sentence after.
	// "“…” The Armenian Foreign Ministry said this in a statement": the sentence after says who stated it, over
	// a subject the sentence before gives ("Yerevan condemned the move. “…”").
	if (!raw && qi === 0 && head.trim() === '' && !q.term && closing === p) {
		// ("…happen”. This is how X reacts": the full stop after the mark ends the quote's sentence.)
		const from = FULL_STOP_AFTER.test(prose.slice(q.close, q.close + 2)) ? q.close + 1 : q.close;
		// (A note's mark after the quote is no part of the sentence: "“…”[5] The words were those of X".)
		const next = prose.slice(from, sentenceEndAfter(prose, from, p.end)).replace(NOTE_MARKS, '');
		raw = nextSentenceSpeaker(next) ?? statedAfter(next) ?? identifiedAfter(next);
	}
	// "“…”" alone, then a paragraph opening "That’s according to X, who …": X.
	const after = paragraphs[pi + 1];
	// "“…”" alone, then "These words belong to X, …", "So said X, …": the next paragraph's opening names whose.
	if (!raw && qi === 0 && q.open === p.start && !q.term && closing === p && tail.trim() === '' && after) {
		const opening = prose.slice(after.start, Math.min(after.end, after.start + 160));
		const alone = /^[”"»’'.\s]*$/u.test(prose.slice(q.close, p.end));
		// ("“…my father's grave is there,”" then "Elshan X, an engineer from Lachin, said …": the comma hands the words on.)
		const handed = alone && body[q.end - 1] === ',' ? nextSentenceSpeaker(opening) : null;
		raw = namedAfterQuote(opening) ?? (alone ? (identifiedAfter(opening) ?? handed) : null);
	}
	// "She added that the soldiers came on Monday. “…”": the speaker of the sentence before, in this paragraph.
	// "According to him, the enemy had reached the town. “…”": his words go on.
	if (!raw && qi === 0 && head.trim() === '' && !q.term && si > 0) {
		const before = prose.slice(sentences[si - 1]!.start, sentence.start);
		raw = subjectOfHead(before) ?? accordingToPronoun(before) ?? accordingToSource(before);
		// ("Armen X, 58, a teacher in Y, said his sister's family arrived. “…”": the person, not the appositive.)
		// ("A mother in X, who gave her name only as Lilit, described …. “…”": the name she gave.)
		if (raw && /^(?:a|an)\s/i.test(raw))
			raw = personOpening(before) ?? givenNameOf(before.trimStart()) ?? raw;
		// ("He also spoke of his ties with X. “…”": "he" is resolved where it stands, before X.)
		const k = raw && PRONOUN_WORD[raw] ? before.search(PRONOUN_WORD[raw]!) : -1;
		if (k >= 0) pronounAt = sentences[si - 1]!.start + k;
	}
	// "Surgeon Armen X counts the patients. „…“": a feature's bare quote after a sentence about one person's doing.
	if (!raw && qi === 0 && !q.term && /^\s*[.!]?\s*$/.test(tail)) {
		const before =
			head.trim() === '' && si > 0 ? prose.slice(sentences[si - 1]!.start, sentence.start) : head;
		// (Only a head that ends a sentence can be one: the cheap test first.)
		raw = /[.!?]\s*$/.test(before) ? (DOING.exec(before)?.[1] ?? null) : null;
		// "Tigran X, an opposition lawmaker, went further. “…”": a sentence opening with the person, any verb.
		if (!raw && head.trim() === '' && si > 0 && closing === p) {
			// "Türkiye's Foreign Ministry welcomed the move. “…”": a body's reaction, then its words.
			raw = personOpening(before) ?? bodyOpening(before);
			// "He also spoke of his ties with Prime Minister X. “…”": "he" as it stands there, before X.
			const pronoun = raw ? null : PRONOUN_OPENS.exec(before);
			if (pronoun) {
				raw = pronoun[1]!.toLowerCase();
				pronounAt = sentences[si - 1]!.start;
			}
		}
	}
	// "It took them a day to reach Goris, she said." then a paragraph that is all quote: she goes on.
	// ("A similar statement was published by X." then the quote paragraph: X's words; a post's header over it: its author's.)
	if (qi === 0 && q.open === p.start && prev)
		raw = postAuthorAbove(prose, p.start) ?? raw ?? issuedBefore(prose.slice(prev.start, prev.end));
	if (!raw && qi === 0 && q.open === p.start && !q.term && prev && !input.prevHasQuote)
		raw = reportedBefore(prose.slice(Math.max(prev.start, prev.end - 400), prev.end));
	// "…what Russia's foreign minister said: “…” That was Sergei Lavrov, …": the next sentence's name wins over a descriptor or a pronoun.
	if ((!raw || !/^\p{Lu}/u.test(raw)) && !q.term && closing === p && tail.trim() === '') {
		const named = identifiedAfter(prose.slice(q.close, sentenceEndAfter(prose, q.close, p.end)));
		if (named) raw = named;
	}
	// "…,” I told him": the writer (or, in an interview's answer, the one interviewed), never "I" itself.
	if (raw && /^(?:I|we|you)$/i.test(raw)) raw = null;
	// "A spokesperson for the ICRC said …. “…,” the spokesperson said" (or "she said", in that paragraph): the body spoken for.
	// ("A spokesman for X, who asked not to be named, told …" opening the paragraph before, "“…,” he said" opening this one: X.)
	const voice = raw ? /^(?:(?:the\s+)?spokes(?:man|woman|person)|(s?he))$/i.exec(raw) : null;
	const from = voice?.[1] ? p.start : Math.max(0, q.open - 600);
	const opening = () =>
		voice?.[1] && pi > 0 && q.open === p.start
			? bodyVoiceOpening(prose.slice(paragraphs[pi - 1]!.start, p.start))
			: null;
	if (voice) raw = bodyVoiceBefore(prose.slice(from, q.open)) ?? opening() ?? raw;
	// "A: … I answered him, “…”": in an interview's answer, "I" is the one interviewed.
	if (!raw) raw = answererSpeaking(prose, paragraphs, p, head, tail);
	return { raw, tailEnd, head, pronounAt };
}

/** Up to four words, then a speech verb: "Marukyan asked", "The deputy minister said" (no sentence of narration). */
function shortAttribution(text: string): boolean {
	const m = TAIL_SUBJECT_FIRST.exec(text);
	// ("…!” Hikmat Hajiyev, assistant to the President, wrote": a name and its appositive.)
	return !!m && m[1]!.split(',')[0]!.trim().split(/\s+/).length <= 4;
}

/** A first name and a surname (after a role, maybe) doing something to an object: "surgeon Armen X counts the beds". */
const DOING =
	/(?:^|[,.!?]\s+)(?:\p{L}+\s+){0,2}(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)\s+\p{Ll}{2,}(?:s|ed)\s+(?:the|a|an|his|her|their|its)\s[^.!?“”"«»„]*[.!?]\s*$/u;

/** Where a pronoun stands in the words before a quote. */
const PRONOUN_WORD: Record<string, RegExp> = {
	he: /\b[Hh]e\b/,
	she: /\b[Ss]he\b/,
	they: /\b[Tt]hey\b/,
	it: /\b[Ii]t\b/
};
/** The paragraph holding `at` (a quote over several paragraphs closes in a later one). */
function paragraphAt(paragraphs: Paragraph[], at: number, from: number): Paragraph {
	let k = from;
	while (k + 1 < paragraphs.length && paragraphs[k]!.end < at) k++;
	return paragraphs[k]!;
}
