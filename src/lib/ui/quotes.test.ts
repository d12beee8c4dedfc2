import { describe, expect, it } from 'vitest';
import type { ArticleMeta, QuoteRecord } from '$lib/data/types';
import { fold, quotesFor, withoutNested } from './quotes';

const art = (id: string, date: string, periods: string[]): ArticleMeta => ({
	id,
	title: id,
	source: 'S',
	date,
	date_note: null,
	url: null,
	periods
});
const rec = (article: string, start: number, end: number, places: string[]): QuoteRecord => ({
	id: `${article}:${start}`,
	article,
	kind: 'quote',
	text: 'x'.repeat(end - start),
	speaker: null,
	places,
	start,
	end
});

const articles = new Map([
	['old', art('old', '2020-10-31', ['2020'])],
	['new', art('new', '2023-10-09', ['2023'])]
]);

describe('quotes for a popup', () => {
	const records = [
		rec('old', 0, 50, ['shusha']),
		rec('old', 10, 20, ['shusha']),
		rec('new', 5, 30, ['shusha'])
	];

	it('keeps the periods shown, newest first', () => {
		expect(quotesFor('shusha', records, articles, ['2020', '2023']).map((r) => r.article)).toEqual([
			'new',
			'old'
		]);
		expect(quotesFor('shusha', records, articles, ['2020']).map((r) => r.id)).toEqual(['old:0']);
		expect(quotesFor('shusha', records, articles, [])).toEqual([]);
	});

	it('drops a quote already shown inside a longer passage of the same article', () => {
		expect(withoutNested(records).map((r) => r.id)).toEqual(['old:0', 'new:5']);
		// Same span twice is not "nested": both stay.
		expect(withoutNested([rec('a', 0, 5, []), rec('a', 0, 5, [])])).toHaveLength(2);
	});

	it('folds case, accents and apostrophes for search', () => {
		expect(fold('Şuşa')).toBe('susa');
		expect(fold('O’Brien')).toBe('obrien');
	});
});

describe('escapeHtml', () => {
	it('turns markup into text', async () => {
		const { escapeHtml } = await import('./format');
		expect(escapeHtml('<svg onload="x">&\'')).toBe('&#60;svg onload=&#34;x&#34;&#62;&#38;&#39;');
	});
});
