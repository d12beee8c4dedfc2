// Place-like names by the kinds the fourth real-news round and holdout9's list showed, each on a
// sentence written for the test: capitals that name no place (a transcript's speaker label, an
// outlet's name in capitals inside a sentence), a river along which villages lie, a ridge.
import { describe, expect, it } from 'vitest';
import { articleOf, curatedGeodata } from './__fixtures__/article-text';
import { extractArticle, matcherFor } from './join';

const realGeodata = curatedGeodata;

describe.runIf(realGeodata)('place-like names, fourth real-news round (invented sentences)', () => {
	const run = (body: string) => {
		const a = articleOf(body);
		const r = extractArticle(a, matcherFor(realGeodata!));
		return {
			unmatched: r.unmatched.map((u) => [u.name, u.spans.length]),
			mentions: r.mentions.map((m) => [a.body.slice(m.start, m.end), m.ids.join(',')])
		};
	};

	it('reads a transcript’s speaker label in capitals as no place, and a wire’s dateline as one', () => {
		expect(
			run('PRESENTER (Jane Doe): Welcome back to the evening show.\nGUEST: Thank you for having me.')
				.unmatched
		).toEqual([]);
		expect(run('OSTRAND (Valley Post) – The ferry to the island resumed on Monday.').unmatched).toEqual([
			['OSTRAND', 1]
		]);
	});
	it('reads words in capitals inside a sentence as an outlet, even after the country was reported', () => {
		const r = run(
			'The minister flew to Georgia on Monday.\n“We are ready,” he told GEORGIA TODAY on Tuesday.'
		);
		expect(r.unmatched).toEqual([['Georgia', 1]]);
	});
	it('reports a lone name along which villages lie, and a ridge with its name', () => {
		expect(run('Farmers in the villages along the Vantor said the water was low.').unmatched).toEqual([
			['Vantor', 1]
		]);
		expect(run('Snow on the Norvale ridge closed the pass for a week.').unmatched).toEqual([
			['Norvale ridge', 1]
		]);
		// A demonym after "along the" stays an adjective.
		expect(run('Patrols went along the Armenian border at night.').unmatched).toEqual([]);
	});
	it('reads the parties to a conversation or talks as no place, and the places a road runs between as places', () => {
		expect(run('A telephone conversation between Vantor and Kellowyan is not planned.').unmatched).toEqual(
			[]
		);
		expect(run('The road between Vantor and Kellow was closed.').unmatched).toEqual([
			['Vantor', 1],
			['Kellow', 1]
		]);
	});
	it('joins a name whose possessive lost its apostrophe in the copy', () => {
		expect(run('Gyumri is now Armenias second city.').mentions).toEqual([
			['Gyumri', 'gyumri'],
			['Armenia', 'armenia']
		]);
		// Only before a word in lower case: "Armenias." is no possessive.
		expect(run('Gyumri is now one of the Armenias.').mentions).toEqual([['Gyumri', 'gyumri']]);
	});
	it('reads the word after a dateline’s dash as the story’s first, not a place listed with the country', () => {
		expect(run('VANTOR, Armenia—Cars piled high with mattresses filled the road.').unmatched).toEqual([
			['VANTOR', 1]
		]);
	});
	it('reads a state’s armed forces as an institution, not a place', () => {
		expect(
			run('Units of the Southern District of the Vantorian Armed Forces arrived in Kellow village.').unmatched
		).toEqual([['Kellow', 1]]);
	});
});
