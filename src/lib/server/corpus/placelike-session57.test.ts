// Session 57: places a blind set showed joined or split wrong, each in a sentence written for the test; the curated
// geodata as the engine loads them.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesOf } from './__fixtures__/article-text';
import { matcherFor } from './join';

describe.runIf(curatedGeodata)('places: session 57', () => {
	it('reads a monastery "in" a district town far from it as two places ("the Dadivank monastery in Kalbajar")', () => {
		const { joined } = placesOf(
			matcherFor(curatedGeodata!),
			'Russian troops still guard the Dadivank monastery in Kalbajar, a priest said.',
			{ date: '2023-05-02' }
		);
		expect(joined).toEqual(expect.arrayContaining(['Dadivank monastery → dadivank', 'Kalbajar → kalbajar']));
	});

	it('keeps a facility "in" the town at its edge one place ("the monitoring centre in Aghdam")', () => {
		const { joined } = placesOf(
			matcherFor(curatedGeodata!),
			'Officers from both armies met at the monitoring centre in Aghdam on Monday.',
			{ date: '2022-03-01' }
		);
		expect(joined).toContain('monitoring centre in Aghdam → monitoring-centre-aghdam');
	});
});
