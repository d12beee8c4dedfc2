// Session 32: speakers a real wire page and a blind set (holdout49) showed: a name with a capitalised title
// in apposition ("X, President of the European Council, said"), a ticker's "role Name:" before a quote, and
// a flash item's present tense ("calls on all sides to “…”", "urges"). Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 32', () => {
	it('gives the name, not the body in its title, when a capitalised title stands in apposition', () => {
		expect(
			speakersOf(
				'Lena Brandt, President of the Northern Council, reportedly said that the bloc was “ready to help keep the road open” on Monday.'
			)
		).toEqual([['ready to help keep the road open', 'Lena Brandt']]);
		expect(
			speakersOf(
				'Tomas Varga, Special Representative of the Union, told reporters that “nobody wants another winter like this one”.'
			)
		).toEqual([['nobody wants another winter like this one', 'Tomas Varga']]);
	});

	it('gives the person a role names right before the colon, not the ministry in the role', () => {
		expect(
			speakersOf(
				'Georgian Foreign Ministry spokesperson Nino Beridze: “Our border crossings stay open for every convoy heading north.”'
			)
		).toEqual([['Our border crossings stay open for every convoy heading north.', 'Nino Beridze']]);
		// A name after "told" is who heard the words, never who said them.
		expect(
			speakersOf('The officer told Nino Beridze: “Our border crossings stay open for every convoy.”')
		).not.toEqual([['Our border crossings stay open for every convoy.', 'Nino Beridze']]);
	});

	it('reads a flash item’s "calls on" and "urges" as speech', () => {
		expect(
			speakersOf(
				'Foreign policy chief Lena Brandt calls on both sides to “refrain from anything that could cost more lives” and says monitors are ready.'
			)
		).toEqual([['refrain from anything that could cost more lives', 'Lena Brandt']]);
		expect(
			speakersOf(
				'Spokeswoman Irina Volkova urges Baku to “let the lorries through before the snow closes the pass”.'
			)
		).toEqual([['let the lorries through before the snow closes the pass', 'Irina Volkova']]);
	});

	it('never lends a headline’s last word to the body the next paragraph opens with', () => {
		expect(
			speakersOf(
				'Baku answers Moscow over Dashkend',
				'The Ministry of Defence of Azerbaijan has rejected a statement by the Russian Defence Ministry on Saturday.',
				'The Azerbaijani ministry insisted that its units had acted against “armed groups that tried to cross the river”.'
			)
		).toEqual([['armed groups that tried to cross the river', 'Ministry of Defence of Azerbaijan']]);
	});

	it('gives the name after a capitalised title that follows "said", and reads a name in marks that opens a sentence as no quote', () => {
		expect(
			speakersOf(
				'“The mission is not over,” said Deputy Minister of Foreign Affairs of Vantoria, Pavel Lindqvist.'
			)
		).toEqual([['The mission is not over,', 'Pavel Lindqvist']]);
		expect(speakersOf('"Vestnik" writes about it, citing sources in the ministry.')).toEqual([]);
		expect(speakersOf('“Enough,” he said, and left the room.')).toEqual([['Enough,', null]]);
	});
});
