// Places the blind sets of session 20 dropped, each on an article written for the test: the town an
// embassy or a consulate stands in is a mention of the town (a building in the town, eval/README
// "settled in session 21"), while a mission's proper name keeps its place.
import { describe, expect, it } from 'vitest';
import { articleOf, curatedGeodata } from './__fixtures__/article-text';
import { extractArticle, matcherFor } from './join';

describe.runIf(curatedGeodata)('a building in a town names the town', () => {
	const run = (body: string) => {
		const a = articleOf(body, { title: 'Visas and convoys', date: '2023-02-03' });
		const out = extractArticle(a, matcherFor(curatedGeodata!));
		return {
			joined: out.mentions.map((m) => `${a.body.slice(m.start, m.end)} → ${m.ids.join()}`),
			unmatched: out.unmatched.map((u) => u.name)
		};
	};

	it('joins the town after "the X Embassy in" and "a consulate general in"', () => {
		const out = run(
			'The Norvalian Embassy in Yerevan said on Friday that the visas were ready.\n\nA consulate general in Goris will open in the spring, the ministry added.'
		);
		expect(out.joined).toEqual(['Yerevan → yerevan', 'Goris → goris']);
		expect(out.unmatched).toEqual([]);
	});

	it('still reads a mission’s proper name as one body, not its country', () => {
		expect(run('Monitors of the Nordic Union Mission in Armenia drove to the border.').joined).toEqual([]);
	});
});
