// Session 52: names a blind set and three probes of real pages showed lost or wrongly taken for places.
// Sentences written for the test; GeoNames and the curated geodata as the engine loads them.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 52', () => {
	it('reports villages named as where events, a siege or a capture took place', () => {
		const { unmatched } = placesJudged(
			'This was preceded by the events of Lindmoor in March 2022, the siege of Kelvarn and the capture of Portvale.',
			'2023-06-01'
		);
		expect(unmatched).toEqual(expect.arrayContaining(['Lindmoor', 'Kelvarn', 'Portvale']));
	});

	it('takes no application, numbered provision or currency for a place', () => {
		const { joined, unmatched } = placesJudged(
			'The trenches were visible in Google Earth. Pursuant to Rule 39, the court called on Dornia to act. Bread cost 250 drams (65 US cents), and a grant of US$1.1 million came from the United States.',
			'2023-06-01'
		);
		expect(unmatched).not.toEqual(expect.arrayContaining([expect.stringMatching(/Google|Rule/)]));
		expect(joined).toEqual(['United States → united-states']);
	});

	it('still joins "00:00 Moscow time" to Moscow, as the sets label it', () => {
		expect(
			placesJudged('The ceasefire took effect from 00:00 Moscow time on Tuesday.', '2020-11-10').joined
		).toEqual(['Moscow → moscow']);
	});

	it('reports villages a road or a chain of posts passes ("past X, Y and Z")', () => {
		const { unmatched } = placesJudged(
			'The post is one of a chain that runs through the hills, past Lindmoor, Kelvarn and Portvale in the north.',
			'2023-06-01'
		);
		expect(unmatched).toEqual(expect.arrayContaining(['Lindmoor', 'Kelvarn', 'Portvale']));
	});

	it('reports villages listed after a capitalised "Villages nearby, including"', () => {
		const { unmatched } = placesJudged(
			'Villages nearby, including Lindmoor, Kelvarn and Portvale, are still mostly empty.',
			'2023-06-01'
		);
		expect(unmatched).toEqual(expect.arrayContaining(['Lindmoor', 'Kelvarn', 'Portvale']));
	});

	it('takes no lone "New" for a place, nor an institution’s name with the town it stands in after it', () => {
		const { joined, unmatched } = placesJudged(
			'New highways run to Shusha. Lilit Davtyan is a pediatrician at the Arevik children’s medical center in Stepanakert.',
			'2023-06-01'
		);
		expect(unmatched).toEqual([]);
		expect(joined).toEqual(['Shusha → shusha', 'Stepanakert → stepanakert']);
	});

	it('takes "director for Europe" for a division’s name and the person named after it for no place', () => {
		const { unmatched } = placesJudged(
			'The agency said its regional director for Europe, Hans Kluge, is due to arrive in Portvale on Wednesday.',
			'2023-06-01'
		);
		expect(unmatched).toEqual(['Portvale']);
	});

	it('takes no country inside a hotel’s, a party’s or a friendship group’s name for a place', () => {
		const { joined, unmatched } = placesJudged(
			'Drivers waited outside the Hotel Armenia guesthouse. Students rallied outside the Armenia Marriott Hotel. Your colleagues from Bright Armenia proposed a motion, and his fellow United Russia deputy was harsher. Petel heads the France-Armenia friendship group in the assembly.',
			'2023-01-01'
		);
		expect(joined).toEqual([]);
		expect(unmatched).toEqual([]);
	});

	it('takes no club, acronym’s plural or company for a place', () => {
		const { joined, unmatched } = placesJudged(
			'Head coach of FC Lindmoor Karo Dornick said the team was ready. Benefits were allocated to IDPs. Employees of Portvale CJSC approached the checkpoint.',
			'2022-06-01'
		);
		expect(joined).toEqual([]);
		expect(unmatched).toEqual([]);
	});

	it('reports a village a timeline says forces take, and a port named by its town', () => {
		const { unmatched } = placesJudged(
			'March 24, 2022: Dornian forces take Lindmoor (Kelvarn). The route crosses the sea to Portvale port and on to the west.',
			'2022-06-01'
		);
		expect(unmatched).toEqual(expect.arrayContaining(['Lindmoor', 'Kelvarn', 'Portvale port']));
	});

	it('reports a hill, a plain or a range named with its own name', () => {
		const { unmatched } = placesJudged(
			'Troops fought for the strategically important Lindmoor Hill. The festival opened on the Kelvarn Plain below the Portvale Range.',
			'2022-06-01'
		);
		expect(unmatched).toEqual(expect.arrayContaining(['Lindmoor Hill', 'Kelvarn Plain', 'Portvale Range']));
	});
});
