/**
 * The prose the speaker step reads: the body with its quotes blanked, so that a quote's words never name
 * who said them. Split from quote-attribution.ts.
 */
import type { Paragraph, QuoteSpan } from './extract';

/**
 * The body with every quote (marks included) blanked out, same length. A term keeps its words and
 * loses only its marks: the Nagorno-Karabakh “Defense Ministry” is still a ministry the article names.
 */
export function blankQuotes(body: string, quotes: QuoteSpan[]): string {
	let out = '';
	let at = 0;
	for (const q of quotes) {
		if (q.term) out += `${body.slice(at, q.open)} ${body.slice(q.open + 1, q.close - 1)} `;
		else out += body.slice(at, q.open) + ' '.repeat(q.close - q.open);
		at = q.close;
	}
	out += body.slice(at);
	// "Colonel (ret.) Oleg X": the retired rank's aside would cut the rank from the name; it moves to the
	// front as spaces, so that offsets stay the body's.
	return out.includes('(ret') || out.includes('(Ret')
		? out.replace(RETIRED, (m, rank: string) => ' '.repeat(m.length - rank.length) + rank)
		: out;
}
/** A rank and the bracket saying it is retired ("Colonel (ret.)", "Lt. Gen. (Retd)", "Major (retired)"). */
const RETIRED = /(\p{Lu}[\p{L}.-]*) \((?:[Rr]et(?:d|ired)?\.?)\)(?= \p{Lu})/gu;

/** The furniture that credits the page: its names are no one the story speaks of. */
const NAMES_NO_SPEAKER = new Set([
	'byline',
	'author’s note',
	'photo caption',
	'contact line',
	'copyright line'
]);
/**
 * `prose` with the lines of a page's credits blanked, offsets kept: a byline names no one the story speaks of (its
 * "Ani Mejlumyan" is not the "Ani" quoted). A heading over a statement ("STATEMENT OF THE MINISTRY OF DEFENSE",
 * "Statement by the Harbour Authority") still says whose words follow, and stays.
 */
export function blankFurniture(prose: string, paras: Paragraph[]): string {
	let out = '';
	let at = 0;
	for (const p of paras)
		if (p.furniture && NAMES_NO_SPEAKER.has(p.why ?? '')) {
			out += prose.slice(at, p.start) + prose.slice(p.start, p.end).replace(/[^\n]/g, ' ');
			at = p.end;
		}
	return at === 0 ? prose : out + prose.slice(at);
}
