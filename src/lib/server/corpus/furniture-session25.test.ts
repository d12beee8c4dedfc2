// Session 25: page furniture real pages (read through the search tool's stored pages, not copied) carry
// that the rules left in: captions that end "in this file photo" or give where the photo came from, an
// "Also see:" link and a "read more … here" line, a site's standing notes on its words and its translation,
// a channel promotion, a time stamp with its date and zone, share counts and small controls. Lines
// written for the test.
import { describe, expect, it } from 'vitest';
import { kept, why } from './__fixtures__/furniture-run';

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

	it('skips counts, reading times, a spaced menu, a byline with its date and an author’s line', () => {
		expect(why('3 518')).toBe('view count');
		expect(why('Комментарии (7)')).toBe('comment section chrome');
		expect(why('Reading time: 3 min')).toBe('page chrome');
		expect(why('World   Politics   Video   Podcasts')).toBe('navigation');
		expect(why('Anna Lindova  Mar 3, 2022')).toBe('byline');
		expect(why('Aram Petrov |12.04.2021 - Update : 12.04.2021')).toBe('byline');
		expect(why('Anna Lindova is Harbour Post’s Lindia Editor.')).toBe('byline');
		expect(why('Anna Lindova reports on the Lindish Coast.')).toBe('byline');
		expect(why('Editor: Portman')).toBe('byline');
		expect(why('September 20, 18:40')).toBe('time stamp');
		// Reporting that someone reports stays.
		expect(why('Anna Lindova reports that the harbour road is closed again.')).toBeNull();
	});

	it('skips notes on the full text elsewhere, rights, opinion disclaimers, appeals and bare signatures', () => {
		expect(why('The full transcript of the press conference is published on the ministry’s website.')).toBe(
			'disclaimer'
		);
		expect(why('All rights to the materials on this site belong to Harbour News.')).toBe('disclaimer');
		expect(why('The opinion of the author may not coincide with the position of the editors.')).toBe(
			'disclaimer'
		);
		expect(why('Curious about the coast? Subscribe to The Harbour Letter. Today.')).toBe('appeal');
		expect(why('Our coverage is made possible by the support of our readers.')).toBe('appeal');
		expect(why('This site is protected by reCAPTCHA and the Privacy Policy applies.')).toBe('appeal');
		for (const line of ['harbournews.', 'Agencies', '!', 'Most Viewed'])
			expect(why(line)).toBe('page chrome');
		expect(why('Your Comment')).toBe('comment section chrome');
		expect(why('Фото: Harbour Post')).toBe('photo caption');
	});

	it('keeps a CNN-style dateline, its cities joined by a slash, as the reporting’s first line', () => {
		expect(
			kept('Portvale/Kelvarn CNN —\nThousands sheltered at the base on Thursday.', 'Shelter at the base')
		).toContain('Portvale/Kelvarn CNN —');
	});
});
