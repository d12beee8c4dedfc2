// Session 54: speakers a blind set showed lost or given the wrong form. Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 54', () => {
	it('gives a report’s words to the body a sentence says set it out ("In a situation report …, the charity listed …")', () => {
		expect(
			speakersOf(
				'The medical charity Médecins Sans Frontières said its teams in Portvale had treated civilians. In a situation report dated March 26, the charity listed its figures. “As of March 26 we have seen 43 patients from Lindmoor,” the report said.'
			)
		).toEqual([['As of March 26 we have seen 43 patients from Lindmoor,', 'Médecins Sans Frontières']]);
		expect(
			speakersOf(
				'The Harbour Relief Committee said on Friday that its vehicles were the only link to Lindmoor.',
				'In a situation report issued in Portvale, the organization listed its activities. The report makes two points.',
				'“We are a neutral intermediary,” the report said.'
			)
		).toEqual([['We are a neutral intermediary,', 'Harbour Relief Committee']]);
	});

	it('reads a name set after a body’s noun as a body’s, so "the charity said" finds it', () => {
		expect(
			speakersOf(
				'The medical charity Doctors Beyond Lindmoor said its teams had treated civilians. “We have seen 43 patients,” the charity said.'
			)
		).toEqual([['We have seen 43 patients,', 'Doctors Beyond Lindmoor']]);
	});

	it('gives a letter’s words to its writer named after "a letter from", read out by another', () => {
		expect(
			speakersOf(
				'Midway through the evening, the fund’s board chair read out a letter from Karo Dornick, the mayor of Portvale, the first town most families reached. “Our town has 20,000 people. Now we ask you to do what we cannot,” the mayor wrote.'
			)
		).toEqual([['Our town has 20,000 people. Now we ask you to do what we cannot,', 'Karo Dornick']]);
	});

	it('gives a note’s words to the one named as having written it, however it was read out', () => {
		expect(
			speakersOf(
				'General Lev Darvin commanded the mission for a year.',
				'At a memorial at the base that autumn, the chief of staff read out a note Darvin had written to his officers. “Remember that we are here so that nobody shoots,” the note said.'
			)
		).toEqual([['Remember that we are here so that nobody shoots,', 'Lev Darvin']]);
	});

	it('takes "Father X" as a priest named by one name, so "the priest says" is his', () => {
		expect(
			speakersOf(
				'In the courtyard of the church in Portvale, Father Aristakes is packing icons into a cardboard box. “We are taking the icons, the bell and the memory,” the priest says.'
			)
		).toEqual([['We are taking the icons, the bell and the memory,', 'Aristakes']]);
	});
});
