// Session 44: names holdout72 and probes 28 and 29 showed reported as places though they are none, lost though they are
// places, or joined to the wrong feature. Sentences written for the test; GeoNames and the curated geodata as the engine loads them.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 44', () => {
	it('reports the other name a mine is called by', () => {
		const { unmatched } = placesJudged(
			'The Kelvarn gold mine, called Dornick by the islanders, lies north of the harbour.'
		);
		expect(unmatched).toContain('Dornick');
	});

	it('reads "pass" after a sentence’s first word and before a comma as the verb', () => {
		expect(placesJudged('Ambulances pass, the ferries pass, the trucks wait at Kelvarn.').unmatched).toEqual([
			'Kelvarn'
		]);
	});

	it('keeps a name ending in s whole before a preposition: no country inside "Francis on"', () => {
		const { joined } = placesJudged('Pope Francis on Wednesday appealed for calm in Kelvarn.');
		expect(joined).toEqual([]);
		expect(placesJudged('Armenias second-largest city is Gyumri.').joined).toEqual([
			'Armenia → armenia',
			'Gyumri → gyumri'
		]);
	});

	it('reports "Little Armenia" whole, not the country', () => {
		const { joined, unmatched } = placesJudged(
			'Families in Glendale and Little Armenia called relatives in Armenia all week.'
		);
		expect(joined).toEqual(['Armenia → armenia']);
		expect(unmatched).toContain('Little Armenia');
	});

	it('reports a village whose name ends as a plural after "in", and villages "among them" after a long phrase', () => {
		expect(placesJudged('Villagers in Baghanis and Voskepar protested for weeks.').unmatched).toEqual([
			'Baghanis',
			'Voskepar'
		]);
		expect(
			placesJudged(
				'Lindmoor agreed to return four villages to the Dornick district of Kelvarn, among them Baghanis Ayrum and Ashaghi Askipara.'
			).unmatched
		).toEqual(expect.arrayContaining(['Baghanis Ayrum', 'Ashaghi Askipara']));
	});

	it('reports the name a village is referred to by', () => {
		expect(placesJudged('Outlets in Kelvarn refer to the village as Dornick.').unmatched).toContain(
			'Dornick'
		);
	});

	it('keeps the country before a person’s full name: "the Ombudsman of Azerbaijan Sabina Aliyeva"', () => {
		expect(
			placesJudged('The Ombudsman of the Republic of Azerbaijan Sabina Aliyeva visited the camp.').joined
		).toEqual(['Republic of Azerbaijan → azerbaijan']);
	});

	it('reports no outlet run into digits, no named war, no sentence adverb and no person set off by commas before "who"', () => {
		expect(
			placesJudged('The “Lindmoor24” channel reports that the quay in Kelvarn was closed.').unmatched
		).toEqual(['Kelvarn']);
		expect(placesJudged('The “Artsakh24” channel reports that the quay was closed.').joined).toEqual([]);
		expect(placesJudged('During the 44-Day War, the village of Kelvarn was shelled.').unmatched).toEqual([
			'Kelvarn'
		]);
		expect(placesJudged('Rather, the ferry to Dornick left.').unmatched).toEqual(['Dornick']);
		const envoy = placesJudged(
			'The envoy for the villages of Kelvarn and Lindmoor, Luis Bonovo, who was in Dornick, said the talks went well.'
		).unmatched;
		expect(envoy).toEqual(expect.arrayContaining(['Kelvarn', 'Lindmoor', 'Dornick']));
		expect(envoy).not.toContain('Luis Bonovo');
		expect(placesJudged('He answered a question from Radar Armenia.').joined).toEqual([]);
	});

	it('keeps a country before a number of days', () => {
		expect(placesJudged('The troops arrived in Armenia 2 days later.').joined).toEqual(['Armenia → armenia']);
	});

	it('joins the corridor "which then ran through the town" to the road of its time', () => {
		expect(
			placesJudged(
				'The troops deployed along the Lachin corridor, which then ran through the town of Lachin.',
				'2024-06-12'
			).joined
		).toEqual(['Lachin corridor → lachin-corridor-2020', 'Lachin → lachin']);
	});

	it('reports "The Hague" opening a sentence or a dateline, not only after "in"', () => {
		expect(placesJudged('The Hague court ordered Lindmoor to reopen the quay.').unmatched).toContain(
			'The Hague'
		);
		expect(placesJudged('THE HAGUE, 31 January 2023. The hearings ended.').unmatched).toContain('THE HAGUE');
	});
});
