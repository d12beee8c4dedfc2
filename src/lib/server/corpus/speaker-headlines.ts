/**
 * A headline's quote ("'We left everything': the road out of …") names no speaker of its own: it is
 * the speaker the body gives the same words, alone or inside a longer quote ("“We left everything,” said
 * Anahit, 58"), or, over an interview, the one interviewed. Split from speakers.ts; asked only for a
 * headline's unattributed quotes.
 */
import type { Paragraph, QuoteSpan } from './extract';
import { FULL_NAME, interviewHeadline } from './speaker-shapes';
import type { Named } from './speaker-names';
import { PERSON_NOUN, roleNoun } from './speaker-descriptor';

/** A paragraph no full stop ends, short as a headline is. */
const HEADLINE_END = /[.!?]["”’»]?\s*$/;
/** Whether a paragraph is short and ends with no full stop: a headline, an entry's heading, a time stamp. */
export const headlineLike = (body: string, p: Paragraph) =>
	p.end - p.start <= 200 && !HEADLINE_END.test(body.slice(Math.max(p.start, p.end - 3), p.end));
/** The words of a quote as compared: lower case, one space between them (a hard-wrapped page breaks lines), without the punctuation that ends them. */
const words = (text: string) =>
	text
		.toLowerCase()
		.replace(/[\s\p{P}]+$/u, '')
		.replace(/\s+/g, ' ')
		.trim();
/** Whether two quotes give the same words: one holds the other ("We have agreed to …" over the body's "have agreed to …", four words at least). */
const sameWords = (heading: string, other: string) =>
	other.includes(heading) || (heading.includes(other) && other.split(' ').length >= 4);
/** A heading's label before its quote: "Expert: ", "Kremlin spokesman: " (one or two words, the last a person's noun). */
const ROLE_LABEL = /^((?:\p{Lu}\p{Ll}+\s+)?\p{Lu}?\p{Ll}+)\s*:\s*$/u;
/** A heading's speaker after its quote and a colon, then the topic: ": Zakharova on the withdrawal". */
const NAME_ON_TOPIC = /^[,.]?[”"’»]?\s*[:—–]\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:on|about)\s/u;
/** How many paragraphs under a heading its quote may look for its speaker ("17:05", heading, then the entry). */
const SECTION = 3;

/**
 * Fills, in `speakers`, a headline's quote with the speaker of the body's quote that holds its words ("“We
 * left everything,” said Anahit"), nobody when that quote has none and the headline names nobody; else, unattributed, in a live blog's entry
 * heading under its time ("Resident of Barda: “We waited for this day”"), the speaker of the first quote its section gives
 * one to, up to the next heading: a heading sums up the entry below it, in words of its own.
 */
export function headlineQuoteSpeakers(
	body: string,
	paragraphs: Paragraph[],
	quotes: QuoteSpan[][],
	speakers: (string | null)[][],
	byRole?: (pos: number, noun: string) => string | null,
	fullName?: (name: string, pos: number) => string
): void {
	paragraphs.forEach((p, pi) => {
		if (!headlineLike(body, p)) return;
		(quotes[pi] ?? []).forEach((q, qi) => {
			if (q.term) return;
			// "'We have been left alone,' says Karabakh ombudsman": a heading names by a role whom the body
			// names in full; the body's quote of the same words says who.
			const given = speakers[pi]![qi];
			const own = words(body.slice(q.start, q.end));
			if (!own.includes(' ')) return;
			for (let k = 0; k < quotes.length; k++) {
				if (k === pi) continue;
				const hit = (quotes[k] ?? []).findIndex(
					(o) => !o.term && sameWords(own, words(body.slice(o.start, o.end)))
				);
				if (hit >= 0) {
					if (!given || speakers[k]![hit]) speakers[pi]![qi] = speakers[k]![hit]!;
					return;
				}
			}
			if (given) return;
			// "“…”: Zakharova on the peacekeepers’ withdrawal": the one the heading names after its colon, as the body names them.
			const topic = NAME_ON_TOPIC.exec(body.slice(q.end, p.end));
			if (topic && fullName) return void (speakers[pi]![qi] = fullName(topic[1]!, p.end));
			// "Kremlin spokesman: “…”", "Military expert: «…»": a heading's label is a role, held by the one the body names in it.
			const label = ROLE_LABEL.exec(body.slice(p.start, q.open));
			const noun = label && PERSON_NOUN.exec(label[1]!.toLowerCase())?.[1];
			const holder = noun && byRole ? byRole(p.end, roleNoun(noun)) : null;
			if (holder) speakers[pi]![qi] = holder;
			if (holder || !p.underTime) return;
			for (
				let k = pi + 1;
				k <= pi + SECTION && k < paragraphs.length && !headlineLike(body, paragraphs[k]!);
				k++
			) {
				const first = (quotes[k] ?? []).findIndex((o, oi) => !o.term && !!speakers[k]![oi]);
				if (first >= 0) {
					speakers[pi]![qi] = speakers[k]![first]!;
					return;
				}
			}
		});
	});
}

/** A turn of a question-and-answer interview: "— Why stay?", "- Because …", "Q: …", "Avanesyan: …". */
const TURN = /^(?:[—–-]\s|Q:\s|\p{Lu}[\p{L}’'-]+:\s)/u;
/** A surname and a colon opening an answer: "Avanesyan: Planned surgeries …". */
const ANSWER_LABEL = /^(\p{Lu}\p{Ll}[\p{L}’'-]+):\s/u;

/**
 * An article's interview, if it is one: whether a paragraph is its headline's quote ("“…”: An Interview
 * with a Doctor", or a quote alone over question-and-answer turns), and whom it is with.
 */
export function interviewOf(
	prose: string,
	paragraphs: Paragraph[],
	named: () => Named[][],
	isPerson: (name: string) => boolean
) {
	let turns: boolean | undefined;
	/** At least two paragraphs open as a question or an answer. */
	const qa = () =>
		(turns ??= paragraphs.filter((p) => TURN.test(prose.slice(p.start, p.start + 3))).length >= 2);
	let label: string | null | undefined;
	/** The person named in full whose surname labels two answers or more, opening their paragraphs. */
	const labelled = (): string | null => {
		if (label !== undefined) return label;
		const counts = new Map<string, number>();
		for (const p of paragraphs) {
			const m = ANSWER_LABEL.exec(prose.slice(p.start, p.start + 40));
			if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
		}
		label = null;
		for (const [surname, n] of counts) {
			if (n < 2) continue;
			const person = named()
				.flat()
				.find((c) => !c.org && FULL_NAME.test(c.name) && c.name.endsWith(` ${surname}`));
			if (person) return (label = person.name);
		}
		return label;
	};
	return {
		headline: (p: Paragraph, close: number) =>
			interviewHeadline(prose, p, close) || (/^\s*:?[^.!?]*$/.test(prose.slice(close, p.end)) && qa()),
		/**
		 * The first person the next paragraphs name by a title or an appositive ("spoke by phone with Dr. Name,
		 * a surgeon"): whom an interview is with (the outlet that "spoke" is a verb's subject, never this).
		 */
		after: (pi: number, pos: number): string | null => {
			// "Avanesyan: Planned surgeries have stopped…" twice or more: the interview is with the one so labelled.
			const answerer = labelled();
			if (answerer) return answerer;
			// (A standfirst and a photo's caption may stand between the headline and the one introduced.)
			for (let k = pi; k <= pi + 4 && k < paragraphs.length; k++) {
				const n = named()[k]!.find(
					(c) => c.pos > pos && !c.org && isPerson(c.name) && FULL_NAME.test(c.name)
				);
				if (n) return n.name;
			}
			return null;
		}
	};
}
