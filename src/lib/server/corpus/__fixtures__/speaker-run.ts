// Runs the speaker step on an invented text, the way join.ts does: paragraphs one a line, quotes,
// sentences, the prose with quotes and furniture blanked, and the inline gazetteer's names as places.
import { paragraphs, sentencesIn } from '../extract';
import { matcherFor } from '../join';
import { findQuotes } from '../quotes';
import { blankFurniture, blankQuotes } from '../quote-blanks';
import { resolveSpeakers } from '../speakers';
import { peopleByParagraph } from '../speaker-people';
import { fixtureGeodata } from './gazetteer';

const matcher = matcherFor(fixtureGeodata);
const isPlace = (name: string) => {
	const ms = matcher.match(name);
	return ms.length === 1 && ms[0]!.start === 0 && ms[0]!.end === name.length;
};

/** Each quote of the text (one paragraph a line), in text order, with its speaker: [text, speaker]. */
export const speakersOf = (...lines: string[]) => speakersOn(undefined, ...lines);

/** The same for an article of that date (YYYY-MM-DD): who held an office then. */
export function speakersOn(date: string | undefined, ...lines: string[]): [string, string | null][] {
	const body = lines.join('\n');
	const paras = paragraphs(body, 'T');
	const live = paras.filter((p) => !p.furniture);
	const { own, covering } = findQuotes(body, live);
	const sentences = live.map((p, i) => sentencesIn(body, p.start, p.end, covering[i]!));
	const prose = blankFurniture(blankQuotes(body, own.flat()), paras);
	const people = peopleByParagraph(prose, live);
	const who = resolveSpeakers({
		body,
		prose,
		paragraphs: live,
		quotes: own,
		sentences,
		isPlace,
		people,
		date
	});
	return own.flatMap((list, pi) =>
		list.flatMap((q, qi) =>
			q.term ? [] : [[body.slice(q.start, q.end), who[pi]![qi] ?? null] as [string, string | null]]
		)
	);
}
