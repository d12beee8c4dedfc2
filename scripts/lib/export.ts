// The CSV download: one row per quote or passage and place (a quote with no place gets one row).
import type { ArticleMeta, QuoteRecord } from '../../src/lib/data/types.ts';
import { csvCell, QUOTE_COLUMNS, quoteCells } from '../../src/lib/data/csv.ts';

export { csvCell };

const COLUMNS = ['place', ...QUOTE_COLUMNS, 'start', 'end'];

export function toCSV(quotes: readonly QuoteRecord[], articles: readonly ArticleMeta[]): string {
	const byId = new Map(articles.map((a) => [a.id, a]));
	const rows = [COLUMNS.join(',')];
	for (const q of quotes) {
		const a = byId.get(q.article);
		for (const place of q.places.length > 0 ? q.places : ['']) {
			const cells = [place, ...quoteCells(q, a), q.start, q.end];
			rows.push(cells.map(csvCell).join(','));
		}
	}
	return `${rows.join('\r\n')}\r\n`;
}
