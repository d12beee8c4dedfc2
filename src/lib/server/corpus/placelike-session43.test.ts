// Session 43: names holdout70 showed reported as places though they are none, or lost though they are places.
// Sentences written for the test; GeoNames and the curated geodata as the engine loads them.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 43', () => {
	it('reports no adjective that opens a sentence or a title', () => {
		const { unmatched } = placesJudged(
			'In Kelvarn, Presidential aide Vera Lind said the ferry would sail. Residential areas near Dornick are not being hit.'
		);
		expect(unmatched).toEqual(['Kelvarn', 'Dornick']);
	});

	it('reports "the Gulf" as a region, not a Gulf analyst', () => {
		expect(
			placesJudged('Analysts in the Gulf said the ferry route to Kelvarn had changed.').unmatched
		).toEqual(['Gulf', 'Kelvarn']);
		expect(placesJudged('“It is over,” a Gulf analyst said in Kelvarn.').unmatched).toEqual(['Kelvarn']);
	});

	it('joins "the area of the peacekeepers’ post" to nothing: the post’s area, not the zone', () => {
		const { joined } = placesJudged(
			'Tents stood on the road in the area of the Russian peacekeepers’ post below Kelvarn.',
			'2023-01-10'
		);
		expect(joined).toEqual([]);
	});

	it('reports a road or a bypass named with its towns whole, the second town two words long', () => {
		const { joined, unmatched } = placesJudged(
			'Trucks use the Goris bypass and the Goris–Hin Dol road. ANKARA – The Turkish-Russian Joint Monitoring Center opened.',
			'2021-06-01'
		);
		expect(unmatched).toEqual(expect.arrayContaining(['Goris bypass', 'Goris–Hin Dol road']));
		expect(joined).toEqual(expect.arrayContaining(['ANKARA → ankara']));
		expect(joined.filter((j) => j.startsWith('Goris'))).toEqual([]);
	});

	it('joins a German spelling of Lachin to Lachin', () => {
		expect(placesJudged('The handover of Latschin comes next week.', '2020-11-25').joined).toEqual([
			'Latschin → lachin'
		]);
	});

	it('reports a village named after "another X village," or "the fields of", and no adverb or video call', () => {
		expect(
			placesJudged('Shots were reported from another Martuni village, Kelvarn, on Monday.', '2021-06-01')
				.unmatched
		).toEqual(['Kelvarn']);
		expect(placesJudged('A farmer was working in the fields of Dornick when he was hit.').unmatched).toEqual([
			'Dornick'
		]);
		expect(
			placesJudged('Publicly, the board denied it. I spoke with Vera Lind via Zoom last week.').unmatched
		).toEqual([]);
	});

	it('reports no story genre in capitals before the lead’s dash ("REPORTAGE - …")', () => {
		expect(placesJudged('REPORTAGE - The town of Kelvarn returns to Dornia on Tuesday.').unmatched).toEqual([
			'Kelvarn',
			'Dornia'
		]);
	});

	it('reports Etchmiadzin, the Church’s seat, with no cue', () => {
		expect(placesJudged('He has already sent the bells to Etchmiadzin.').unmatched).toEqual(['Etchmiadzin']);
	});

	it('reports a village named by its mayor or its villagers ("the Kelvarn mayor")', () => {
		expect(
			placesJudged('It was the third incident reported by the Kelvarn mayor. The Dornick villagers left.')
				.unmatched
		).toEqual(['Kelvarn', 'Dornick']);
	});
});
