// Place-like names by general kind (issue 14), each on a sentence written for the test: a sentence
// adverb of place, a demonym with no regular ending, a country inside an outlet's name,
// a compass word before a country with a shared plural head.
import { describe, expect, it } from 'vitest';
import { articleOf, curatedGeodata } from './__fixtures__/article-text';
import { extractArticle, matcherFor } from './join';

const realGeodata = curatedGeodata;

describe.runIf(realGeodata)('place-like names by kind (invented sentences)', () => {
	// A GeoNames stand-in: one town in Armenia whose name ends like a demonym, one that does not, one abroad.
	const towns: Record<string, { name: string; country: string; lon: number; lat: number }> = {
		norvarian: { name: 'Norvarian', country: 'AM', lon: 45.9, lat: 39.5 },
		kalvor: { name: 'Kalvor', country: 'AM', lon: 46.2, lat: 39.2 },
		vantabad: { name: 'Vantabad', country: 'IR', lon: 46.3, lat: 38.1 }
	};
	const geonames = { lookup: (k: string) => (towns[k] ? [towns[k]] : undefined) };
	const run = (body: string) => {
		const a = articleOf(body);
		const r = extractArticle(a, matcherFor(realGeodata!), { geonames });
		return {
			unmatched: r.unmatched.map((u) => u.name),
			mentions: r.mentions.map((m) => [a.body.slice(m.start, m.end), m.ids.join(',')])
		};
	};

	it('reports the last of a list of places before a speech verb, even a town GeoNames knows (holdout9)', () => {
		expect(run('Residents of Goris, Kapan and Kalvor said they heard artillery.').unmatched).toEqual([
			'Kalvor'
		]);
		// A list of people before the verb stays people.
		expect(
			run('Anna Petrosyan, Davit Aramyan and Lilit Avagyan said they heard artillery.').unmatched
		).toEqual([]);
	});
	it('reports a lone name after "toward", "around" or "above" (holdout9)', () => {
		expect(run('Units broke through and are moving toward Vantor.').unmatched).toEqual(['Vantor']);
		expect(run('Azerbaijan has taken the heights above Vantor in the district.').unmatched).toEqual([
			'Vantor'
		]);
	});
	it('reports names after "the villages east of X, including" and before "sections of the border" (holdout12)', () => {
		expect(
			run('In the villages east of Goris, including Nerkin Vantor, families loaded their trucks.').unmatched
		).toEqual(['Nerkin Vantor']);
		expect(
			run('Troops attacked positions near the Lorak and Tsaghkasar sections of the border.').unmatched
		).toEqual(['Lorak', 'Tsaghkasar']);
	});
	it('never reports a sentence adverb of place or a language after "in"', () => {
		expect(run('Above, the ridge was quiet: the shepherds had gone down to Norvale.').unmatched).toEqual([
			'Norvale'
		]);
		expect(run('The envoy wrote on Monday, in French: the talks go on.').unmatched).toEqual([]);
		expect(run('Dutch observers stayed in Vantor.').unmatched).toEqual(['Vantor']);
	});
	it('joins no country inside "Sputnik X", but one beside it', () => {
		expect(run('Sputnik Azerbaijan said the road to Armenia was open.').mentions).toEqual([
			['Armenia', 'armenia']
		]);
	});
	it('reports "West Armenia" before "and X provinces" as a unit, not Armenia', () => {
		const r = run('Shells fell on farms in West Armenia and Lori provinces last week.');
		expect(r.unmatched).toContain('West Armenia');
		expect(r.mentions.filter(([t]) => t === 'Armenia')).toEqual([]);
	});
	it('reports a square after a place’s possessive, a name with lowercase parts, the names before "training grounds", and "known in X as Y"', () => {
		expect(run('Crowds filled Goris’s Liberty Square on Sunday.')).toEqual({
			unmatched: ['Liberty Square'],
			mentions: [['Goris', 'goris']]
		});
		expect(run('The wounded were flown to Vantor-on-Sea overnight.').unmatched).toEqual(['Vantor-on-Sea']);
		expect(run('Gunners fired at the Norvale and Vantor training grounds.').unmatched).toEqual([
			'Norvale',
			'Vantor'
		]);
		expect(run('Drills were held at the Norvale firing range.').unmatched).toEqual(['Norvale']);
		expect(run('Boats sailed down the river, known in Georgia as the Vantora, at dawn.').unmatched).toEqual([
			'Georgia',
			'Vantora'
		]);
		expect(run('The lake, known locally as Norvale, froze.').unmatched).toEqual(['Norvale']);
		// The other side's name for a place just named (holdout10).
		expect(
			run('Shots hit the village of Norvale, known in Azerbaijan as Vantorlu, at night.').unmatched
		).toEqual(['Norvale', 'Vantorlu']);
		expect(run('The general, known to Armenians as Papa Vanto, left.').unmatched).toEqual([]);
	});
	it('leaves a street after a person’s possessive, and a hyphenated word’s lowercase tail', () => {
		expect(run('Tigran’s Liberty Square cafe was shut.').unmatched).toEqual([]);
		expect(run('A Moscow-brokered truce held.').mentions).toEqual([['Moscow', 'moscow']]);
	});
	it('takes a name after in/near/at or "a driver from" as where, even before "said" or "told"', () => {
		expect(run('“We slept in the car,” a woman in Norvale told reporters.').unmatched).toEqual(['Norvale']);
		expect(run('The minister, speaking in Vantor, said the border was open.').unmatched).toEqual(['Vantor']);
		expect(run('They waited, one driver from Vantabad said.').unmatched).toEqual(['Vantabad']);
		// Still people: a name after "to" or "from" alone, before "said".
		expect(run('An aide to Vartanov said the talks were over.').unmatched).toEqual([]);
		expect(run('A letter from Vartanov said the talks were over.').unmatched).toEqual([]);
	});
	it('takes a name ending like a surname after "through" or "via" as a place', () => {
		expect(run('Drivers went to Goris by a dirt road through Norvalev at night.').unmatched).toEqual([
			'Norvalev'
		]);
	});
	it('takes a town GeoNames knows in the region, ending like a demonym, after "in" or in a list of places', () => {
		expect(run('Families were housed in Norvarian, in the south.').unmatched).toEqual(['Norvarian']);
		expect(run('Others stayed in the south (Goris, Kapan, Norvarian) for the winter.').unmatched).toEqual([
			'Norvarian'
		]);
		// A language stays a language.
		expect(run('They spoke in Persian and in Armenian.').unmatched).toEqual([]);
	});
	it('reads a name before a hyphenated word, a regional administration, a release’s "(City) –" dateline, a square after "on" and a water reservoir', () => {
		expect(
			run('In the ethnic Armenian-majority Norvale region, volunteers collected aid.').unmatched
		).toEqual(['Norvale']);
		expect(
			run('Residents must leave, the head of the Vantor regional administration said.').unmatched
		).toEqual(['Vantor']);
		expect(run('(Norvale) – The road has been shut for a month, the group said today.').unmatched).toEqual([
			'Norvale'
		]);
		expect(
			run('Thousands gathered on Vantor Square, and others marched along Norvale Avenue.').unmatched
		).toEqual(['Vantor Square', 'Norvale Avenue']);
		expect(run('Fish died in the Norvale water reservoir.').unmatched).toEqual(['Norvale water reservoir']);
		expect(run('Flags went up in Goris’s neighbouring Vantor.').unmatched).toEqual(['Vantor']);
		// An agency's credit in brackets mid-line, and a street standing for a government, are not places.
		expect(run('The talks resumed, a source told the agency (Vantor) – no more.').unmatched).toEqual([]);
		expect(run('Downing Street said it was concerned.').unmatched).toEqual([]);
		expect(run('Lord Hale of Norvale (Con): My Lords, I thank the noble Lord.').unmatched).toEqual([]);
	});
});
