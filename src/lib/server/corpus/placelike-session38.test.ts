// Session 38: places a blind set (holdout60 and 61) showed lost or misjoined, each in lines written for the test.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';
import { namesOwnOutlet } from './organisations';

describe.runIf(curatedGeodata)('places: session 38', () => {
	it('reports a town before its mayor’s name and its city hall', () => {
		expect(
			placesJudged('Burbank Mayor Lev Darvin told the crowd that the quay would open.', '2023-10-02')
				.unmatched
		).toEqual(['Burbank']);
		expect(
			placesJudged('They met in front of the Burbank City Hall for a vigil.', '2023-10-02').unmatched
		).toEqual(['Burbank']);
	});

	it('reports the first of a list whose other names were reported elsewhere in the article', () => {
		expect(
			placesJudged(
				'Soldiers took positions in Tumi and near Togh. Varnek, Tumi, Togh — none of them has its people now.',
				'2023-10-02'
			).unmatched
		).toEqual(['Tumi', 'Togh', 'Varnek']);
	});

	it('reports a capital that speaks for its government, and a village "known in Armenian sources as" another name', () => {
		expect(
			placesJudged(
				'Moscow said it was "concerned". Washington said it was "worried that a new barrier sends the wrong signal."',
				'2023-04-25'
			)
		).toMatchObject({ joined: ['Moscow → moscow'], unmatched: ['Washington'] });
		expect(
			placesJudged(
				'The army took the village of Ferruh, known in Armenian sources as Parukh, on Saturday.',
				'2022-03-26'
			).unmatched
		).toEqual(['Ferruh', 'Parukh']);
	});

	it('joins the place a peacekeepers’ post stands near, and reads a joint observation post in Aghdam as the centre', () => {
		expect(
			placesJudged(
				'Peacekeepers set up an observation post near Taghavard and a temporary post at Zabukh.',
				'2021-05-01'
			).joined
		).toEqual(['Taghavard → taghavard', 'Zabukh → zabukh']);
		expect(
			placesJudged('Turkey got a joint observation post in Aghdam, with drones.', '2021-05-01').joined
		).toEqual(['Turkey → turkey', 'joint observation post in Aghdam → monitoring-centre-aghdam']);
	});

	it('takes no outlet’s name from the first word of a town’s hyphenated name in the source', () => {
		const isPlace = () => false;
		expect(namesOwnOutlet('Rostov', '161.ru (Rostov-on-Don regional news site)', isPlace)).toBe(false);
		expect(namesOwnOutlet('Lindmoor', 'Lindmoor Herald (a regional news site)', isPlace)).toBe(true);
	});

	it('reads a given name after "to" or "called" as a person, and a street after "on" as a place', () => {
		expect(
			placesJudged('They called Arsen on the 15th, but I could not talk to Arsen again.', '2023-10-02')
				.unmatched
		).toEqual([]);
		expect(
			placesJudged('A woman on Tumanyan Street said the bakery had closed.', '2023-01-10').unmatched
		).toEqual(['Tumanyan Street']);
	});
});
