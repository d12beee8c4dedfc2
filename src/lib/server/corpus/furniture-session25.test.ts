// Session 25: page furniture real pages (read through the search tool's stored pages, not copied) carry
// that the rules left in: captions that end "in this file photo" or give where the photo came from, an
// "Also see:" link and a "read more … here" line, a site's standing notes on its words and its translation,
// a channel promotion, a time stamp with its date and zone, share counts and small controls. Lines
// written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';

describe('furniture: session 25', () => {
	it('skips a caption that ends “in this file photo” or says where the photo came from', () => {
		expect(why('Trucks of the convoy wait near Portvale on May 3 in this file photo.')).toBe('photo caption');
		expect(why('Soldiers at the gate in this photo taken on May 2.')).toBe('photo caption');
		expect(why('The cabin where the farmer was shot. Photo via Harbour News.')).toBe('photo caption');
		// Reporting that mentions a photo stays.
		expect(
			why('The soldiers left the village in this photo taken from the hill, residents said.')
		).toBeNull();
	});

	it('skips an “Also see:” link and a “read more … here” line', () => {
		expect(why('Also see: Lindia prepares to close the harbour')).not.toBeNull();
		expect(why('You can read more about the new checkpoint on the quay here.')).not.toBeNull();
		expect(why('You can read the whole decree in the ministry’s bulletin.')).toBeNull();
	});

	it('skips a site’s notes on its words and its translation, and a channel promotion', () => {
		expect(
			why(
				'For ease of reading, we choose not to use qualifiers such as ‘de facto’ for institutions in Lindmoor.'
			)
		).toBe('disclaimer');
		expect(why('– HARBOUR POST – Translation may contain some errors, tell us in the comments.')).toBe(
			'disclaimer'
		);
		expect(why('For all the latest headlines follow our Harbour channel online or via the app.')).toBe(
			'disclaimer'
		);
	});

	it('skips a time stamp with its date or zone, share counts and small controls', () => {
		expect(why('26 Apr. 11:50 (UTC+3 MSK)')).toBe('time stamp');
		expect(why('15 Dec. 9:00')).toBe('time stamp');
		for (const line of ['Share1', 'GO BACK', 'News Line', '(@harbourpost)', 'Published: Updated:'])
			expect(why(line)).toBe('page chrome');
	});
});
