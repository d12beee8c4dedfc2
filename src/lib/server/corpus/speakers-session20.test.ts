// Session 20: a speaker's name must be a name. A full stop ends an outlet's name given after its noun
// ("the agency APA. Personnel …"); an institution keeps its head noun ("Ministry of Defence of …", never
// "of Defence of …"); a quantifier ("Another replied", "Others shouted") and a transcript's label that is
// only a common noun ("OFFICER:") name nobody; a person's own office speaks for them ("according to a
// statement from his office"); posts on a channel only relay words; a channel's name in apposition
// ("A Telegram channel, Polevaya Pochta, wrote"); a relative clause describes the subject before it
// ("A UN mission that visited the city on 1 October said"); "he" after an unnamed source's paragraph or an
// outlet's unnamed correspondent stays unknown; a headline's place before its colon is its topic.
// Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: a name is a name', () => {
	it('ends an agency’s name at the full stop after it', () => {
		expect(
			speakersOf(
				'The pull-out has started, according to the state news agency APA. Trucks left the monastery at dawn.\n\n“The first column has crossed the river,” the agency said in its morning report.'
			)
		).toEqual([['The first column has crossed the river,', 'APA']]);
	});

	it('keeps "Ministry" at the head of a ministry named with its "of" phrases', () => {
		expect(
			speakersOf(
				'Twelve more posts were set up on Friday, the Ministry of Defence of the Russian Federation reported.\n\n“The situation along the line is calm,” the department’s statement says.'
			)
		).toEqual([['The situation along the line is calm,', 'Ministry of Defence of the Russian Federation']]);
	});

	it('gives no speaker to a quantifier', () => {
		expect(
			speakersOf(
				'Under the video, a user praised the singers. Another replied: “Who pays for the buses?”\n\nSome laughed. Others shouted: “We stay until the end.”'
			)
		).toEqual([
			['Who pays for the buses?', null],
			['We stay until the end.', null]
		]);
	});

	it('gives no speaker to a transcript’s label that is only a common noun', () => {
		expect(
			speakersOf(
				'CORRESPONDENT: We are at the gate of the base near the airport.\n\nOFFICER (face hidden): "We have fed four hundred people since the morning."'
			)
		).toEqual([['We have fed four hundred people since the morning.', null]]);
	});

	it('takes "his office" to the person it serves', () => {
		expect(
			speakersOf(
				'President Aram Lindqvist of Norland called Prime Minister Tigran Sahakyan on Thursday.\n\nHe said the floods had shown that "neighbours help first," according to a statement from his office.'
			)
		).toEqual([['neighbours help first,', 'Aram Lindqvist']]);
	});

	it('never makes posts on a channel a speaker', () => {
		expect(
			speakersOf(
				'The camp is run, according to posts on its own Telegram channel, by a "staff" that hires buses in the capital. A message pinned in the channel read: "Buses leave at six. Bring warm clothes."'
			)
		).toEqual([['Buses leave at six. Bring warm clothes.', null]]);
	});

	it('reads a channel’s name given in apposition', () => {
		expect(
			speakersOf(
				'A popular Telegram channel, Severny Veter, wrote that the car was clearly marked. "They drove that road every day," the channel wrote.'
			)
		).toEqual([['They drove that road every day,', 'Severny Veter']]);
	});

	it('takes the subject before a relative clause, not the last noun inside it', () => {
		expect(
			speakersOf(
				'The town was almost empty. An OSCE team that visited the town on 3 May said it had seen "no damage to the school or the clinic".'
			)
			// (A team the text never names stays unknown: no speaker, rather than "town on 3 May".)
		).toEqual([['no damage to the school or the clinic', null]]);
		expect(
			speakersOf('Under the post, a user who signs as Narek Hovsepyan wrote: "Who will guard the road now?"')
		).toEqual([['Who will guard the road now?', 'Narek Hovsepyan']]);
	});

	it('leaves "he" unknown after a paragraph whose speaker is an unnamed source', () => {
		expect(
			speakersOf(
				'"The gate stays open for pilgrims," Governor Aram Lindqvist said on Monday.\n\nA young sergeant at the gate, who would not give his name, said his unit let monks pass.\n\n"Our job is simple," he said.'
			)
		).toEqual([
			['The gate stays open for pilgrims,', 'Aram Lindqvist'],
			['Our job is simple,', null]
		]);
	});

	it('leaves "he" unknown after an outlet’s unnamed correspondent, and reads anonymity over a line break', () => {
		expect(
			speakersOf(
				'The columns left on Wednesday, Defence Minister Aram Lindqvist said.\n\nReporting from Portvale, the Harbour Radio’s correspondent said the mood was calm. "An old chapter is closing," he said.'
			)
		).toEqual([['An old chapter is closing,', null]]);
		expect(
			speakersOf(
				'Governor Aram Lindqvist flew in on Monday.\n\n"They were ready long before the politicians were," the diplomat said, speaking on condition\nof anonymity.'
			)
		).toEqual([['They were ready long before the politicians were,', null]]);
	});

	it('reads a headline’s place before its colon as its topic, never its speaker', () => {
		expect(
			speakersOf(
				'Stepanakert: ‘We left everything’ - families reach the town\n\n"We left everything," said Anna Petrosyan, 58, at the pier.'
			)
		).toEqual([
			['We left everything', 'Anna Petrosyan'],
			['We left everything,', 'Anna Petrosyan']
		]);
	});
});

describe('speakers: sources named as they named themselves, and unnamed ones', () => {
	it('reads an attribution after a dash, as translations from Russian set it', () => {
		expect(
			speakersOf(
				'Karine Avetisyan, 67, spent a day on the road.\n\n«We moved one metre, then stood for an hour,» — Karine says.\n\n«It was a long night», — she added.'
			)
		).toEqual([
			['We moved one metre, then stood for an hour,', 'Karine Avetisyan'],
			['It was a long night', 'Karine Avetisyan']
		]);
	});

	it('takes the one name a source gave, with or without a comma before "who", and for a later pronoun', () => {
		expect(
			speakersOf(
				'"Today I drove it in daylight," said a driver who gave his name only as Hovik.\n\nOur reporter reached a woman in the town who gave her name only as Anahit.\n\n"We are in the basement," she said.\n\nAt the post, a soldier, who introduced himself only as Sergeant Denis, was smoking.\n\n«We give water,» — he said.'
			)
		).toEqual([
			['Today I drove it in daylight,', 'Hovik'],
			['We are in the basement,', 'Anahit'],
			['We give water,', 'Denis']
		]);
	});

	it('leaves "the diplomat" and "the official" unknown after an unnamed one spoke', () => {
		expect(
			speakersOf(
				'President Aram Lindqvist signed the deal on Monday.\n\nA Western diplomat who follows the region, speaking on condition of anonymity, said the deal was Moscow’s.\n\n"That is the real outcome," the diplomat said.\n\nA senior official said the mandate was now a formality. "What would they keep?" the official asked.'
			)
		).toEqual([
			['That is the real outcome,', null],
			['What would they keep?', null]
		]);
	});

	it('gives an all-quote paragraph to the person named in apposition at the end of the one before', () => {
		expect(
			speakersOf(
				'Soldiers arrived at the monastery on Monday evening, according to its abbot, Father Aram Lindqvist.\n\n"They came with two armoured cars and said they would guard us."\n\n"They are everywhere," Anna Petrosyan sums up.'
			)
		).toEqual([
			['They came with two armoured cars and said they would guard us.', 'Aram Lindqvist'],
			['They are everywhere,', 'Anna Petrosyan']
		]);
	});

	it('takes "the ombudsman" to the person named in apposition to that title, not the person the story follows', () => {
		expect(
			speakersOf(
				'Aram Lindqvist, a 52-year-old builder, stayed in the village.\n\n"I built this house with my own hands," he said.\n\nThe region’s human rights ombudsman, Anna Petrosyan, visited the road on Tuesday and said soldiers stood within sight of it.\n\n"This is a direct threat to civilians," the ombudsman wrote on Facebook.'
			)
		).toEqual([
			['I built this house with my own hands,', 'Aram Lindqvist'],
			['This is a direct threat to civilians,', 'Anna Petrosyan']
		]);
	});

	it('leaves the agency’s unnamed interlocutor unnamed, not the ministry named before', () => {
		expect(
			speakersOf(
				'The Ministry of Defence of Norland reported on Wednesday that a vehicle was fired upon.\n\n«They were returning from a post», — the interlocutor of the agency said.'
			)
		).toEqual([['They were returning from a post', null]]);
	});
});
