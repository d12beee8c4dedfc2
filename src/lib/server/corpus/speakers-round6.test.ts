// Speakers that a blind set and the session-13 reading of real news showed wrong, each as a general
// rule on texts written for the test (no sentence here comes from an article).
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('a person named by a role before the name', () => {
	it('reads "the secretary of Lindia\'s Security Council, Name," as Name, the "he" after it (a possessive in the role\'s "of" phrase)', () => {
		expect(
			speakersOf(
				'Military analyst Andrei Sokolov believes the guards stay for show. “Leaving would look bad,” Sokolov said.',
				"In Portia, the secretary of Lindia's Security Council, Armen Grigoryan, was blunter. “The guards did not do their job,” he told journalists."
			)
		).toEqual([
			['Leaving would look bad,', 'Andrei Sokolov'],
			['The guards did not do their job,', 'Armen Grigoryan']
		]);
	});
	it('reads "Deputy Speaker of the Milli Majlis Name said" as Name (a parliament ends a body’s name)', () => {
		expect(
			speakersOf(
				'Military expert Davit Aramyan said the quay would close. "It is over," Aramyan told reporters.',
				'Deputy Speaker of the Milli Majlis Ali Ahmadov said the country needed no guards. "We guard ourselves," he said.',
				'National Assembly Speaker Lilit Avagyan disagreed. "We need them," Avagyan said.'
			)
		).toEqual([
			['It is over,', 'Davit Aramyan'],
			['We guard ourselves,', 'Ali Ahmadov'],
			['We need them,', 'Lilit Avagyan']
		]);
	});
});

describe('"he" after someone named only by kin', () => {
	it('keeps "he said" after "the dead man’s uncle said" unknown, not the person named paragraphs before', () => {
		expect(
			speakersOf(
				'“We were there,” said Hovik Sargsyan, head of the harbour.',
				'The Lindian Police said the team had been working.',
				"The dead man's uncle, reached by phone in Portia, said the family had waited. “Where were the guards?” he said."
			)
		).toEqual([
			['We were there,', 'Hovik Sargsyan'],
			['Where were the guards?', null]
		]);
	});
	it('keeps "he said" after "Her brother said" unknown', () => {
		expect(speakersOf('“We were there,” said Hovik Sargsyan, head of the harbour.', 'Her brother said the family had waited. “Where were the guards?” he said.')).toEqual([
			['We were there,', 'Hovik Sargsyan'],
			['Where were the guards?', null]
		]);
	});
});
