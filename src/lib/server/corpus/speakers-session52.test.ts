// Session 52: speakers a blind set and three probes of real pages showed lost or given the wrong form.
// Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';
import { tidyRole } from './speaker-roles';

describe('speakers: session 52', () => {
	it('leaves an ambassador in a named capital unnamed when no one holding the post is named, not the driver quoted before', () => {
		expect(
			speakersOf(
				'Karo Dornick, a driver from Lindmoor, said the wait was long. “We waited for hours,” he said.',
				'The Dornian ambassador in Portvale wrote on X: “We call for calm on the road.”'
			)
		).toEqual([
			['We waited for hours,', 'Karo Dornick'],
			['We call for calm on the road.', null]
		]);
	});

	it('leaves "the last commander of the contingent" unnamed when no commander is named, not the spokesman before', () => {
		expect(
			speakersOf(
				'Kremlin spokesman Dmitry Peskov said the troops would leave. “The decision was made,” he said.',
				'The last commander of the contingent, quoted by a state news agency, said the equipment had been taken out “without a single incident.”'
			)
		).toEqual([
			['The decision was made,', 'Dmitry Peskov'],
			['without a single incident.', null]
		]);
	});

	it('leaves a president’s aide unnamed when the article never names the aide', () => {
		expect(
			speakersOf(
				'Vera Lind, a teacher from Lindmoor, said: “We are tired.”',
				'The Dornian president’s aide said on X that “nobody is forcing anyone to leave.”'
			)
		).toEqual([
			['We are tired.', 'Vera Lind'],
			['nobody is forcing anyone to leave.', null]
		]);
	});

	it('still gives "the Dornian official" to the Dornian official named just before (a loose word, no pinned office)', () => {
		expect(
			speakersOf(
				'Lev Darvin, a senior Dornian official, met the delegation in Lindmoor. “Residents will receive every right,” the Dornian official said.'
			)
		).toEqual([['Residents will receive every right,', 'Lev Darvin']]);
	});

	it('gives the words to the president who said them, not to IRNA that reported them', () => {
		expect(
			speakersOf(
				'Dornian President Karo Dornick said Dornia "will not accept changes in the region," IRNA reported.'
			)
		).toEqual([['will not accept changes in the region,', 'Karo Dornick']]);
	});

	it('reads "X, speaking in Y, said Z “…”" as X speaking, with Z the reported clause’s subject', () => {
		expect(
			speakersOf(
				'Dornian President Karo Dornick, speaking in Portvale on the sidelines of a summit, said Dornia "will not accept changes in the region," the Harbour Post reported.'
			)
		).toEqual([['will not accept changes in the region,', 'Karo Dornick']]);
	});

	it('gives a judge’s words to the judge’s name, without the title', () => {
		expect(
			speakersOf(
				'In a separate declaration, Judge Vera Lind wrote that the court had “taken note of the assurances given by the respondent”, a reference to the pledges.'
			)
		).toEqual([['taken note of the assurances given by the respondent', 'Vera Lind']]);
	});

	it('gives "the MEP said" to the member of the European Parliament named before', () => {
		expect(
			speakersOf(
				'MEP Karo Dornick strongly criticised the blockade. “The court has condemned the blockade,” the MEP said.'
			)
		).toEqual([['The court has condemned the blockade,', 'Karo Dornick']]);
	});

	it('gives "says the 45-year-old from her home" to the woman named with her age', () => {
		expect(
			speakersOf(
				'Vera Lind, 45, has two children. “After that she doesn’t know what to do,” says the 45-year-old from her home.'
			)
		).toEqual([['After that she doesn’t know what to do,', 'Vera Lind']]);
	});

	it('gives "reads the PACE resolution" to the body that adopted the resolution', () => {
		expect(
			speakersOf(
				'The Harbour Assembly adopted a resolution on Tuesday.',
				'“The Assembly stresses that the situation is not sustainable,” reads the HA resolution adopted by 48 votes to 16.'
			)
		).toEqual([['The Assembly stresses that the situation is not sustainable,', 'Harbour Assembly']]);
	});

	it('gives "the European Union’s spokesperson said" to the Union, not to another body’s spokesman named before', () => {
		expect(
			speakersOf(
				'Kremlin spokesman Dmitry Peskov said Moscow was in contact with both sides.',
				'The European Union’s spokesperson said the EU “calls on Dornia to immediately cease military activities.”'
			)
		).toEqual([['calls on Dornia to immediately cease military activities.', 'European Union']]);
	});

	it('gives "The statement reads that Portvale is “…”" and the clause after it to the body that issued the statement', () => {
		expect(
			speakersOf(
				'The Dornian Foreign Ministry this week issued a statement that officials cited at the hearing. The statement reads that Portvale is “taking all necessary measures to normalise the situation” and calls for “the resumption of traffic along the road.”'
			)
		).toEqual([
			['taking all necessary measures to normalise the situation', 'Dornian Foreign Ministry'],
			['the resumption of traffic along the road.', 'Dornian Foreign Ministry']
		]);
	});

	it('gives "he said" to "Deputy Leonid X of the Y faction", not to the speaker before him', () => {
		expect(
			speakersOf(
				'Deputy speaker Pyotr Lind said the house would act. “It is clear,” Lind said.',
				'Deputy Leonid Darvin of the Harbour faction said the committee would meet. “We must know how the rotation will be organised,” he said.'
			)
		).toEqual([
			['It is clear,', 'Pyotr Lind'],
			['We must know how the rotation will be organised,', 'Leonid Darvin']
		]);
	});

	it('leaves "the Ombudsman said" unnamed when no ombudsman is named, and gives it to the one named so', () => {
		expect(
			speakersOf(
				'Artak Lind, adviser to the State Minister, said the gas supply had been cut.',
				'“Dornia deliberately paralyses the region’s civilian infrastructure,” the Ombudsman said.'
			)
		).toEqual([['Dornia deliberately paralyses the region’s civilian infrastructure,', null]]);
		expect(
			speakersOf(
				'Ombudsman Karo Dornick visited the villages.',
				'Artak Lind, adviser to the State Minister, said the gas supply had been cut.',
				'“Dornia deliberately paralyses the region’s civilian infrastructure,” the Ombudsman said.'
			)
		).toEqual([['Dornia deliberately paralyses the region’s civilian infrastructure,', 'Karo Dornick']]);
	});

	it('takes no role from a clause after the name ("who fled to Lindmoor during the war with Dornia")', () => {
		expect(tidyRole(' who fled to Lindmoor during the 2020 war with Dornia.')).toBe('');
		expect(tidyRole('Speaking at a meeting with Dornian President')).toBe('Dornian President');
	});

	it('gives the words to "X of the Y faction, first deputy chairman of the committee, said", not to the committee', () => {
		expect(
			speakersOf(
				'Leonid Darvin of the Harbour faction, first deputy chairman of the committee on border affairs, said the withdrawal “corresponds to the new realities on the ground.” “Our soldiers saved lives,” he added.'
			)
		).toEqual([
			['corresponds to the new realities on the ground.', 'Leonid Darvin'],
			['Our soldiers saved lives,', 'Leonid Darvin']
		]);
	});
});
