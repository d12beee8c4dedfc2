// Minimal valid article and quote rows for the data tests: each test states only the fields it is about.
import type { ArticleMeta, QuoteRecord } from '../types';

export const articleMeta = (id: string, periods: string[], date = '2020-11-02'): ArticleMeta => ({
	id,
	title: id,
	source: 'Outlet',
	date,
	date_note: null,
	url: null,
	periods
});

export const quoteRecord = (
	article: string,
	places: string[],
	fields: Partial<QuoteRecord> = {}
): QuoteRecord => ({
	id: `${article}:${fields.start ?? 0}`,
	article,
	kind: 'quote',
	text: 'x',
	speaker: null,
	places,
	start: 0,
	end: 1,
	...fields
});
