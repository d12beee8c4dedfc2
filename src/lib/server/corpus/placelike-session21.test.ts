// Places the tuned sets still dropped (session 21), each on an article written for the test: the town an
// embassy or a consulate stands in is a mention of the town (a building in the town, eval/README
// "settled in session 21"), while a mission's proper name keeps its place; "the base near the airport",
// which five writers read as the peacekeepers' headquarters with no town named, and the airport's town
// when one is named (another town's airport is another base).
import { describe, expect, it } from 'vitest';
import { articleOf, curatedGeodata, placesOf } from './__fixtures__/article-text';
import { extractArticle, matcherFor } from './join';

/** The places an article of `body` joins and the names it reports unmatched. */
const run = (body: string, date = '2023-02-03') =>
	placesOf(matcherFor(curatedGeodata!), body, { title: 'Visas and convoys', date });

describe.runIf(curatedGeodata)('a building in a town names the town', () => {
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

describe.runIf(curatedGeodata)('the peacekeepers’ base named by the airport alone', () => {
	const joined = (body: string, date = '2023-09-24') => {
		const a = articleOf(body, { title: 'Waiting for fuel', date });
		return extractArticle(a, matcherFor(curatedGeodata!)).mentions.map(
			(m) => `${a.body.slice(m.start, m.end)} → ${m.ids.join()}`
		);
	};

	it('joins “the base near the airport” and “the base at the airport” to the headquarters', () => {
		expect(joined('Families slept at the Russian base near the airport before the convoy left.')).toEqual([
			'base near the airport → peacekeeping-hq'
		]);
		expect(joined('Buses took them to the peacekeepers’ main base at the airport.')).toEqual([
			'base at the airport → peacekeeping-hq'
		]);
	});

	it('takes the airport’s town into the phrase, and another town’s airport is another base', () => {
		expect(joined('Crowds gathered at the main base near the airport of Stepanakert.')).toEqual([
			'main base near the airport of Stepanakert → peacekeeping-hq'
		]);
		expect(joined('Protesters marched to the Russian base near the airport in Gyumri.')).toEqual([
			'Russian base near the airport in Gyumri → russian-102nd-base'
		]);
	});
});

describe.runIf(curatedGeodata)('the peacekeepers’ zone named without its owner', () => {
	const zones = (body: string) => {
		const a = articleOf(body, { title: 'The mandate', date: '2023-02-15' });
		return extractArticle(a, matcherFor(curatedGeodata!))
			.mentions.filter((m) => m.ids[0]?.startsWith('peacekeeping-zone'))
			.map((m) => a.body.slice(m.start, m.end));
	};

	it('takes “the zone of responsibility” as the peacekeepers’ zone when they were just named', () => {
		expect(
			zones('The peacekeepers have a clear mandate. The road is in their zone of responsibility.')
		).toEqual(['zone of responsibility']);
		expect(
			zones('The situation in the zone of the peacekeeping operation is stable, the officer said.')
		).toEqual(['zone of the peacekeeping operation']);
	});

	it('leaves another body’s area of responsibility, and one with no peacekeepers near', () => {
		expect(
			zones(
				'The peacekeepers watched the road. The area of responsibility of the border guards ends at the river.'
			)
		).toEqual([]);
		expect(zones('The ministry said the bridge lies outside its zone of responsibility.')).toEqual([]);
	});
});

describe.runIf(curatedGeodata)('words that only look like a place’s head or a dateline', () => {
	it('reads “pass” before “our” or “the” as a verb, not a mountain pass', () => {
		const out = run('“We watch the whole of Karabakh pass our windows,” said a woman in the village.');
		expect(out.joined).toEqual(['Karabakh → nagorno-karabakh']);
		expect(out.unmatched).toEqual([]);
	});

	it('reads a story’s genre in capitals before the dash as no dateline', () => {
		expect(run('ANALYSIS - The last Russian soldiers left the region on Wednesday.').unmatched).toEqual([]);
	});

	it('finds the zone of responsibility over a line break', () => {
		expect(run('The peacekeepers remain in the area\nof responsibility, the ministry said.').joined).toEqual([
			'area\nof responsibility → peacekeeping-zone-2020'
		]);
	});
});
