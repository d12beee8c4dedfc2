// Words that point a shared, dated name at an earlier version than the article's date. Every text
// here is written for the test; the curated geodata gives the two lines of contact.
import { describe, expect, it } from 'vitest';
import { articleOf, curatedGeodata } from './__fixtures__/article-text';
import { extractArticle, matcherFor } from './join';

const real = curatedGeodata;

describe.runIf(real)('the version a shared name points at', () => {
	const matcher = matcherFor(real!);
	const ids = (body: string, date: string) =>
		extractArticle(articleOf(body, { date }), matcher).mentions.map((m) => [
			body.slice(m.start, m.end),
			m.ids
		]);

	it('"the front line" where men fought, in the weeks after the ceasefire, is the war’s front', () => {
		expect(ids('Her brother had fought on the front line near the river in October.', '2020-11-20')).toEqual([
			['front line', ['line-of-contact-1994']]
		]);
		expect(ids('The hills they recaptured along the front line are now quiet.', '2020-11-10')).toEqual([
			['front line', ['line-of-contact-1994']]
		]);
	});
	it('keeps the article’s date when nobody fought there, or months later', () => {
		expect(ids('A patrol now watches the front line from the ridge.', '2020-11-20')).toEqual([
			['front line', ['line-of-contact-2020']]
		]);
		expect(ids('Two soldiers were wounded in fighting on the front line.', '2021-07-14')).toEqual([
			['front line', ['line-of-contact-2020']]
		]);
		expect(
			ids('Shepherds who had fought in the war grazed sheep near the contact line.', '2020-11-20')
		).toEqual([['contact line', ['line-of-contact-2020']]]);
	});
	it('a timeline entry speaks of its own date, its year from the heading above it', () => {
		const body = [
			'2020[edit]',
			'1 December – The district is handed over; the Lachin corridor passes under the peacekeepers’ control.',
			'2023[edit]',
			'20 September – Shelters fill near the Lachin corridor.'
		].join('\n');
		expect(ids(body, '2024-06-20')).toEqual([
			['Lachin corridor', ['lachin-corridor-2020']],
			['Lachin corridor', ['lachin-corridor-2022']]
		]);
	});
	it('a date elsewhere in the sentence leaves the article’s date to decide', () => {
		expect(
			ids(
				'Under the statement of November 9, 2020 the peacekeepers must control the Lachin corridor.',
				'2023-01-10'
			)
		).toEqual([['Lachin corridor', ['lachin-corridor-2022']]]);
	});
	it('"the former" and "the old" still choose the earlier versions', () => {
		expect(ids('Buses crossed the former contact line at dawn.', '2021-06-01')).toEqual([
			['contact line', ['line-of-contact-1994']]
		]);
	});
});
