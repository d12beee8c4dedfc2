/**
 * Cuts an article body into runs of plain text and marked quotes/passages for the reader.
 * Overlapping records (a passage that contains a quote) are nested by keeping the outer
 * record's span and listing the inner ones, so no text is ever repeated or lost.
 */
import type { QuoteRecord } from './types';

export type Run = { kind: 'text'; text: string } | { kind: 'mark'; text: string; records: QuoteRecord[] };

export function splitBody(body: string, records: readonly QuoteRecord[]): Run[] {
	const sorted = [...records].sort((a, b) => a.start - b.start || b.end - a.end);
	const runs: Run[] = [];
	let cursor = 0;
	let i = 0;
	while (i < sorted.length) {
		const first = sorted[i]!;
		let end = first.end;
		const group = [first];
		// Merge every record that starts inside the current span.
		while (i + 1 < sorted.length && sorted[i + 1]!.start < end) {
			i += 1;
			group.push(sorted[i]!);
			end = Math.max(end, sorted[i]!.end);
		}
		if (first.start > cursor) runs.push({ kind: 'text', text: body.slice(cursor, first.start) });
		const start = Math.max(first.start, cursor);
		runs.push({ kind: 'mark', text: body.slice(start, end), records: group });
		cursor = Math.max(cursor, end);
		i += 1;
	}
	if (cursor < body.length) runs.push({ kind: 'text', text: body.slice(cursor) });
	return runs;
}

/**
 * Drops records that lie inside another record of the same article: a passage already shows
 * the short quote it contains ("Defense Ministry" inside the sentence about the shelling).
 * The reader still marks both.
 */
export function withoutNested(records: readonly QuoteRecord[]): QuoteRecord[] {
	return records.filter(
		(r) =>
			!records.some(
				(o) =>
					o !== r &&
					o.article === r.article &&
					o.start <= r.start &&
					o.end >= r.end &&
					o.end - o.start > r.end - r.start
			)
	);
}
