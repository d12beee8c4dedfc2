// Session 52: words in marks that three probes of real pages showed taken for speech: short terms with the
// sentence's full stop inside the marks, and titles of books and debates. Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('quotes: session 52', () => {
	it('takes a word in marks after a possessive, with the full stop inside, for a term', () => {
		expect(
			speakersOf(
				'Witnesses said all of them “recognised” the accused and spoke about his “crimes.” The court agreed.'
			)
		).toEqual([]);
	});

	it('takes a second short term joined by "and" for a term', () => {
		expect(
			speakersOf(
				'The Dornian Ministry of Defence rejected the reports, calling them “unilateral” and “non-consensual.”'
			)
		).toEqual([]);
	});

	it('takes two words after "these" for a term', () => {
		expect(speakersOf('The sides agreed to halt hostilities for these “humanitarian purposes.”')).toEqual([]);
	});

	it('takes a book’s title after "the author of" and a debate’s after "a discussion on" for titles', () => {
		expect(
			speakersOf(
				'“This is a lie,” said Karo Dornick, the author of “Black Garden,” a book on the conflict.',
				'A discussion on “Relations between Dornia and Lindia and the situation in Portvale” was held in the parliament.'
			)
		).toEqual([['This is a lie,', 'Karo Dornick']]);
	});

	it('still takes a short quote that ends a sentence after "said" for speech', () => {
		expect(speakersOf('Lev Darvin said the talks were “a real step forward.”')).toEqual([
			['a real step forward.', 'Lev Darvin']
		]);
	});
});
