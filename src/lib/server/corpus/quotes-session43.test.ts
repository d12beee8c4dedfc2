// Session 43: words in marks that are the sentence's subject (probe 27). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { paragraphs } from './extract';
import { findQuotes } from './quotes';

const terms = (t: string) =>
	findQuotes(t, paragraphs(t)).own[0]!.map((q) => [t.slice(q.start, q.end), !!q.term]);

describe('quotes: session 43', () => {
	it('makes a term of words in marks that open a sentence as its subject, before "are" or "is"', () => {
		expect(terms('The board confirmed the truce. “Harbour measures” are stopped.')).toEqual([
			['Harbour measures', true]
		]);
		expect(terms('“Harbour Post” writes about it.')).toEqual([['Harbour Post', true]]);
	});

	it('keeps words in marks that a speaker says as speech', () => {
		expect(terms('“Stop,” he said.')).toEqual([['Stop,', false]]);
		expect(terms('“The quay is closed,” is what she said.')).toEqual([['The quay is closed,', false]]);
	});
});
