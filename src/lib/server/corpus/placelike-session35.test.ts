// Session 35: places a blind set (holdout54) showed lost, each in lines written for the test.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 35', () => {
	it('reports a country between a title and a person’s given name and surname', () => {
		expect(
			placesJudged('Moscow’s ambassador to Iran Pavel Lindqvist said the posts stay.', '2023-10-02').unmatched
		).toContain('Iran');
	});

	it('reports a world city in a dateline that ends in a colon, and no transcript speaker label', () => {
		expect(
			placesJudged('LONDON: Most of the valley’s residents have now crossed into Armenia.', '2023-10-02')
				.unmatched
		).toEqual(['LONDON']);
		expect(
			placesJudged('LINDQVIST: Most of the valley’s residents have now crossed, I think.', '2023-10-02')
				.unmatched
		).toEqual([]);
	});

	it('reports a place a village is named as, a border crossing’s, and one before "border post"', () => {
		expect(placesJudged('Local sources named the village as Ostvikagh.', '2023-09-21').unmatched).toEqual([
			'Ostvikagh'
		]);
		expect(
			placesJudged('The trucks queued at the border crossing of Marelduz for two days.', '2023-09-21')
				.unmatched
		).toEqual(['Marelduz']);
		expect(
			placesJudged('The column left through the Upper Marel border post on Friday.', '2024-06-12').unmatched
		).toEqual(['Upper Marel border post']);
	});

	it('reports a name that "X sources call" a place', () => {
		expect(
			placesJudged(
				'Mines were laid on the slopes of Mount Ostvik, which Azerbaijani sources call Marelgaya.',
				'2022-03-26'
			).unmatched
		).toEqual(['Mount Ostvik', 'Marelgaya']);
	});
});
