// Speakers that the session-10 reading of real news showed wrong, each as a general rule on texts
// written for the test (no sentence here comes from an article).
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';
import { fullNameInText } from './speaker-forms';
import { tidyRole } from './speaker-names';

describe('one name form per person', () => {
	it('gives "he said" the full name, not the surname a later verb used', () => {
		expect(
			speakersOf(
				'Harbour Minister Anna Petrosyan spoke to the council on Monday.',
				'"The quay will open in spring," Petrosyan said.',
				'"Every boat will be counted," she added.'
			)
		).toEqual([
			['The quay will open in spring,', 'Anna Petrosyan'],
			['Every boat will be counted,', 'Anna Petrosyan']
		]);
	});
	it('finds the full name where no role or appositive marked it', () => {
		expect(fullNameInText('The Mayor of Lindmoor Aram Karapetyan at a hearing blamed the river.', 'Karapetyan', 999, () => false)).toBe('Aram Karapetyan');
		expect(fullNameInText('On Monday Minister Karapetyan spoke.', 'Karapetyan', 999, () => false)).toBeNull();
		expect(
			speakersOf(
				'The Mayor of Lindmoor Aram Karapetyan at a hearing blamed the river authority for the delays.',
				'"We have waited for two years and nobody has come," Karapetyan said.'
			)
		).toEqual([['We have waited for two years and nobody has come,', 'Aram Karapetyan']]);
	});
});

describe('a role', () => {
	it('starts after "with": the words before it are the sentence, not the title', () => {
		expect(tidyRole('Opening a hearing with Harbour Minister')).toBe('Harbour Minister');
		expect(tidyRole('the mayor held phone talks with River Commissioner')).toBe('River Commissioner');
		expect(tidyRole('Harbour Ministry spokeswoman')).toBe('Harbour Ministry spokeswoman');
	});
});
