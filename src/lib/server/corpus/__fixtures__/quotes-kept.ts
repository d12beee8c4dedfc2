// The words in marks the engine keeps as quotes in an invented text (one paragraph a line): terms and
// titles left out, as the join leaves them.
import { paragraphs } from '../extract';
import { findQuotes } from '../quotes';

export function keptQuotes(...lines: string[]): string[] {
	const body = lines.join('\n');
	const live = paragraphs(body, 'T').filter((p) => !p.furniture);
	return findQuotes(body, live)
		.own.flat()
		.filter((q) => !q.term)
		.map((q) => body.slice(q.start, q.end));
}
