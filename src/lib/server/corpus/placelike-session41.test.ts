// Session 41: places two blind sets (holdout66, holdout67) and two probes of real pages showed lost, joined
// wrong or reported though they are none, in lines written for the test (the curated names are the geodata's).
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';
import { namesOwnOutlet } from './organisations';

describe.runIf(curatedGeodata)('places: session 41', () => {
	it('reads a list’s next place that ends as a surname does as a place', () => {
		expect(
			placesJudged('The navy held exercises near Lindmoor and Khoda Portarin in 2022.', '2022-04-01')
				.unmatched
		).toEqual(['Lindmoor', 'Khoda Portarin']);
	});

	it('reads "the USSR" as a past state, as "the Soviet Union" is', () => {
		expect(
			placesJudged('Before the collapse of the USSR, the region voted.', '2022-04-01').unmatched
		).toEqual(['USSR']);
	});

	it('reads "the Moscow-Baku format" as a format’s name, no place', () => {
		const r = placesJudged(
			'Talks now happen in the Moscow-Baku format, with Yerevan informed.',
			'2022-04-01'
		);
		expect(r.joined).toEqual(['Yerevan → yerevan']);
	});

	it('reads a transcript’s speaker and role in capitals as no dateline', () => {
		expect(
			placesJudged(
				'VERA LIND, EU SPOKESPERSON FOR FOREIGN AFFAIRS: We are following the situation very closely.',
				'2023-01-10'
			).unmatched
		).toEqual([]);
	});

	it('reads a name in single marks before what it names as a place-like compound, marks kept', () => {
		expect(
			placesJudged(
				"Activists demand to inspect the ‘Lindmoor’ gold mine and the 'Portvale' copper deposit.",
				'2023-01-05'
			).unmatched
		).toEqual(['‘Lindmoor’ gold mine', "'Portvale' copper deposit"]);
	});

	it('reads a town’s own mayor as the town, but not "Former Mayor"', () => {
		expect(
			placesJudged('Lindmoor Mayor Vera Lind told journalists the road was shut.', '2021-06-01').unmatched
		).toEqual(['Lindmoor']);
		expect(
			placesJudged('Former Mayor Vera Lind told journalists the road was shut.', '2021-06-01').unmatched
		).toEqual([]);
	});

	it('reads trucks’ makers and a people in the plural as no places', () => {
		expect(
			placesJudged(
				'Columns of Ural and KAMAZ trucks waited near Lindmoor, a joint mission of Turks and Russians.',
				'2021-06-01'
			).unmatched
		).toEqual(['Lindmoor']);
	});

	it('reads the Azerbaijani press’s words for the peacekeepers’ zone as the zone', () => {
		expect(
			placesJudged(
				'Trucks stopped close to the Russian peacekeepers’ temporary deployment area.',
				'2021-06-01'
			).joined
		).toEqual(['Russian peacekeepers’ temporary deployment area → peacekeeping-zone-2020']);
	});

	it('reads the place that names an observation post, not the post, nor a count of posts', () => {
		expect(
			placesJudged(
				'They were returning from the Lindmoor observation post when shots were fired.',
				'2023-09-21'
			).unmatched
		).toEqual(['Lindmoor']);
		expect(placesJudged('Twelve observation posts were dismantled.', '2023-09-21').unmatched).toEqual([]);
	});

	it('reads a headline in capitals word by word', () => {
		expect(
			placesJudged('09:40\nIRAN CALLS FOR RESTRAINT IN LINDMOOR\nThe ministry said so.', '2023-09-20')
				.unmatched
		).toEqual(['IRAN']);
	});

	it('reads a GeoNames town of the outlet’s name as the town only when listed with other places', () => {
		const none = () => false;
		const source = 'The Lindmoor Globe (a daily)';
		expect(
			namesOwnOutlet('Lindmoor', source, none, true, 'Money came from Lindmoor, Portvale and Harbourside.')
		).toBe(false);
		expect(namesOwnOutlet('Lindmoor', source, none, true, 'She told Lindmoor by phone.')).toBe(true);
	});
});
