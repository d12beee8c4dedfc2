// Place-like names by the kinds the fifth real-news round showed (session 12), each on a sentence written
// for the test: a village named by whose it is ("Vantor, her village in …"), a heard final s written z,
// a numbered event after "at", an outlet's domain split by a space, a brand in marks before its goods,
// and a headline's last word that is no cue for the line under it.
import { describe, expect, it } from 'vitest';
import { articleOf, curatedGeodata } from './__fixtures__/article-text';
import { extractArticle, matcherFor } from './join';

const realGeodata = curatedGeodata;

describe.runIf(realGeodata)('place-like names, fifth real-news round (invented sentences)', () => {
	const run = (body: string) => {
		const a = articleOf(body);
		const r = extractArticle(a, matcherFor(realGeodata!));
		return {
			unmatched: r.unmatched.map((u) => [u.name, u.spans.length]),
			mentions: r.mentions.map((m) => [a.body.slice(m.start, m.end), m.ids.join(','), m.how])
		};
	};

	it('reports a village named by whose it is, and its bare repeat', () => {
		expect(
			run(
				'Anna moved to the city after the army took Vantor, her village in the hills.\nShe still dreams of Vantor.'
			).unmatched
		).toEqual([['Vantor', 2]]);
		// A person described so is no place.
		expect(run('Anna Petrosyan, her neighbour in the camp, said the water was cold.').unmatched).toEqual([]);
	});
	it('joins a final s written z to the curated name, as a variant', () => {
		expect(run('After a two-day trip the family reached Goriz.').mentions).toEqual([
			['Goriz', 'goris', 'variant']
		]);
	});
	it('reads a numbered event after "at" as no place', () => {
		expect(run('The president spoke at VIII Summit of the Council of Harbour States.').unmatched).toEqual([]);
	});
	it('reads an outlet’s domain split by a space as no dateline', () => {
		expect(run('HPA. AZ reports that the ferry resumed.').unmatched).toEqual([]);
		expect(run('VANTOR. The ferry resumed on Monday.').unmatched).toEqual([['VANTOR', 1]]);
	});
	it('reads a country’s name in marks before goods as a brand', () => {
		expect(run('Farmers received new “Belarus” tractors from the state.').unmatched).toEqual([]);
		expect(run('The delegation might skip the sessions in Belarus.').unmatched).toEqual([['Belarus', 1]]);
	});
	it('does not take a headline’s last word for a cue to the line under it', () => {
		expect(
			run('The new ferry arrives in the capital\nAnna Petrosyan was waiting on the pier with flowers.')
				.unmatched
		).toEqual([]);
	});
});
