// Speakers that session 8's blind set (holdout6) showed missing, each as a general rule on texts
// written for the test: a kind noun ("the channel", "the agency") standing for the name given with
// it before.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('a kind noun stands for the name the article gave with it', () => {
	it('resolves "the channel" to the channel named before, not to a ministry', () => {
		expect(
			speakersOf(
				'The Armenian Defence Ministry said nothing on Friday.',
				'The Telegram channel Voenkor Digest, which follows the army, posted a map. "Two posts were left empty," the channel wrote.'
			)
		).toEqual([['Two posts were left empty,', 'Voenkor Digest']]);
	});
	it('takes a name before the noun, and the noun inside a name', () => {
		expect(
			speakersOf(
				'The Kavkaz Uzel news agency sent a reporter. "The road is shut," the agency said.',
				'The Noyan Tapan Press Agency had asked the council. "We have no answer yet," the agency reported.'
			)
		).toEqual([
			['The road is shut,', 'Kavkaz Uzel'],
			['We have no answer yet,', 'Noyan Tapan Press Agency']
		]);
	});
	it('leaves "the channel" as written when no channel is named', () => {
		expect(speakersOf('The Armenian Defence Ministry said nothing. "Two posts were left empty," the channel wrote.')).toEqual([['Two posts were left empty,', 'channel']]);
	});
});
