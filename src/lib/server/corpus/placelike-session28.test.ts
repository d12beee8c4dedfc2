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
});
