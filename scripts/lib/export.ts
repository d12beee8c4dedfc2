// The CSV download: one row per quote or passage and place (a quote with no place gets one row).
import type { ArticleMeta, QuoteRecord } from '../../src/lib/data/types.ts';

const COLUMNS = [
	'place',
	'kind',
	'text',
	'speaker',
	'article',
	'title',
	'source',
	'date',
	'url',
	'start',
	'end'
];

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets never run it as a formula. */
export function csvCell(value: string | number | null): string {
	let s = value === null ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCSV(quotes: readonly QuoteRecord[], articles: readonly ArticleMeta[]): string {
	const byId = new Map(articles.map((a) => [a.id, a]));
	const rows = [COLUMNS.join(',')];
	for (const q of quotes) {
		const a = byId.get(q.article);
		for (const place of q.places.length > 0 ? q.places : ['']) {
			const cells = [
				place,
				q.kind,
				q.text,
				q.speaker,
				q.article,
				a?.title ?? '',
				a?.source ?? '',
				a?.date ?? '',
				a?.url ?? '',
				q.start,
				q.end
			];
			rows.push(cells.map(csvCell).join(','));
		}
	}
	return `${rows.join('\r\n')}\r\n`;
}
