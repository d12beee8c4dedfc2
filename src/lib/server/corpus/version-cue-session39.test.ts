// Session 39: a timeline's entries dated with an abbreviated month or a span of days, and "since the 1994
// ceasefire" as the time of its sentence. Texts written for the test; the curated geodata gives the two lines
// of contact and the two roads of the Lachin corridor.
import { describe, expect, it } from 'vitest';
import { articleOf, curatedGeodata } from './__fixtures__/article-text';
import { extractArticle, matcherFor } from './join';

const real = curatedGeodata;

describe.runIf(real)('the version a shared name points at (session 39)', () => {
	const matcher = matcherFor(real!);
	const ids = (body: string, date: string) =>
		extractArticle(articleOf(body, { date }), matcher)
			.mentions.filter((m) => m.ids.some((id) => /^(?:line-of-contact|lachin-corridor)/.test(id)))
			.map((m) => [body.slice(m.start, m.end), m.ids]);

	it('dates a timeline entry written "Nov. 10, 2020:" or "Sept. 19-20, 2023:"', () => {
		const body = [
			'Nov. 10, 2020: A ceasefire is signed, and troops deploy along the Lachin corridor.',
			'',
			'Aug. 26, 2021: Convoys use the Lachin corridor every day.',
			'',
			'Sept. 19-20, 2023: The offensive; the Lachin corridor is the only way out.'
		].join('\n');
		expect(ids(body, '2024-09-20')).toEqual([
			['Lachin corridor', ['lachin-corridor-2020']],
			['Lachin corridor', ['lachin-corridor-2020']],
			['Lachin corridor', ['lachin-corridor-2022']]
		]);
	});

	it('reads "since the 1994 ceasefire, which left a line of contact" as the line of 1994', () => {
		expect(
			ids(
				'Armenian forces have held the region since the 1994 ceasefire, which left a line of contact guarded by both armies.',
				'2020-11-13'
			)
		).toEqual([['line of contact', ['line-of-contact-1994']]]);
	});
});
