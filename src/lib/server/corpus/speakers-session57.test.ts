// Session 57: speakers a blind set showed wrong, each in sentences written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 57', () => {
	it('takes "he" for a person named with where they sit ("X of the ruling party, who heads …, said")', () => {
		expect(
			speakersOf(
				'Asked about the report, Dornick replied: “Yes, that is correct.”',
				'In the assembly, Andrei Velsky of the ruling Portvale Union party, who heads the defence committee, said the troops had done their job. “The mission was to stop a war,” he told reporters.'
			)
		).toEqual([
			['Yes, that is correct.', 'Dornick'],
			['The mission was to stop a war,', 'Andrei Velsky']
		]);
	});

	it('keeps an ombudsperson’s title and a body’s possessive out of the name, but no outlet is a person', () => {
		expect(
			speakersOf(
				'Lindmoor’s Ombudsperson Vera Lind wrote on X: “They will finally rest in peace.”',
				'“That is not nothing,” says Harbour Institute’s Velina Dorsk.',
				'A soldier, quoted by Portvale’s RIA Novosti, says the column moves. “We are not border guards,” he says.'
			)
		).toEqual([
			['They will finally rest in peace.', 'Vera Lind'],
			['That is not nothing,', 'Velina Dorsk'],
			['We are not border guards,', null]
		]);
	});
});
