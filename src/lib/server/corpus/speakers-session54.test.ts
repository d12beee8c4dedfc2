// Session 54: speakers a blind set showed lost or given the wrong form. Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 54', () => {
	it('gives a report’s words to the body a sentence says set it out ("In a situation report …, the charity listed …")', () => {
		expect(
			speakersOf(
				'The medical charity Médecins Sans Frontières said its teams in Portvale had treated civilians. In a situation report dated March 26, the charity listed its figures. “As of March 26 we have seen 43 patients from Lindmoor,” the report said.'
			)
		).toEqual([['As of March 26 we have seen 43 patients from Lindmoor,', 'Médecins Sans Frontières']]);
		expect(
			speakersOf(
				'The Harbour Relief Committee said on Friday that its vehicles were the only link to Lindmoor.',
				'In a situation report issued in Portvale, the organization listed its activities. The report makes two points.',
				'“We are a neutral intermediary,” the report said.'
			)
		).toEqual([['We are a neutral intermediary,', 'Harbour Relief Committee']]);
	});

	it('reads a name set after a body’s noun as a body’s, so "the charity said" finds it', () => {
		expect(
			speakersOf(
				'The medical charity Doctors Beyond Lindmoor said its teams had treated civilians. “We have seen 43 patients,” the charity said.'
			)
		).toEqual([['We have seen 43 patients,', 'Doctors Beyond Lindmoor']]);
	});

	it('gives a letter’s words to its writer named after "a letter from", read out by another', () => {
		expect(
			speakersOf(
				'Midway through the evening, the fund’s board chair read out a letter from Karo Dornick, the mayor of Portvale, the first town most families reached. “Our town has 20,000 people. Now we ask you to do what we cannot,” the mayor wrote.'
			)
		).toEqual([['Our town has 20,000 people. Now we ask you to do what we cannot,', 'Karo Dornick']]);
	});

	it('gives a note’s words to the one named as having written it, however it was read out', () => {
		expect(
			speakersOf(
				'General Lev Darvin commanded the mission for a year.',
				'At a memorial at the base that autumn, the chief of staff read out a note Darvin had written to his officers. “Remember that we are here so that nobody shoots,” the note said.'
			)
		).toEqual([['Remember that we are here so that nobody shoots,', 'Lev Darvin']]);
	});

	it('takes "Father X" as a priest named by one name, so "the priest says" is his', () => {
		expect(
			speakersOf(
				'In the courtyard of the church in Portvale, Father Aristakes is packing icons into a cardboard box. “We are taking the icons, the bell and the memory,” the priest says.'
			)
		).toEqual([['We are taking the icons, the bell and the memory,', 'Aristakes']]);
	});

	it('gives relayed words to whose they are: "quoted the EU’s statement:", "recalled what X had told him:", "quoted X, who had written:"', () => {
		expect(
			speakersOf(
				'The plant’s director, Karo Dornick, said his engineers had warned the government. He recalled what chief engineer Lev Darvin had told him: "We are spending next winter’s water this winter." Dornick added: "We had no choice."'
			)
		).toEqual([
			['We are spending next winter’s water this winter.', 'Lev Darvin'],
			['We had no choice.', 'Karo Dornick']
		]);
		expect(
			speakersOf(
				'Lawmaker Vera Lind told Harbour News that the Union had refused to recognize the vote. She quoted the Union’s statement: "The Union does not recognize the framework."'
			)
		).toEqual([['The Union does not recognize the framework.', 'Union']]);
		expect(
			speakersOf(
				'The Moscow commentator Lev Darvin wrote an op-ed last week. Darvin quoted the Portvale journalist Vera Lindqvist, who had written in her own column: "Bread from Kelvarn is bread with a flag on it."'
			)
		).toEqual([['Bread from Kelvarn is bread with a flag on it.', 'Vera Lindqvist']]);
	});

	it('gives words reported as another’s assurance to that one: "X told reporters that his counterpart Y had assured him that “…”"', () => {
		expect(
			speakersOf(
				'Foreign Minister Karo Dornick told reporters in Portvale that his Lindmoorian counterpart Lev Darvin had assured him, during a call on Monday, that “the road is an addition, and nobody will be forced to use it”.'
			)
		).toEqual([['the road is an addition, and nobody will be forced to use it', 'Lev Darvin']]);
	});

	it('gives "he told" to the one named with his office opening the sentence after another’s quote', () => {
		expect(
			speakersOf(
				'"It did its job," said Karo Dornick, an adviser to the president, in Portvale this spring. Lindmoor’s foreign minister, Lev Darvin, was less generous. "History will decide what it did," he told The Ledger.'
			)
		).toEqual([
			['It did its job,', 'Karo Dornick'],
			['History will decide what it did,', 'Lev Darvin']
		]);
	});

	it('finds a subject named with an adverb before the verb ("Father X now serves"), so "he said" is his', () => {
		expect(
			speakersOf(
				'The agency’s chief, Vera Lind, said the site must be protected. “We are watching,” she said.',
				'In Portvale, Father Garegin Dornikyan now serves a congregation of refugees. Many of his parishioners were baptised at Kelvarn. “They ask me if they will see it again,” he said.'
			)
		).toEqual([
			['We are watching,', 'Vera Lind'],
			['They ask me if they will see it again,', 'Garegin Dornikyan']
		]);
	});

	it('gives a letter read out by a deputy to its writer ("her deputy read out her letter")', () => {
		expect(
			speakersOf(
				'In Portvale, the ombudsman Vera Lind was abroad, and her deputy read out her letter addressed to international organisations. “The checkpoint is a step to legalise the blockade,” the letter said.'
			)
		).toEqual([['The checkpoint is a step to legalise the blockade,', 'Vera Lind']]);
	});

	it('gives a decree’s points to its signatory ("signed on Thursday by its leader, X"), not to who published it', () => {
		expect(
			speakersOf(
				'The self-proclaimed republic will cease to exist, according to a decree signed on Thursday by its leader, Karo Dornick.',
				'The decree, published by the separatist authorities in Portvale, has four points. Point 1 reads: “Dissolve all state institutions by January 1.”'
			)
		).toEqual([['Dissolve all state institutions by January 1.', 'Karo Dornick']]);
	});

	it('gives a report’s words to its owner named with a possessive, not to its title', () => {
		expect(
			speakersOf(
				'The Harbour Crisis Group’s 2021 report Post-war Prospects for Lindmoor noted that the force was “stationed along the main roads rather than where the armies face each other”.'
			)
		).toEqual([
			['stationed along the main roads rather than where the armies face each other', 'Harbour Crisis Group']
		]);
	});

	it('gives "the Primate’s message said" and "the primate said" to the one named with that title', () => {
		for (const said of ['the Primate’s message said', 'the primate said'])
			expect(
				speakersOf(
					`Archbishop Karo Dornikyan, Primate of the Western Diocese, sent a message to the rally. “They are asking for a road,” ${said}.`
				)
			).toEqual([['They are asking for a road,', 'Karo Dornikyan']]);
	});

	it('gives "she told reporters" after a ticker’s label ("15:05 Ecologist X: “…”") to the one the label names', () => {
		expect(
			speakersOf(
				'14:30 The ministry said the road stayed open.',
				'15:05 Ecologist Vera Lindova: “For two years, gold has been taken out of our land,” she told reporters on the road.'
			)
		).toEqual([['For two years, gold has been taken out of our land,', 'Vera Lindova']]);
	});
});
