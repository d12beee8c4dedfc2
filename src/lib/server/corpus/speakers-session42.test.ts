// Session 42: speakers a blind set (holdout67) showed wrong or missing. Every sentence and every name is
// written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 42', () => {
	it('never gives "the village head said" to a relative described as "the village head’s nephew"', () => {
		expect(
			speakersOf(
				'Lev Darvin, who has headed the village for eleven years, walks along the orchard. “That hill was ours until November,” the village head said.',
				'Not everyone agrees. Piet Darvin, the village head’s nephew, works in Portvale. “My father will not leave,” he said.'
			)
		).toEqual([
			['That hill was ours until November,', 'Lev Darvin'],
			['My father will not leave,', 'Piet Darvin']
		]);
	});

	it('gives "the association’s chairman said" to the one the paragraph introduced as heading it', () => {
		expect(
			speakersOf(
				'A harbour officer who spoke without giving his name said the quay would stay shut.',
				'Vera Lind, who heads an association of families from Lindmoor, came with a group of elders. “We have waited for this since 1993,” the association’s chairman said.'
			)
		).toEqual([['We have waited for this since 1993,', 'Vera Lind']]);
	});

	it('keeps "the commander said" from a villager the paragraph introduced doing something else', () => {
		expect(
			speakersOf(
				'A harbour officer who spoke without giving his name said the quay would stay shut.',
				'Vera Lind, who sells bread by the gate, watched the trucks leave. The commander said only that “the order will be carried out”.'
			)
		).toEqual([['the order will be carried out', null]]);
	});
});
