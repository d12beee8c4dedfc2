// Session 44: speakers holdout72 and probes 28 and 29 (real pages) showed lost or given to the wrong person. Paragraphs
// written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 44, a body’s spokesperson', () => {
	it('gives the words of "An X Ministry spokesperson" and "An EU spokesperson" to the body (eval/README, session 36)', () => {
		expect(
			speakersOf('A Dornian Harbour Ministry spokesperson said: “The ferries will sail on Monday.”')
		).toEqual([['The ferries will sail on Monday.', 'Dornian Harbour Ministry']]);
		expect(speakersOf('An EU spokesperson said the bloc “hopes the ferries will sail again soon”.')).toEqual([
			['hopes the ferries will sail again soon', 'EU']
		]);
	});

	it('gives "the spokesperson said" after such a sentence to the same body', () => {
		expect(
			speakersOf(
				'In Lindmoor, the Dornian Harbour Ministry welcomed the news. A ministry spokesperson said the quay would reopen.',
				'“The harbour has always been open to both sides,” the spokesperson told journalists.'
			)
		).toEqual([['The harbour has always been open to both sides,', 'Dornian Harbour Ministry']]);
		expect(
			speakersOf(
				'A Dornian Harbour Ministry spokesperson said the strike was a “provocation”. “If the crews cared about the town, they would sail,” the spokesperson said.'
			)
		).toEqual([['If the crews cared about the town, they would sail,', 'Dornian Harbour Ministry']]);
	});

	it('keeps a spokesperson of no named body, and one asked not to be named, unnamed', () => {
		expect(speakersOf('A spokesperson said: “The ferries will sail on Monday.”')).toEqual([
			['The ferries will sail on Monday.', null]
		]);
	});
});

describe('speakers: session 44, subjects and speech', () => {
	it('finds a titled name before the first verb when the quote follows "and called for"', () => {
		expect(
			speakersOf(
				'Lindmoor, HARBOUR – Dornia’s Harbour Ministry spokesman Lev Darvin welcomed the deal and called for "respect for the rights of the crews".'
			)
		).toEqual([['respect for the rights of the crews', 'Lev Darvin']]);
	});

	it('reads "was clear:" and "was blunt:" before a quote as speech', () => {
		expect(
			speakersOf(
				'Harbour Ombudsman Vera Lind visited the quay on Tuesday. The ombudsman was clear: “The strike is over and the ferries will sail.”'
			)
		).toEqual([['The strike is over and the ferries will sail.', 'Vera Lind']]);
	});

	it('finds the body of a spokesperson whose name a hard-wrapped line breaks', () => {
		expect(
			speakersOf(
				'The harbour board said the ferries had sailed. A spokesman for the Dornian\nHarbour Ministry told reporters that seven crews had left.',
				'"The strike is over and our ferries are sailing again," the spokesman said.'
			)
		).toEqual([['The strike is over and our ferries are sailing again,', 'Dornian Harbour Ministry']]);
	});

	it('gives a quote to the body that is the subject right before it, its predicate in the marks', () => {
		expect(
			speakersOf('The Dornian Harbour Ministry “expressed its deepest condolences” to the crews’ families.')
		).toEqual([['expressed its deepest condolences', 'Dornian Harbour Ministry']]);
	});

	it('reads who signs a quote after a dash, a surname alone saying after it, and an aged name after a description', () => {
		expect(
			speakersOf(
				'“We all have houses in Lindmoor, but our hearts are in Portvale.” — Vera Lindqvist, 50, from Portvale'
			)
		).toEqual([['We all have houses in Lindmoor, but our hearts are in Portvale.', 'Vera Lindqvist']]);
		expect(
			speakersOf(
				'Leyla Darvinova was nine in 1992.',
				'“We lived on the quay. We had only old clothes.” Darvinova told Harbour Radio.'
			)
		).toEqual([['We lived on the quay. We had only old clothes.', 'Leyla Darvinova']]);
		expect(
			speakersOf(
				'“We are so happy to be back,” one of the returnees, 64-year-old Mina Lindova, told reporters.'
			)
		).toEqual([['We are so happy to be back,', 'Mina Lindova']]);
	});

	it('reads the name after a body’s possessive title and a comma', () => {
		expect(
			speakersOf(
				'“Our convoys are a lifeline for the islands,” said ICRC’s regional director for the north, Vera Lind.'
			)
		).toEqual([['Our convoys are a lifeline for the islands,', 'Vera Lind']]);
	});

	it('reads "he" as the one named with a participle that says where he serves ("an officer attached to the centre")', () => {
		expect(
			speakersOf(
				'Colonel Lev Darvin, an officer attached to the harbour centre, told reporters that the first ferries would sail on Monday. "Every morning we will see the same report," he said.'
			)
		).toEqual([['Every morning we will see the same report,', 'Lev Darvin']]);
	});

	it('gives a bare quote paragraph to the body the paragraph before says published a statement, and a message "which says:" to its issuer', () => {
		expect(
			speakersOf(
				'The Dornian Harbour Ministry said the quay was closed. “The quay is ours,” the ministry said.',
				'A similar statement was published by the Dornian Foreign Ministry.',
				'“Over the past few days, cameras were installed at the quay.”'
			)[1]
		).toEqual(['Over the past few days, cameras were installed at the quay.', 'Dornian Foreign Ministry']);
		expect(
			speakersOf(
				'Lindmoor Information Center has spread a message which says: "The shelling of the quay continues."'
			)
		).toEqual([['The shelling of the quay continues.', 'Lindmoor Information Center']]);
	});

	it('gives "said the UNHCR representative" to the one the article introduced with that title', () => {
		expect(
			speakersOf(
				'Vera Lind, UNHCR representative in Dornia, visited the quay at Lindmoor.',
				'“The most urgent need is shelter,” said the UNHCR representative.'
			)
		).toEqual([['The most urgent need is shelter,', 'Vera Lind']]);
	});

	it('reads a ticker’s entry: its time, the source in capitals, then the words', () => {
		expect(
			speakersOf(
				'Harbour master Lev Darvin was asked about the ferries.',
				'09:05 UTC: DARVIN: “YES, IT IS TRUE”'
			)
		).toEqual([['YES, IT IS TRUE', 'Lev Darvin']]);
	});
});
