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
