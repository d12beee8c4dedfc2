// Places the blind sets of session 22 (holdout29, holdout30) dropped or joined wrong, each on an article
// written for the test.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesOf } from './__fixtures__/article-text';
import { matcherFor } from './join';

/** The places an article of `body` joins and the names it reports unmatched. */
const run = (body: string, date = '2023-09-28') =>
	placesOf(matcherFor(curatedGeodata!), body, { title: 'On the road to Goris', date });

describe.runIf(curatedGeodata)('where a person comes from', () => {
	it('reports the town after any noun for a person and "from", also a longer one', () => {
		expect(
			run('Arsen, a former schoolteacher from Norashen, said he would stay with his brother.').unmatched
		).toEqual(['Norashen']);
		expect(run('A 40-year-old from Norashen waited by the bus.').unmatched).toEqual(['Norashen']);
		expect(run('A mechanic from Norashen fixed the truck.').unmatched).toEqual(['Norashen']);
	});
});

describe.runIf(curatedGeodata)('a facility named before it existed as drawn', () => {
	it('joins the Hakari bridge from the day the bridge was built, before its checkpoint', () => {
		const text = 'Trucks queued at the Hakari bridge on the new road.';
		expect(run(text, '2023-01-17').joined).toEqual(['Hakari bridge → hakari-bridge']);
		expect(run(text, '2022-08-26').joined).toEqual(['Hakari bridge → hakari-bridge']);
		// Two years before it was built, the name is reported, not joined.
		expect(run(text, '2020-11-20')).toEqual({ joined: [], unmatched: ['Hakari bridge'] });
	});
});

describe.runIf(curatedGeodata)('the base at the airfield near a town', () => {
	it('joins the headquarters "at the airfield near" the town of the airport, as at its airport', () => {
		expect(run('They set up their headquarters at the airfield near Khankendi in 2020.').joined).toEqual([
			'headquarters at the airfield near Khankendi → peacekeeping-hq'
		]);
		expect(run('They set up their headquarters at the former airfield of Stepanakert.').joined).toEqual([
			'headquarters at the former airfield of Stepanakert → peacekeeping-hq'
		]);
	});
});

describe.runIf(curatedGeodata)('people are no places', () => {
	it('knows the story’s public figures by surname alone', () => {
		expect(run('It happened without a single public quarrel between Putin and Aliyev.')).toEqual({
			joined: [],
			unmatched: []
		});
	});
	it('knows a person the article names with a rank and a given name, wherever the surname stands', () => {
		const out = run(
			'The most senior was Captain First Rank Ivan Dorokhov, 52, a naval officer.\n\nA retired officer who served with Dorokhov spoke to us. A plaque will be placed at Dorokhov’s school.'
		);
		expect(out.unmatched).toEqual([]);
	});
	it('reads a lone given name closing an apposition before "said" as the person', () => {
		expect(run('A driver from Goris, Samvel, said he had been taking medicine to Stepanakert.')).toEqual({
			joined: ['Goris → goris', 'Stepanakert → stepanakert'],
			unmatched: []
		});
	});
});
