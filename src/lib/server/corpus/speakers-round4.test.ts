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
