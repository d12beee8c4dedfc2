// Speakers as holdout13's first score (session 14) showed them missed, each on text written for the
// test: a name in apposition to a descriptor ("Another expert, Name, recalled"), a name with a
// bracketed aside before "who" ("Name (D-CA), who …, said"), and an unnamed person from a town.
import { describe, expect, it } from 'vitest';
import { subjectAtEnd, subjectBefore } from './attribution';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers named as holdout13 showed', () => {
	it('gives the name in apposition to a descriptor, so a later "he noted" is theirs', () => {
		expect(
			speakersOf(
				'Harbour analyst Davit Aramyan told reporters the ferry had lost its purpose. "The crews guard nothing," he said.',
				'Another expert, Lilit Avagyan, recalled that the charter had set a five-year term. "The port did not wait," she noted.'
			)
		).toEqual([
			['The crews guard nothing,', 'Davit Aramyan'],
			['The port did not wait,', 'Lilit Avagyan']
		]);
		expect(subjectAtEnd('The analyst, Lilit Avagyan, ')?.name).toBe('Lilit Avagyan');
	});

	it('reads past a bracketed aside after the name before "who"', () => {
		expect(
			speakersOf(
				'Anna Petrosyan (D-Portvale), who visited the pier at Lindmoor in May, said at a meeting: "What we saw was a blockade, plain and simple."'
			)
		).toEqual([['What we saw was a blockade, plain and simple.', 'Anna Petrosyan']]);
	});

	it('keeps an unnamed person from a town unnamed: the town is where they are from', () => {
		expect(subjectBefore('An elderly man from Lindmoor, who asked that his name not be printed,')).toBe(
			'An elderly man from Lindmoor'
		);
		expect(subjectAtEnd('An elderly man from Lindmoor, who asked that his name not be printed, ')).toBeNull();
	});
});
