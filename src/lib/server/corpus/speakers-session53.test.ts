// Session 53: speakers a blind set showed lost or given the wrong form. Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 53', () => {
	it('gives "he said" to a member named before his faction ("X of the Y party said …"), not to the one quoted before', () => {
		expect(
			speakersOf(
				'In Portvale, the committee chair, Vera Lind, told lawmakers the plan was sound. “We are ready,” she said. Lawmaker Karo Dornick of the Unity party said the chamber should hear the officers. “We want to know what they do every day,” he said.'
			)
		).toEqual([
			['We are ready,', 'Vera Lind'],
			['We want to know what they do every day,', 'Karo Dornick']
		]);
	});

	it('gives "he said" to a chair named with his faction between commas ("The chair, X of the Y faction, told reporters")', () => {
		expect(
			speakersOf(
				'Lawmakers questioned Deputy Minister Lev Darvin in a closed hearing.',
				'The committee’s chair, Karo Dornick of the ruling Harbour faction, told reporters the members had been briefed. “The road is closed,” he said.'
			)
		).toEqual([['The road is closed,', 'Karo Dornick']]);
	});
});
