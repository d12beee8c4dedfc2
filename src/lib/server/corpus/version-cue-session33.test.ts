// Session 33: a sentence's own years, a timeline entry closed by a full stop, and "until <date>" after
// a name. Every text here is written for the test; the curated geodata gives the two lines of contact
// and the two roads of the Lachin corridor (the 2022 road `replaces` the 2020 one).
import { describe, expect, it } from 'vitest';
import { articleOf, curatedGeodata } from './__fixtures__/article-text';
import { extractArticle, matcherFor } from './join';

const real = curatedGeodata;

describe.runIf(real)('the version a shared name points at (session 33)', () => {
	const matcher = matcherFor(real!);
	const ids = (body: string, date: string) =>
		extractArticle(articleOf(body, { date }), matcher)
			.mentions.filter((m) => m.ids.some((id) => /^(?:line-of-contact|lachin-corridor)/.test(id)))
			.map((m) => [body.slice(m.start, m.end), m.ids]);

	it('a sentence whose years all come before the line of its date speaks of the older line', () => {
		expect(
			ids(
				'A truce signed in May 1994 froze a line of contact that barely moved for a generation.',
				'2023-11-02'
			)
		).toEqual([['line of contact', ['line-of-contact-1994']]]);
	});
	it('a year of the newer line, or "since 1994", leaves the article’s date to decide', () => {
		expect(
			ids('The 1994 truce ended in 2020, when a new accord redrew the line of contact.', '2022-03-01')
		).toEqual([['line of contact', ['line-of-contact-2020']]]);
		expect(ids('Shelling along the line of contact is the worst since 1994.', '2021-07-14')).toEqual([
			['line of contact', ['line-of-contact-2020']]
		]);
	});
	it('a road that moved stays the road of the article’s date, whatever year the sentence gives', () => {
		expect(
			ids(
				'In 2020 a truce put Russian soldiers along the Lachin corridor and around Stepanakert.',
				'2024-04-20'
			)
		).toEqual([['Lachin corridor', ['lachin-corridor-2022']]]);
	});
	it('a timeline entry closed by a full stop speaks of its own day', () => {
		const body = [
			'November 10, 2020. The truce takes effect; troops head for the Lachin corridor.',
			'30 August 2022. Cars use the Lachin corridor’s southern road for the first time.'
		].join('\n');
		expect(ids(body, '2024-06-12')).toEqual([
			['Lachin corridor', ['lachin-corridor-2020']],
			['Lachin corridor', ['lachin-corridor-2022']]
		]);
	});
	it('"until August 2022" after the name dates it, when that is before the article', () => {
		expect(
			ids(
				'Troops guarded the Lachin corridor, which passed through the town until August 2022.',
				'2024-06-12'
			)
		).toEqual([['Lachin corridor', ['lachin-corridor-2020']]]);
		expect(
			ids('Troops guard the Lachin corridor, a mandate that runs until November 2025.', '2021-05-01')
		).toEqual([['Lachin corridor', ['lachin-corridor-2020']]]);
	});
});
