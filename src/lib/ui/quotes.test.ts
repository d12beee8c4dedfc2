import { describe, expect, it } from 'vitest';
import { articleMeta, quoteRecord } from '$lib/data/__fixtures__/records';
import { quotesFor, withoutNested } from './quotes';
import { fold } from './search';

const art = (id: string, date: string, periods: string[]) => articleMeta(id, periods, date);
const rec = (article: string, start: number, end: number, places: string[]) =>
	quoteRecord(article, places, { start, end, text: 'x'.repeat(end - start) });

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

	const y2020 = [{ start: '2020-09-27', end: '2020-12-31' }];
	const y2023 = [{ start: '2023-09-19', end: '2023-12-31' }];
	const undated = {};

	it('keeps the quotes whose article date is in the selection, newest first', () => {
		expect(
			quotesFor('shusha', records, articles, [...y2020, ...y2023], undated).map((r) => r.article)
		).toEqual(['new', 'old']);
		expect(quotesFor('shusha', records, articles, y2020, undated).map((r) => r.id)).toEqual(['old:0']);
		expect(
			quotesFor('shusha', records, articles, [{ start: '2021-01-01', end: '2022-12-31' }], undated)
		).toEqual([]);
	});

	it('lists no quote for a feature the selection does not draw', () => {
		const post = { valid_from: '2020-11-10', valid_to: '2020-12-31' };
		expect(quotesFor('shusha', records, articles, y2023, post)).toEqual([]);
		expect(quotesFor('shusha', records, articles, y2020, post).map((r) => r.id)).toEqual(['old:0']);
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
