// GeoNames suggestions for names the gazetteer lacks. Every sentence here is invented for the test.
import { describe, expect, it } from 'vitest';
import { hitsForSentence, type GeoName } from './suggestions';

const place = (country: string): GeoName => ({ name: 'Varos', country, lon: 0, lat: 0 });

describe('hitsForSentence', () => {
	it('drops namesakes on another continent when the sentence names the region', () => {
		expect(hitsForSentence('Farmers in Varos, Azerbaijan, sowed wheat.', [place('CN')])).toEqual([]);
		expect(hitsForSentence('Armenian farmers in Varos sowed wheat.', [place('CN'), place('BR')])).toEqual([]);
	});
	it('keeps them when one lies in the region, or the sentence names no part of it', () => {
		expect(
			hitsForSentence('Farmers in Varos, Azerbaijan, sowed wheat.', [place('CN'), place('AZ')])
		).toHaveLength(2);
		expect(hitsForSentence('Farmers in Varos sowed wheat.', [place('CN')])).toHaveLength(1);
		expect(hitsForSentence('Farmers in Varos sowed wheat.', undefined)).toEqual([]);
	});
});
