// What holdout15 (session 15) showed, on text written for the test: a place or a month carried to a
// quote as its speaker, an unnamed café owner's words given to an official named before, and a
// body's speaker name hiding the place it is named with.
import { describe, expect, it } from 'vitest';
import { articleOf, curatedGeodata } from './__fixtures__/article-text';
import { extractArticle, matcherFor } from './join';
import { speakersOf } from './__fixtures__/speaker-run';

describe('a speaker is never a place or a date', () => {
	it('does not take the town of "Officials in Town denied that." for the next quote’s speaker', () => {
		const got = speakersOf(
			'Officials in Stepanakert denied that. "Our posts were attacked from three directions." That was how an officer who asked not to be named described the fighting.'
		);
		expect(got).toEqual([['Our posts were attacked from three directions.', null]]);
	});

	it('does not take a month for the one "he" stands for', () => {
		const got = speakersOf(
			'At the end of July, a convoy of 19 lorries with food, sent by the government, stopped at the border near Kornidzor. It is still standing there.',
			'Former prosecutor of the harbour court Davit Aramyan published a report calling the blockade a crime. «Hunger is the weapon nobody sees,» he wrote. Baku rejected the report.'
		);
		expect(got.map(([, who]) => who)).not.toContain('July');
	});

	it('keeps a capital that speaks in the quote’s own sentence', () => {
		expect(speakersOf('Ankara called the mission "a success of regional cooperation and trust".')).toEqual([
			['a success of regional cooperation and trust', 'Ankara']
		]);
	});
});

describe('an ordinary person the story never names', () => {
	it('keeps "he" unnamed after "In Town, the owner of a café has …", not the official named before', () => {
		const got = speakersOf(
			'Harbour adviser Davit Aramyan said in an interview that the road was "a lifeline for both towns, not a weapon".',
			'In Tegh, the owner of a roadside café has added soup to the menu. "The sailors come for coffee. They pay," he said.'
		);
		expect(got).toEqual([
			['a lifeline for both towns, not a weapon', 'Davit Aramyan'],
			['The sailors come for coffee. They pay,', null]
		]);
	});
});

describe('a body’s name does not hide the place it is named with', () => {
	it('still reports Georgia after "the EU Delegation to Georgia said"', () => {
		const a = articleOf(
			'Officials met on Monday.\n\n"Both roads must stay open," the EU Delegation to Georgia said in a statement.\n\nTrucks from Georgia waited at the border for a third day.',
			{ date: '2023-05-01' }
		);
		const r = extractArticle(a, matcherFor(curatedGeodata!));
		const found = [...r.unmatched.map((u) => u.name), ...r.mentions.map((m) => a.body.slice(m.start, m.end))];
		expect(found).toContain('Georgia');
	});
});
