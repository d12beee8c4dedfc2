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

	it('names "the Russian peacekeeping command" as a body, so its statement read after is the command’s', () => {
		expect(
			speakersOf(
				'The Russian peacekeeping command said in a statement that it was holding talks with both sides. The statement says the peacekeepers are working “to unblock the road and to ensure the movement of civilian vehicles”.'
			)
		).toEqual([
			['to unblock the road and to ensure the movement of civilian vehicles', 'Russian peacekeeping command']
		]);
	});

	it('gives a statement to the office that accepted a proposal, not to the command that made it', () => {
		expect(
			speakersOf(
				'The office of the Dornian president, Karo Dornick, says it has accepted a proposal by the Russian peacekeeping command for a ceasefire.',
				'“The remaining units will be disarmed,” the statement says.'
			)
		).toEqual([['The remaining units will be disarmed,', 'office of the Dornian president']]);
	});
});
