// Session 55: places a blind set showed joined to the wrong feature or lost. Sentences written for the test; GeoNames
// and the curated geodata as the engine loads them.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 55', () => {
	it('reads "the Tartar" alone as the river, and as the town only before its district or direction', () => {
		const { joined, unmatched } = placesJudged(
			'The dam holds back the Tartar some 4 km upstream of the plant. In summer the Tartar below the weir carries a trickle. Farmers in the Tartar district and in the Terter direction say the canals are dry.',
			'2023-08-01'
		);
		expect(joined).toEqual(['Tartar → tartar', 'Terter → tartar']);
		expect(unmatched.some((u) => /Tartar/.test(u))).toBe(true);
	});

	it('reads the other name in brackets after a river’s name as the river’s', () => {
		const { joined } = placesJudged(
			'It is an artificial lake on the Tartar river (Terter in Azerbaijani), west of Martakert.',
			'2023-08-01'
		);
		expect(joined).toEqual(['Martakert → martakert']);
	});

	it('reports a canal named by its town, and a field hospital near a town, whole', () => {
		const { joined, unmatched } = placesJudged(
			'Farmers along the Terter canal say it was half empty. Doctors from the field hospital near Stepanakert treated the wounded.',
			'2023-08-01'
		);
		expect(joined).toEqual([]);
		expect(unmatched.join(' | ')).toMatch(/Terter canal.*field hospital near Stepanakert/);
	});
});
