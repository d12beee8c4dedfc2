/** CSV cells for the downloads (the data step's full export and the page's export of the time shown). */
import type { ArticleMeta, QuoteRecord } from './types';

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets never run it as a formula. */
export function csvCell(value: string | number | null): string {
	let s = value === null ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The columns that describe one quote or passage, in both downloads, and their cells. */
export const QUOTE_COLUMNS = [
	'kind',
	'text',
	'speaker',
	'article',
	'title',
	'source',
	'date',
	'url'
] as const;

export function quoteCells(q: QuoteRecord, a: ArticleMeta | undefined): (string | null)[] {
	return [q.kind, q.text, q.speaker, q.article, a?.title ?? '', a?.source ?? '', a?.date ?? '', a?.url ?? ''];
}
