// Session 40: places a tuned blind set (holdout63) showed lost, in lines written for the test.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 40', () => {
	it('reads "a sergeant from X" as where the person is from', () => {
		expect(
			placesJudged('A sergeant from Lindmoor says he has learned a few words.', '2021-06-01').unmatched
		).toEqual(['Lindmoor']);
	});

	it('reads a lone name after "took", "captured" or "shelled" as a place', () => {
		expect(
			placesJudged('When the army took Lindmoor in March, we sent a protest.', '2022-04-01').unmatched
		).toEqual(['Lindmoor']);
		expect(placesJudged('Troops captured Portvale and shelled Lindmoor.', '2022-04-01').unmatched).toEqual([
			'Portvale',
			'Lindmoor'
		]);
	});

	it('reads a two-word name opening on a colour word as a place after a weak cue', () => {
		expect(
			placesJudged('A car came under fire on the way back from Karmir Lindmoor.', '2022-04-01').unmatched
		).toEqual(['Karmir Lindmoor']);
	});
});
