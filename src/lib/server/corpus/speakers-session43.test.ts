// Session 43: speakers a blind set (holdout70) showed wrong or missing. Every sentence and every name is
// written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';
import { peopleIn } from './speaker-people';

describe('speakers: session 43', () => {
	it('keeps "MEP" out of a member of the European Parliament’s name', () => {
		expect(
			speakersOf(
				'Dornish MEP Vera Lind said the union could no longer rely on the harbour board.',
				'“The board has become a spectator,” Lind said.'
			)
		).toEqual([['The board has become a spectator,', 'Vera Lind']]);
	});

	it('gives "a spokesperson said" to the body the paragraph before has act, alone', () => {
		expect(
			speakersOf(
				'The State Department urged both harbours to reopen the quay.',
				'“Closing the quay only raises the risk of new clashes,” a spokesperson said Thursday.'
			)
		).toEqual([['Closing the quay only raises the risk of new clashes,', 'State Department']]);
	});

	it('leaves "a spokesperson said" unnamed when no body acts alone before it', () => {
		expect(
			speakersOf(
				'Vera Lind and the harbour board met on Monday to talk about the quay.',
				'“Closing the quay only raises the risk of new clashes,” a spokesperson said Thursday.'
			)
		).toEqual([['Closing the quay only raises the risk of new clashes,', null]]);
	});

	it('keeps an undotted rank out of the name ("Lt Gen")', () => {
		expect(
			speakersOf(
				'“The quay works every day,” the harbour guard’s commander, Lt Gen Lev Darvin, told state television.'
			)
		).toEqual([['The quay works every day,', 'Lev Darvin']]);
	});

	it('gives "she said" after "A spokeswoman for X said" in the same paragraph to X', () => {
		expect(
			speakersOf(
				'A spokeswoman for the Dornish Harbour Ministry said the board had no role there. “This is a matter for our own coast guard,” she said.'
			)
		).toEqual([['This is a matter for our own coast guard,', 'Dornish Harbour Ministry']]);
	});

	it('gives "the center said" to the centre named before', () => {
		expect(
			speakersOf(
				'All ferry traffic was halted, the Lindmoor Information Center reported.',
				'“The evening crossing to Portvale has also been cancelled,” the center said.'
			)
		).toEqual([['The evening crossing to Portvale has also been cancelled,', 'Lindmoor Information Center']]);
	});

	it('gives "she said" to the woman named after "was" ("Among those waiting was X")', () => {
		expect(
			speakersOf(
				'“We will carry on,” said Vera Lind, the spokeswoman for the harbour board.',
				'Among those waiting in Portvale was Anna Darvin, whose son needs surgery. She had travelled from Kelvarn.',
				'“I have not seen him for five weeks,” she said.'
			)
		).toEqual([
			['We will carry on,', 'Vera Lind'],
			['I have not seen him for five weeks,', 'Anna Darvin']
		]);
	});

	it('gives "he said" to the man a sentence opens on after the last speaker ("His colleague Y")', () => {
		expect(
			speakersOf(
				'“We came on the 26th,” said Lev Darvin, 52, who drives the third lorry. His colleague Piet Lind has been to Portvale dozens of times.',
				'“Before, the board let us through,” he said.'
			)
		).toEqual([
			['We came on the 26th,', 'Lev Darvin'],
			['Before, the board let us through,', 'Piet Lind']
		]);
	});

	it('gives "said Dornia’s harbour ministry spokesperson" to the ministry', () => {
		expect(
			speakersOf('“The quay stays shut,” said Dornia’s harbour ministry spokesperson on Thursday.')
		).toEqual([['The quay stays shut,', 'Dornia’s harbour ministry']]);
	});

	it('keeps the clause before a title out of the role ("… came as Dornish President X told")', () => {
		const people = peopleIn(
			'Tuesday’s vote came as Dornish President Lev Darvin told leaders that the quay was theirs.'
		);
		const lev = people.find((p) => p.name === 'Lev Darvin');
		expect(lev?.roleWords?.().trim()).toBe('Dornish President');
	});

	it('gives "the statement said" to the body that spoke before it, not one only named between', () => {
		expect(
			speakersOf(
				'Both sides will meet tomorrow in Portvale, the Harbour Administration said. The meeting will be held with the mediation of the command of the Lindmoor Coast Guard, the statement said: “The issues will be discussed on the basis of the charter.”'
			)
		).toEqual([['The issues will be discussed on the basis of the charter.', 'Harbour Administration']]);
	});

	it('never gives the words of a charge to the accused ("X is also accused of … “…”")', () => {
		expect(
			speakersOf(
				'Lev Darvin is also accused of illegally crossing the harbour line “for the purpose of committing sabotage acts.”'
			)
		).toEqual([['for the purpose of committing sabotage acts.', null]]);
	});
});
