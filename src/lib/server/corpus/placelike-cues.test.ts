// The words around a name that call it a place ("the capital of X", "the village, called X", …), each
// sentence invented for the test. Split from placelike.test.ts.
import { describe, expect, it } from 'vitest';
import { articleOf, curatedGeodata } from './__fixtures__/article-text';
import { extractArticle, matcherFor } from './join';

describe.runIf(curatedGeodata)('cues that name a place (each sentence invented for the test)', () => {
	/** [name, the text of every span] of each unmatched name. */
	const names = (body: string) => {
		const a = articleOf(body);
		return extractArticle(a, matcherFor(curatedGeodata!)).unmatched.map((u) => [
			u.name,
			u.spans.map((s) => a.body.slice(s.start, s.end))
		]);
	};
	it('"the capital of X", "the territory of the Republic of X", "the village, called X"', () => {
		expect(names('A school opened in Meghri, the capital of Vorotan, last year.')).toContainEqual([
			'Vorotan',
			['Vorotan']
		]);
		expect(names('The column entered the territory of the Republic of Khazaria by night.')).toEqual([
			['Khazaria', ['Khazaria']]
		]);
		expect(names('The hamlet, called Verinshen by its people, was empty.')).toEqual([
			['Verinshen', ['Verinshen']]
		]);
	});
	it('an exclave, a deposit, a sea; a world region or capital with no cue at all', () => {
		expect(names('Trucks left for its Talvar exclave.')).toEqual([['Talvar', ['Talvar']]]);
		expect(names('Miners left the Zarbulag gold deposit.')).toEqual([
			['Zarbulag gold deposit', ['Zarbulag gold deposit']]
		]);
		expect(names('Miners left the Zarbulag copper mine.')).toEqual([
			['Zarbulag copper mine', ['Zarbulag copper mine']]
		]);
		// A place inside a document's name, whatever stands before it.
		expect(names('Talks went from the Madrid Principles to the draft Kazan document.')).toEqual([]);
		expect(names('Ships crossed the Amber Sea at dawn.')).toEqual([['Amber Sea', ['Amber Sea']]]);
		expect(names('Analysts of the Caucasus see Yerevan courting Paris and Washington.')).toEqual([
			['Caucasus', ['Caucasus']],
			['Paris', ['Paris']],
			['Washington', ['Washington']]
		]);
	});
	it('a deposit with its other name in brackets, an economic region, a dam; one name after "a villager from"', () => {
		expect(names('Geologists reached the Sarivank (Karmrashen) copper deposit.')).toEqual([
			['Sarivank', ['Sarivank']],
			['Karmrashen', ['Karmrashen']]
		]);
		expect(names('Funds went to the North Talvar economic region this year.')).toEqual([
			['North Talvar', ['North Talvar']]
		]);
		expect(names('Engineers inspected the Mirzaghol dam after the flood.')).toEqual([
			['Mirzaghol dam', ['Mirzaghol dam']]
		]);
		expect(names('A message from Verinshen, Aram Hovsepyan, told us more.')).toEqual([]);
		expect(names('A shepherd from Verinshen, Aram Hovsepyan, told us more.')).toEqual([
			['Verinshen', ['Verinshen']]
		]);
		expect(names('A villager from Verinshen, Aram Hovsepyan, told us more.')).toEqual([
			['Verinshen', ['Verinshen']]
		]);
		// A person described by where they live or work: the name is a place, even before the attribution's comma.
		expect(names('“We hid,” Aram Hovsepyan, a teacher from Nor Talvar, told reporters.')).toEqual([
			['Nor Talvar', ['Nor Talvar']]
		]);
		expect(names('Ani Petrosyan, a retired engineer from Verinshen, said the post was empty.')).toEqual([
			['Verinshen', ['Verinshen']]
		]);
		expect(names('After crossing the river, the column stopped.')).toEqual([]);
	});
	it('a listed name with a demonym’s ending is a place; a country’s demonym never is', () => {
		expect(names('The border runs near the villages of Dovanis, Kotarani and Berdashen.')).toEqual([
			['Dovanis', ['Dovanis']],
			['Kotarani', ['Kotarani']],
			['Berdashen', ['Berdashen']]
		]);
		expect(names('The Talvar Autonomous Republic held a vote.')).toEqual([
			['Talvar Autonomous Republic', ['Talvar Autonomous Republic']]
		]);
		expect(
			names('A dispute between the Russian military and the villagers of Armenian origin began.')
		).toEqual([]);
		// A name in -i after "at" is a place unless it is a country's name with -i.
		expect(names('The checkpoint was set up at Vordari in April.')).toEqual([['Vordari', ['Vordari']]]);
		expect(names('The report was published in Azerbaijani and Russian.')).toEqual([]);
	});
	it('a name reported once is reported wherever the article repeats it, in any spelling', () => {
		expect(
			names('The village of Dzhanyatag was shelled. Shells fell on Dzhanyatag again, and on Джанятаг.')
		).toEqual([['Dzhanyatag', ['Dzhanyatag', 'Dzhanyatag', 'Джанятаг']]]);
		// Its other name in brackets after a repeat is the same place, reported under that name.
		expect(names('The hamlet of Talvar was shelled. Troops dug in above Talvar (Talvara) at night.')).toEqual(
			[
				['Talvar', ['Talvar', 'Talvar']],
				['Talvara', ['Talvara']]
			]
		);
		// Not inside another name: "Civil Georgia" is an outlet.
		expect(names('Georgia sent aid. Civil Georgia reported it.')).toEqual([['Georgia', ['Georgia']]]);
	});
});
