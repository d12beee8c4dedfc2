// Session 27: speakers that real pages (read through the search tool's stored pages, not copied) gave
// wrongly: a subject found across a sentence's end, "said Name" as the subject a later "the local leader"
// stands for, "The statement read," before the words, an auxiliary ("the Kremlin did say") and "the
// country's ministry". Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 27', () => {
	it('never takes a village before a sentence’s end for the subject of the next sentence’s verb', () => {
		expect(
			speakersOf(
				'In the village of Tsaghkavan, most families left. The road is closed in winter, explains Arsen Melkonyan, the district head.',
				'“We will stay as long as the school stays,” the local leader said.'
			)
		).toEqual([['We will stay as long as the school stays,', 'Arsen Melkonyan']]);
	});

	it('takes "said Name" after its words as a subject that a later descriptor stands for', () => {
		expect(
			speakersOf(
				'Governor Ilham Mammadov announced a new road last spring.',
				'Twelve families stayed in the village, said Karen Sahakyan, the head of the community.',
				'“We are staying because the graves are here,” the community leader stated.'
			)
		).toEqual([['We are staying because the graves are here,', 'Karen Sahakyan']]);
	});

	it('gives "The statement read, “…”" to the body that released the statement', () => {
		expect(
			speakersOf(
				'The Ministry of Defence released a statement on Tuesday evening. The statement read, “A patrol vehicle came under fire near the village.”'
			)
		).toEqual([['A patrol vehicle came under fire near the village.', 'Ministry of Defence']]);
	});

	it('drops the auxiliary of "the Kremlin did say"', () => {
		expect(
			speakersOf('The Kremlin did say the president “deeply regretted the loss of the servicemen” on Monday.')
		).toEqual([['deeply regretted the loss of the servicemen', 'Kremlin']]);
	});

	it('reads "the country’s Defence Ministry" as the ministry', () => {
		expect(
			speakersOf(
				'“Some 40 tonnes of flour reached the town on Friday,” according to the country’s Defence Ministry.'
			)
		).toEqual([['Some 40 tonnes of flour reached the town on Friday,', 'Defence Ministry']]);
	});

	it('skips a passive verb’s thing for the next verb’s subject', () => {
		expect(
			speakersOf(
				'The charge was repeated in Moscow a day later, when Kremlin spokesman Dmitry Peskov told reporters, “We are talking to both capitals every day.”'
			)
		).toEqual([['We are talking to both capitals every day.', 'Dmitry Peskov']]);
	});

	it('reads "X himself said … that “…”" and "X calls it “…”"', () => {
		expect(
			speakersOf(
				'Lavrov himself said in Minsk in May that “the contingent keeps both sides apart,” and little more.'
			)
		).toEqual([['the contingent keeps both sides apart,', 'Lavrov']]);
		expect(
			speakersOf('President Recep Tayyip Erdogan calls it “a pledge that the quiet will last for years”.')
		).toEqual([['a pledge that the quiet will last for years', 'Recep Tayyip Erdogan']]);
	});

	it('never reads a paragraph two back for a quote that opens its paragraph', () => {
		expect(
			speakersOf(
				'“We keep the road open,” an officer said, declining to give his name.',
				'',
				'The Russian Defence Ministry said in a statement that the first units had landed near the capital.',
				'',
				'“Observation posts will be set up along the whole road,” the ministry said.'
			).slice(1)
		).toEqual([['Observation posts will be set up along the whole road,', 'Russian Defence Ministry']]);
	});

	it('gives a question’s words to the one name and appositive after it', () => {
		expect(
			speakersOf(
				'Villagers were split. “They pass at night. What is it to us?” Levan, a baker in the village of Tsopi, told the radio.'
			)
		).toEqual([['They pass at night. What is it to us?', 'Levan']]);
	});

	it('leaves "she said" unnamed after a sentence about someone who would not be named', () => {
		expect(
			speakersOf(
				'“The lorries never stop,” Mariam, a baker, told the radio.',
				'Another woman, who did not want to be named, said the columns scared her. “I remember the tanks in 2008,” she said.'
			)
		).toEqual([
			['The lorries never stop,', 'Mariam'],
			['I remember the tanks in 2008,', null]
		]);
	});

	it('gives the name after a long description between commas, not a place inside the description', () => {
		expect(
			speakersOf(
				'“Families will come back faster now,” the special representative of the President in the Lachin district, Emin Huseynov, told reporters.'
			)
		).toEqual([['Families will come back faster now,', 'Emin Huseynov']]);
	});

	it('leaves "a friend who drives for the Red Cross" unnamed, before or after the words', () => {
		const friend = 'The soldiers at the post are ashamed to look at us.';
		expect(
			speakersOf(`Now a friend who drives for the Red Cross between Goris and Berdzor told me: “${friend}”`)
		).toEqual([[friend, null]]);
		expect(speakersOf(`“${friend}” a friend who drives for the Red Cross told me.`)).toEqual([
			[friend, null]
		]);
		// A name with such a description after it still speaks.
		expect(speakersOf(`Aram Petrosyan, a driver who works for the Red Cross, said: “${friend}”`)).toEqual([
			[friend, 'Aram Petrosyan']
		]);
	});

	it('skips a participle after an opening phrase for the subject of the next verb', () => {
		expect(
			speakersOf(
				'The Defence Ministry denied it. In a statement posted on its website, the ministry called the reports “false” and said that its units “hold the line as agreed and fire at nobody”.'
			)
		).toEqual([['hold the line as agreed and fire at nobody', 'Defence Ministry']]);
		// "In its bulletin it reported": the subject follows the phrase.
		expect(
			speakersOf(
				'The Defence Ministry spoke again. In its bulletin it reported only that “the withdrawal goes on according to plan”.'
			)
		).toEqual([['the withdrawal goes on according to plan', 'Defence Ministry']]);
	});
});
