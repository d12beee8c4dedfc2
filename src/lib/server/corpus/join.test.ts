import { describe, expect, it } from 'vitest';
import { articleOf, curatedGeodata } from './__fixtures__/article-text';
import type { QuoteRecord } from '../../data/types';
import { fixtureGeodata } from './__fixtures__/gazetteer';
import { assertVerbatim, extractArticle, joinCorpus, matcherFor } from './join';
import { periodsOfDate } from '../geodata/periods';

const article = (date: string, body: string, id = 'a') => articleOf(body, { date, id });

describe('periodsOfDate (article periods)', () => {
	it('gives every period containing the date, or none', () => {
		expect(periodsOfDate('2020-11-10', fixtureGeodata.periods)).toEqual(['war-2020', 'deployment-2020']);
		expect(periodsOfDate('2022-01-01', fixtureGeodata.periods)).toEqual([]);
	});
});

describe('joinCorpus', () => {
	it('keeps an article that falls in no period', () => {
		const r = joinCorpus([article('2022-01-01', 'Quiet day in Stepanakert.')], fixtureGeodata);
		expect(r.articles[0]!.periods).toEqual([]);
		expect(r.quotes.map((q) => [q.kind, q.places])).toEqual([['passage', ['stepanakert']]]);
	});
	it('ties a quote to its own places and to those of its attribution', () => {
		const body =
			'Speaking in Baku on Monday, Aliyev said: “We will return to Shusha.” Officials in Yerevan were silent.';
		const r = joinCorpus([article('2020-11-02', body)], fixtureGeodata);
		const quote = r.quotes.find((q) => q.kind === 'quote')!;
		expect(quote).toMatchObject({
			text: 'We will return to Shusha.',
			speaker: 'Aliyev',
			places: ['shusha', 'baku']
		});
		expect(r.quotes.filter((q) => q.kind === 'passage').map((q) => q.text)).toContain(
			'Officials in Yerevan were silent.'
		);
	});
	it('resolves he/she to the last named speaker, in this paragraph or the one before', () => {
		const body = [
			'“The contingent is needed in Karabakh,” Galuzin told RBC.',
			'“So I would not say it is over,” he said.',
			'Zakharova, a spokeswoman, said that Moscow was calm. “Nothing new,” she added.'
		].join('\n');
		const r = joinCorpus([article('2023-10-09', body)], fixtureGeodata);
		expect(r.quotes.filter((q) => q.kind === 'quote').map((q) => q.speaker)).toEqual([
			'Galuzin',
			'Galuzin',
			'Zakharova'
		]);
	});
	it('gives offsets such that text === body.slice(start, end)', () => {
		const a = article('2020-10-31', 'Shelling of Stepanakert and “Choucha” reported.\nMore in Gumri.');
		const r = joinCorpus([a], fixtureGeodata);
		expect(() => assertVerbatim([a], r.quotes)).not.toThrow();
		for (const q of r.quotes) expect(a.body.slice(q.start, q.end)).toBe(q.text);
	});
});

describe('assertVerbatim', () => {
	const a = article('2020-10-31', 'Shelling of Stepanakert.');
	const good: QuoteRecord = {
		id: 'a:0',
		article: 'a',
		kind: 'passage',
		text: 'Shelling of Stepanakert.',
		speaker: null,
		places: [],
		start: 0,
		end: 24
	};
	it('passes verbatim records and throws a clear message otherwise', () => {
		expect(() => assertVerbatim([a], [good])).not.toThrow();
		expect(() => assertVerbatim([a], [{ ...good, text: 'Shelling of Khankendi.' }])).toThrow(
			/verbatim check failed for 1 of 1.*a:0: text differs/s
		);
		expect(() => assertVerbatim([a], [{ ...good, article: 'b' }])).toThrow(
			/article "b" is not in the corpus/
		);
		expect(() => assertVerbatim([a], [{ ...good, end: 99 }])).toThrow(/out of range/);
	});
});

describe.runIf(curatedGeodata)('a curated acronym', () => {
	const matcher = matcherFor(curatedGeodata!);
	const joined = (body: string) =>
		extractArticle(articleOf(body), matcher).mentions.map((m) => [body.slice(m.start, m.end), m.ids]);
	it('is the place only as written, in capitals, in a line of ordinary case', () => {
		expect(joined('US envoys reached Goris. Tell us what you saw.')).toEqual([
			['US', ['united-states']],
			['Goris', ['goris']]
		]);
		expect(joined('The usa team lost.\nTELL US WHAT YOU SAW')).toEqual([]);
	});
});
