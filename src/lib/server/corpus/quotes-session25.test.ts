// Session 25: words in marks that real pages (read through the search tool's stored pages, not copied)
// showed are no one's speech: long slogans on signs and banners, a second sign after the first, and the
// name of an event. Text written for the test.
import { describe, expect, it } from 'vitest';
import { findQuotes } from './quotes';
import { paragraphs } from './extract';

/** The words in marks the engine keeps as quotes (terms left out). */
const quotes = (body: string) => {
	const live = paragraphs(body, 'T').filter((p) => !p.furniture);
	return findQuotes(body, live)
		.own.flat()
		.filter((q) => !q.term)
		.map((q) => body.slice(q.start, q.end));
};

describe('quotes: session 25', () => {
	it('takes a slogan or an inscription of any length for a term', () => {
		expect(
			quotes('Protesters marched to the base under the slogan “Darkness in the name of an open road”.')
		).toEqual([]);
		expect(quotes('A group of women holding posters “We need real peacekeepers” blocked the gate.')).toEqual(
			[]
		);
		expect(
			quotes('Soldiers put up a sign that reads: “Attention! You are entering the territory of Lindia!”')
		).toEqual([]);
		expect(quotes('Their banners read “Stop the blockade now” in three languages.')).toEqual([]);
		// A second sign after the first, joined by "and".
		expect(
			quotes('Some carried signs saying “Open the road or leave” and “The base is not our shield.”')
		).toEqual([]);
		// Words someone said stay a quote, however the sentence goes on.
		expect(
			quotes('“We will hold the road as long as it takes,” the colonel said, pointing at the signs.')
		).toEqual(['We will hold the road as long as it takes,']);
	});

	it('takes the name of a campaign or an event in marks for a term, not speech', () => {
		expect(
			quotes(
				'The general met pupils taking part in the patriotic campaign ‘Watch of Heroes of the Fatherland’ in Portvale.'
			)
		).toEqual([]);
		expect(quotes('The army began the exercises “Southern Shield of the Republic” on Monday.')).toEqual([]);
	});
});
