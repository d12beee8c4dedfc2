// Session 56: speakers a blind set showed lost or cut short. Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 56', () => {
	it('keeps a name’s particles, one or two, in a subject before the verb ("Analyst Lev de Darvin of X said")', () => {
		expect(
			speakersOf(
				'Analyst Lev de Darvin of the Portvale Institute said the statement showed “how little is left of the old mediation.”'
			)
		).toEqual([['how little is left of the old mediation.', 'Lev de Darvin']]);
		expect(speakersOf('Vera von der Lind said: “We stand with the refugees.”')).toEqual([
			['We stand with the refugees.', 'Vera von der Lind']
		]);
	});
});
