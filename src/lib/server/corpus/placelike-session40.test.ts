// Session 40: places tuned blind sets (holdout63, holdout65) showed lost or joined wrong, in lines written for the
// test (the curated corridor, towns and airport names are the geodata's).
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

	it('reads "the corridor of Lachin" as the Lachin corridor of the article’s date, not the town', () => {
		expect(placesJudged('The corridor of Lachin passes the ferry quay.', '2021-06-01').joined).toEqual([
			'corridor of Lachin → lachin-corridor-2020'
		]);
		expect(placesJudged('The corridor of Lachin passes the ferry quay.', '2023-03-01').joined).toEqual([
			'corridor of Lachin → lachin-corridor-2022'
		]);
	});

	it('reads a town’s possessive before an airport as the airport, reported whole, never the town', () => {
		const { joined, unmatched } = placesJudged(
			'Border guards left Yerevan’s international airport on Monday.'
		);
		expect(joined).toEqual([]);
		expect(unmatched).toEqual(['Yerevan’s international airport']);
		expect(placesJudged('Yerevan’s position is firm.').joined).toEqual(['Yerevan → yerevan']);
	});

	it('finds the place of a wire’s dateline alone on its line', () => {
		const body = (dateline: string) =>
			`${dateline}\nThe ferry resumed service today after a long strike at the quay, the harbour board said.`;
		expect(placesJudged(body('YEREVAN, November 28. /ARKA/.')).joined).toEqual(['YEREVAN → yerevan']);
		expect(placesJudged(body('GORIS, Armenia —')).joined).toEqual(['GORIS → goris', 'Armenia → armenia']);
	});
});
