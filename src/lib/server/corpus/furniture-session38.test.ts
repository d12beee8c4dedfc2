// Session 38: lines a blind set (holdout60 and 61) and two probes of real pages showed kept as reporting or
// skipped: what a page copied from a browser keeps. Lines written for the test, not copied.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';
import { isOwnHeadline } from './furniture-title';

describe('furniture: session 38', () => {
	it('reads an image’s text, a paywall box and a related link dated in brackets as chrome', () => {
		expect(why('[Image: A ferry leaves the quay at dawn. Click to enlarge]')).toBe('photo caption');
		expect(why('To continue reading, subscribe to the Harbour Post. Already a subscriber? Log in')).toBe(
			'page chrome'
		);
		expect(why('Storm closes the Lindmoor quay (14.02.2023)')).toBe('“read more” link');
		expect(why('Why the ferry stopped sailing (Nov 29th 2022)')).toBe('“read more” link');
		// A sentence with a date in brackets is reporting.
		expect(why('The quay closed again. The board met on Friday (14.02.2023)')).toBeNull();
	});

	it('reads an agency’s credit ending a caption, and a caption’s “in this undated photo”', () => {
		expect(why('Boats wait at the quay of Portvale, September 26, 2023. REUTERS/Vera Lind')).toBe(
			'photo caption'
		);
		expect(why('Sailors wait at the registration point in Portvale VERA LIND FOR THE TIMES')).toBe(
			'photo caption'
		);
		expect(why('A harbour guard raises his hand in this undated photo at the gate of the quay.')).toBe(
			'photo caption'
		);
		expect(why('Harbour/Lev Darvin')).toBe('photo caption');
	});

	it('reads bylines in capitals, with their editor or by bullet, and where each reporter was', () => {
		expect(why('BY VERA LIND')).toBe('byline');
		expect(why('Story by Vera Lind for The Tide. Edited by Lev Darvin.')).toBe('byline');
		expect(why('• Vera Lind in Portvale, Lindmoor and Lev Darvin in London')).toBe('byline');
		expect(why('Harbour’s Vera Lind reported from London; Lev Darvin from Portvale.')).toBe('byline');
	});

	it('reads appeals, an obituary’s closing notes and an editors’ disclaimer as chrome', () => {
		expect(why('Tide Post is reader-funded. Become a member to keep it sailing.')).toBe('page chrome');
		expect(why('Enjoying ad-free content?')).toBe('page chrome');
		expect(why('Donations in her memory may be made to the Harbour Children’s Fund.')).toBe('page chrome');
		expect(
			why('The opinions of the authors may not coincide with the position of the editorial board.')
		).toBe('disclaimer');
		// Reporting about support is no appeal.
		expect(why('The fund will support the island villages, the ministry said.')).toBeNull();
	});

	it('reads a wire’s bracketed rubric and time, GMT stamps, dashes and advertisement labels', () => {
		expect(why('[Politics] [Harbour] 26.08.2022 [10:14]')).toBe('time stamp');
		expect(why('[Updated 19:05]')).toBe('time stamp');
		expect(why('November 10, 2020, 9:47 AM GMT+3 Updated on November 10, 2020, 1:12 PM GMT+3')).toBe(
			'time stamp'
		);
		expect(why('13:16 - 20 December, 2022')).toBe('time stamp');
		expect(why('----------------------------------------')).toBe('separator');
		expect(why('Reklam')).toBe('page chrome');
		expect(why('Mehr zum Thema')).toBe('page chrome');
		expect(why('HP | www.harbourpost.ge | Reproduction only with a reference to Harbour Post')).toBe(
			'copyright line'
		);
		expect(why('Explainer')).toBe('section label');
	});

	it('reads the page’s own headline in one half of a two-language title, or with "The" before it', () => {
		expect(
			isOwnHeadline(
				'Harbour guards remove six more posts in Lindmoor',
				'Портовые охранники сняли еще шесть постов — Гавань / Harbour guards remove six more posts in Lindmoor'
			)
		).toBe(true);
		expect(
			isOwnHeadline(
				'The Lindmoor army takes control in Varnek',
				'Liman: Lindmoor ordusu Varnek’te kontrolü sağladı / Lindmoor army takes control in Varnek'
			)
		).toBe(true);
		expect(
			isOwnHeadline(
				'Storm closes Portvale harbour for a week',
				'Tide Post / Lindmoor army takes control in Varnek'
			)
		).toBe(false);
	});
});
