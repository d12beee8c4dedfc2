// Speakers that the session-11 reading of real news (wire services, Russian, Azerbaijani, Armenian and
// Turkish outlets, TV scripts) showed wrong, each as a general rule on texts written for the test (no
// sentence here comes from an article).
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';
import { cleanName } from './speaker-names';

describe('a subject before a speech verb', () => {
	it('reads past a manner adverb ("X firmly repeated"), not "the Aram family said"', () => {
		expect(
			speakersOf(
				'Harbour Minister Lilit Avagyan firmly reiterated that the quay stays shut.',
				'"No boat leaves before spring," she said.'
			)
		).toEqual([['No boat leaves before spring,', 'Lilit Avagyan']]);
	});
	it('takes the person after an office that names them ("… of the Harbour Administration Aram Vardanyan")', () => {
		expect(cleanName('Head of the Quay Department of the Harbour Administration Aram Vardanyan')).toBe('Aram Vardanyan');
		expect(cleanName('Harbour Administration')).toBe('Harbour Administration');
		expect(cleanName('Ministry of Harbours')).toBe('Ministry of Harbours');
	});
});

describe('one name form per person', () => {
	it('gives a given name said alone the full name the text gave before', () => {
		expect(
			speakersOf(
				'Since spring, 31-year-old Nare Simonyan cannot reach her village by road.',
				'"The shop has nothing left but salt," Nare says.'
			)
		).toEqual([['The shop has nothing left but salt,', 'Nare Simonyan']]);
		// Two people share the given name: which one is a guess, so the name stays as written.
		expect(
			speakersOf(
				'Nare Simonyan and Nare Petrosyan run the bakery.',
				'"We bake at night," Nare says.'
			)
		).toEqual([['We bake at night,', 'Nare']]);
	});
});

describe('a TV script', () => {
	it('never takes its "STORY:" label for a speaker', () => {
		expect(speakersOf('STORY: "We cannot go back to the valley."', 'Hundreds of families crossed the bridge on Sunday.')).toEqual([
			['We cannot go back to the valley.', null]
		]);
	});
	it('gives a quote paragraph to the person a one-sentence paragraph before it introduces', () => {
		expect(
			speakersOf(
				'Hundreds of families crossed the bridge on Sunday.',
				'Lusine Hakobyan is still shaken by the night in the cellar.',
				'"The walls shook until morning. We did not sleep."',
				'Davit Melikyan says the road was full of cars. Nobody moved for hours, he tells the crew.',
				'"We waited in the cold with the children."'
			)
		).toEqual([
			['The walls shook until morning. We did not sleep.', 'Lusine Hakobyan'],
			['We waited in the cold with the children.', 'Davit Melikyan']
		]);
	});
});
