// Session 28: names the engine misread on real pages (read through the search tool's stored pages, not
// copied). Text written for the test.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 28', () => {
	it('never reports a headline’s verb in Title Case as a place', () => {
		const { joined, unmatched } = placesJudged(
			'Peacekeepers Move 3,000 Civilians From Stepanakert, Defence Ministry Says\nPeacekeepers Will Guard the Road in Goris, Says Yerevan',
			'2023-09-25'
		);
		expect(unmatched).toEqual([]);
		expect(joined).toEqual(['Stepanakert → stepanakert', 'Goris → goris', 'Yerevan → yerevan']);
	});

	it('joins a facility spelt another way by its phrase, though its first word alone names nothing curated', () => {
		const { joined, unmatched } = placesJudged(
			'The last column crossed into Armenia over the Hakkari bridge on Tuesday.',
			'2024-05-14'
		);
		expect(joined).toEqual(['Armenia → armenia', 'Hakkari bridge → hakari-bridge']);
		expect(unmatched).toEqual([]);
	});

	it('knows the Lachin border checkpoint by its official names', () => {
		expect(
			placesJudged(
				'Shots were fired at the Lachin state border checkpoint, the service said; the Lachin border checkpoint reopened at noon.',
				'2023-06-16'
			).joined
		).toEqual(['Lachin state border checkpoint → hakari-bridge', 'Lachin border checkpoint → hakari-bridge']);
	});

	it('joins the later uses of an abbreviation the text defines after a curated facility, and no town’s', () => {
		expect(
			placesJudged(
				'A joint Russian-Turkish monitoring centre (JRTC) opened near Aghdam. Officers of the JRTC watch the line, and the JRTC reports daily. The Red Cross office in Yerevan (RCY) said nothing; the RCY is small.',
				'2021-02-01'
			).joined
		).toEqual([
			'joint Russian-Turkish monitoring centre → monitoring-centre-aghdam',
			'Aghdam → aghdam',
			'JRTC → monitoring-centre-aghdam',
			'JRTC → monitoring-centre-aghdam',
			'Yerevan → yerevan'
		]);
	});
});
