// Session 40: speakers a tuned blind set (holdout63, holdout65) and two probes of real pages showed wrong or
// missing. Every sentence and every name is written for the test, but for the Kremlin's spokesman.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 40', () => {
	it('reads "the 39-year-old said" as the person named last, and "a 39-year-old said" as no one', () => {
		expect(
			speakersOf(
				'Lev Darvin, a crane driver from Portvale, has worked on the quay since spring. “We could only look at this harbour from the road,” the 39-year-old said.'
			)
		).toEqual([['We could only look at this harbour from the road,', 'Lev Darvin']]);
		expect(
			speakersOf(
				'Lev Darvin has worked on the quay since spring.',
				'“We could only look at this harbour from the road,” a 39-year-old said.'
			)
		).toEqual([['We could only look at this harbour from the road,', null]]);
	});

	it('gives "the ecologist said" to the one the article named with that noun, and no one else', () => {
		expect(
			speakersOf(
				'By the quay, ecologist Vera Lind has camped for a week. Lev Darvin, the harbour master, came once.',
				'“As long as the dredgers work without control, we will not leave,” the ecologist said.'
			)
		).toEqual([['As long as the dredgers work without control, we will not leave,', 'Vera Lind']]);
		expect(
			speakersOf(
				'Lev Darvin, the harbour master, came once.',
				'“As long as the dredgers work without control, we will not leave,” the ecologist said.'
			)
		).toEqual([['As long as the dredgers work without control, we will not leave,', null]]);
	});

	it('reads a capitalised trade opening the sentence ("Ecologist Farid X, 52,") as the person’s role, not their name', () => {
		expect(
			speakersOf(
				'The action continues for the ninth day.',
				'Ecologist Farid Lindov, 52, said the group had documents. The ecologist said that “as long as the dredgers work without control, we will not leave this place.”'
			)
		).toEqual([
			['as long as the dredgers work without control, we will not leave this place.', 'Farid Lindov']
		]);
	});

	it('reads "the village head says" as the one introduced as the village head', () => {
		expect(
			speakersOf(
				'“Without the guards we would not sleep at night,” says Vera Lindholm, the village head.',
				'The pipe broke in May.',
				'“We asked the board to repair the pipe. Nothing has happened yet,” the village head says.'
			)
		).toEqual([
			['Without the guards we would not sleep at night,', 'Vera Lindholm'],
			['We asked the board to repair the pipe. Nothing has happened yet,', 'Vera Lindholm']
		]);
	});

	it('lets "she" pass over an unnamed man to the woman named before him', () => {
		expect(
			speakersOf(
				'Marta, a mother of three, is planting tomatoes by the quay. Her husband was hurt near Portvale in October. “If they tell us to leave, we will leave with the tomatoes,” she says.'
			)
		).toEqual([['If they tell us to leave, we will leave with the tomatoes,', 'Marta']]);
	});

	it('gives a heading’s quote under a role’s label to the one the body names in that role', () => {
		expect(
			speakersOf(
				'Kremlin spokesman: “The talks on the quay have begun”',
				'Kremlin spokesman Dmitry Peskov confirmed on Wednesday that the talks had begun in Portvale.'
			)
		).toEqual([['The talks on the quay have begun', 'Dmitry Peskov']]);
	});

	it('takes a first name and a surname with the region’s ending for a person, after an age or opening a sentence', () => {
		expect(
			speakersOf(
				'The 65-year-old Surik Lindaryan’s house was struck minutes after he stepped out.',
				'He came home to have dinner. “It was a war film I was watching,” he says.'
			)
		).toEqual([['It was a war film I was watching,', 'Surik Lindaryan']]);
		expect(
			speakersOf(
				'Surik Lindaryan thought it was one of the daily storms.',
				'“It was a war film I was watching,” he says.'
			)
		).toEqual([['It was a war film I was watching,', 'Surik Lindaryan']]);
	});

	it('drops a capitalised common noun before a name, and gives an aide’s words to the aide, not the president', () => {
		expect(
			speakersOf(
				'Refugee Aydin Lindov, 68, who left Portvale in 1992, told reporters he wanted to see his street again. “I still have the key,” he said.'
			)
		).toEqual([['I still have the key,', 'Aydin Lindov']]);
		expect(
			speakersOf(
				'Hikmet Hajiyev, foreign policy aide to President Ilham Aliyev, said the decision was taken at the top. The aide said the early withdrawal was “the result of a mutual understanding between the sides.”'
			)
		).toEqual([['the result of a mutual understanding between the sides.', 'Hikmet Hajiyev']]);
	});

	it('reads "the youngest of them" as someone the story does not name, not the official named before', () => {
		expect(
			speakersOf(
				'Harbour Board spokesman Lev Darvin urged the crews to reopen the road.',
				'Back at the convoy, the drivers sat under a tree. The youngest of them, a 23-year-old from Portvale, had never driven so far. “I wanted to see the island one day,” he said.'
			)
		).toEqual([['I wanted to see the island one day,', null]]);
	});

	it('reads three words in marks closed by a comma, the sentence running on, as a term, not speech', () => {
		expect(speakersOf('Lev Darvin said that there was “no direct reason,” for the strike.')).toEqual([]);
		expect(speakersOf('Lev Darvin said the crossing was “going to plan,” he told reporters.')).toEqual([
			['going to plan,', 'Lev Darvin']
		]);
	});

	it('reads an official "not authorized to speak publicly" or speaking "on the condition of anonymity" as unnamed', () => {
		expect(
			speakersOf(
				'Lev Darvin said the question was not on the agenda.',
				'“The board has read the situation very well,” said the diplomat, who was not authorized to speak publicly.'
			)
		).toEqual([['The board has read the situation very well,', null]]);
		expect(
			speakersOf(
				'Vera Lind met the envoy on Monday.',
				'“We want to see the harbour at peace,” said the official, who spoke on the condition of anonymity.'
			)
		).toEqual([['We want to see the harbour at peace,', null]]);
	});
});
