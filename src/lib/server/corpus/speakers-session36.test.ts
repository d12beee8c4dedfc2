// Session 36: speakers a blind set (holdout56) showed wrong. Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 36', () => {
	it('gives the words to the person after a title "of the President", never to the title', () => {
		expect(
			speakersOf(
				'Press Secretary of the President Lev Darvin stressed that the harbour «keeps to its obligations».'
			)
		).toEqual([['keeps to its obligations', 'Lev Darvin']]);
	});

	it('reads "Presidential aide X went further, telling reporters that …" as X’s', () => {
		expect(
			speakersOf(
				'Presidential aide Arif Nuriyev went further, telling foreign reporters that the ferry statement "has nothing to do with the facts at sea".'
			)
		).toEqual([['has nothing to do with the facts at sea', 'Arif Nuriyev']]);
	});

	it('gives a quote to the spokeswoman named after "its spokeswoman", not to a leader named before', () => {
		expect(
			speakersOf(
				'Lev Darvin has said nothing. “The harbour board is wrecking everything that ties our towns,” its spokeswoman, Vera Lind, wrote on Telegram.'
			)
		).toEqual([['The harbour board is wrecking everything that ties our towns,', 'Vera Lind']]);
	});

	it('leaves out who carried the words (", quoted by local media,") between the body and its verb', () => {
		expect(
			speakersOf(
				'The command of the Lindish border contingent, quoted by local media, said that the move would be made «without any stop to the ferries».'
			)
		).toEqual([['without any stop to the ferries', 'Lindish border contingent']]);
	});

	it('keeps a retired rank’s bracket from cutting the rank off the name ("Colonel (ret.) X")', () => {
		expect(
			speakersOf(
				'Unlikely, says military expert Colonel (ret.) Oskar Welin. «The guard will leave within a year,» he told the paper.'
			)
		).toEqual([['The guard will leave within a year,', 'Oskar Welin']]);
	});

	it('finds the subject of an irregular past and a billionaire named after his trade for a later "he"', () => {
		expect(
			speakersOf(
				'Lev Darvin said nothing.',
				'Pavel Nuriyev understood the harbour’s weakness earlier than anyone. “We needed nobody’s leave to reopen the quay,” he said in December.'
			)
		).toEqual([['We needed nobody’s leave to reopen the quay,', 'Pavel Nuriyev']]);
		expect(
			speakersOf(
				'Lev Darvin said nothing.',
				'The board’s new chairman, the Lindmoor billionaire Oskar Welin, has called for help. In his video address he said: "We will stay, whatever it costs."'
			)
		).toEqual([['We will stay, whatever it costs.', 'Oskar Welin']]);
	});

	it('gives a body’s unnamed spokesperson’s words to the body, and a person’s spokesperson’s to nobody', () => {
		expect(
			speakersOf(
				'A spokesperson for the Lindish Harbour Board said in a written answer that "the quay is open to every ship".'
			)
		).toEqual([['the quay is open to every ship', 'Lindish Harbour Board']]);
		expect(
			speakersOf(
				'The Lindish Transport Ministry said the ferries were late: "The quay is open to every ship," a ministry spokesperson said.'
			)
		).toEqual([['The quay is open to every ship,', 'Lindish Transport Ministry']]);
		expect(
			speakersOf(
				'A spokesperson for Harbour Minister Vera Lind said the ferries would "sail again by Friday".'
			)
		).toEqual([['sail again by Friday', null]]);
	});

	it('reads "a student called X said", "he promises", and a straight mark typed after the space before the attribution', () => {
		expect(
			speakersOf(
				'One of them, a student called Narek, said: "They sold the harbour twice, in 2020 and today."'
			)
		).toEqual([['They sold the harbour twice, in 2020 and today.', 'Narek']]);
		expect(
			speakersOf('Lev Darvin spoke at the quay. «Those responsible will be punished,» he promises.')
		).toEqual([['Those responsible will be punished,', 'Lev Darvin']]);
		expect(speakersOf('“Long live the harbour, long live its crews, "Darvin wrote on Telegram.')).toEqual([
			['Long live the harbour, long live its crews,', 'Darvin']
		]);
	});
});
