// Session 25: speakers that real pages (read through the search tool's stored pages, not copied) gave
// wrongly. Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 25', () => {
	it('keeps a body named "of the self-proclaimed X Republic" whole, not the republic its name ends with', () => {
		expect(
			speakersOf(
				'“Two soldiers were hurt near Portvale overnight,” the Defence Ministry of the unrecognised Lindish Republic said.'
			)
		).toEqual([
			[
				'Two soldiers were hurt near Portvale overnight,',
				'Defence Ministry of the unrecognised Lindish Republic'
			]
		]);
		expect(
			speakersOf(
				'“The shelling stopped at dawn and the roads are open,” said the Interior Ministry of the self-proclaimed Lindish Republic.'
			)
		).toEqual([
			[
				'The shelling stopped at dawn and the roads are open,',
				'Interior Ministry of the self-proclaimed Lindish Republic'
			]
		]);
		expect(
			speakersOf(
				'The Defence Ministry of the breakaway Lindish Republic reported new shelling on Monday.\n\n“Two soldiers were hurt near Portvale,” it said.'
			)
		).toEqual([
			['Two soldiers were hurt near Portvale,', 'Defence Ministry of the breakaway Lindish Republic']
		]);
	});
	it('never gives an ordinary person’s words ("said the Armenian driver") to an official named before', () => {
		const lead = 'President Ivan Lindov visited the base in 2013.';
		expect(speakersOf(lead, '“We are glad they are here,” said the Armenian driver.')).toEqual([
			['We are glad they are here,', null]
		]);
		// Someone the story does not name, and the "he" of their next words.
		expect(
			speakersOf(
				lead,
				'“We are glad they are here,” said the Armenian owner of one shop near the gate, who asked that his name not be used. “Some people in the capital want them gone, but we here want them to stay,” he said.'
			)
		).toEqual([
			['We are glad they are here,', null],
			['Some people in the capital want them gone, but we here want them to stay,', null]
		]);
		expect(
			speakersOf(
				lead,
				'“We are glad they are here,” said a shopkeeper near the gate. “Some people in the capital want them gone, but we here want them to stay,” he said.'
			)
		).toEqual([
			['We are glad they are here,', null],
			['Some people in the capital want them gone, but we here want them to stay,', null]
		]);
		// A driver the story named is still the one "the driver" stands for.
		expect(
			speakersOf(
				lead,
				'Aram Petrosyan has driven the road for ten years.',
				'“We are glad they are here,” said the Armenian driver.'
			)
		).toEqual([['We are glad they are here,', 'Aram Petrosyan']]);
	});

	it('takes "the Ministry said" for the ministry named before, not for a body called "Ministry"', () => {
		expect(
			speakersOf(
				'Lindia’s Ministry of Defence has announced that two servicemen were killed.',
				'In a statement, the Ministry said that “investigators are already working at the site of the shooting.”'
			)
		).toEqual([
			['investigators are already working at the site of the shooting.', 'Lindia’s Ministry of Defence']
		]);
	});

	it('knows "disputed" and "refuted" as verbs of speech, and a bulletin’s words as its issuer’s', () => {
		expect(
			speakersOf(
				'The Lindish Defence Ministry disputed the account on Friday, calling it “unilateral and not agreed with anyone.”'
			)
		).toEqual([['unilateral and not agreed with anyone.', 'Lindish Defence Ministry']]);
		expect(
			speakersOf(
				'The Lindish Defence Ministry refuted the report, calling the move “a breach of everything agreed in November”.'
			)
		).toEqual([['a breach of everything agreed in November', 'Lindish Defence Ministry']]);
		expect(
			speakersOf(
				'As stated in the Lindish Defence Ministry’s daily bulletin, “the peacekeepers recorded no violations over the past day.”'
			)
		).toEqual([['the peacekeepers recorded no violations over the past day.', 'Lindish Defence Ministry']]);
		expect(
			speakersOf(
				'The Lindish Defence Ministry publishes a bulletin every day.',
				'As noted in the bulletin, “the peacekeepers recorded no violations over the past day.”'
			)
		).toEqual([['the peacekeepers recorded no violations over the past day.', 'Lindish Defence Ministry']]);
	});

	it('keeps a name clean of a reflexive and of a body’s words in lower case', () => {
		expect(
			speakersOf('The Harbour Authority itself said last week: “Our teams are still searching.”')
		).toEqual([['Our teams are still searching.', 'Harbour Authority']]);
		expect(
			speakersOf(
				'First deputy chairman of the Lindish Senate defence committee Ivan Portov wrote: “The mission is done.”'
			)
		).toEqual([['The mission is done.', 'Ivan Portov']]);
	});

	it('leaves unnamed those the story does not name: an interlocutor, a man of 54, a spokesman on condition', () => {
		const lead = 'President Ivan Lindov visited the harbour in May.';
		expect(
			speakersOf(
				lead,
				'An interlocutor of the paper in the government was careful: “We do not want a quarrel,” he said.'
			)
		).toEqual([['We do not want a quarrel,', null]]);
		expect(
			speakersOf(
				lead,
				'“I want to stand there again,” said a 54-year-old man from Portvale who asked not to be named.'
			)
		).toEqual([['I want to stand there again,', null]]);
		expect(
			speakersOf(
				'Spokesman Aram Petrov met reporters.',
				'“It must stop now,” the spokesman said, speaking on condition that his name not be used.'
			)
		).toEqual([['It must stop now,', null]]);
		// "My aunt, who …, told me": the kin, never a place in the clause.
		expect(
			speakersOf(
				'My aunt, who lived near the base near Portvale, told me: “For the first time I slept in my shoes.”'
			)
		).toEqual([['For the first time I slept in my shoes.', null]]);
	});

	it('gives the words to the one "was quoted by X as saying", and to the name between commas before "said"', () => {
		expect(
			speakersOf(
				'Foreign Minister Ivan Portov met his counterpart.',
				'“Our border is a historic route,” the minister was quoted by Harbour News as saying.'
			)
		).toEqual([['Our border is a historic route,', 'Ivan Portov']]);
		expect(
			speakersOf(
				'The palace’s spokesman, Ivan Portov, said Portvale “respects the right of states” to choose.'
			)
		).toEqual([['respects the right of states', 'Ivan Portov']]);
	});

	it('never takes the last place of a list ("from Portvale, Kelvarn and Ostrabad") for the "he" after it', () => {
		expect(
			speakersOf(
				'Aram Petrov spoke to reporters.',
				'Volunteers from Portvale, Kelvarn and Ostrabad continued to arrive.',
				'“It is cold, but we stay,” he said.'
			)
		).toEqual([['It is cold, but we stay,', 'Aram Petrov']]);
	});

	it('gives "the general was quoted as saying" to the general named before, and "he" after "an officer shrugged" to nobody', () => {
		expect(
			speakersOf(
				'Commander Lieutenant General Ivan Portov visited the monastery.',
				'"Nobody will touch the monastery," the general was quoted as saying by the ministry.'
			)
		).toEqual([['Nobody will touch the monastery,', 'Ivan Portov']]);
		expect(
			speakersOf(
				'The village head, Aram Petrov, said nobody knew where to go.',
				'Asked whether the soldiers would stay, an officer shrugged. “Our post moves with the road,” he said.'
			)
		).toEqual([['Our post moves with the road,', null]]);
	});
});
