// Session 24: speakers that real pages (read through the search tool's stored pages, not copied) gave
// wrongly: an outlet named after its nationality and kind ("reported the Russian news agency TASS"), and a
// person a feature names by a first name with an age after an opening phrase ("Outside the school, Vardan,
// who is 68, waits …"). Text written for the test.
import { describe, expect, it } from 'vitest';
import { articleOf } from './__fixtures__/article-text';
import { fixtureGeodata } from './__fixtures__/gazetteer';
import { speakersOf } from './__fixtures__/speaker-run';
import { extractArticle, matcherFor } from './join';

describe('speakers: session 24', () => {
	it('gives words an outlet reports to the outlet, never to its nationality or its kind', () => {
		expect(speakersOf('“The posts are manned,” reported the Russian news agency TASS on Monday.')).toEqual([
			['The posts are manned,', 'TASS']
		]);
		expect(speakersOf('“The convoy passed,” said the newspaper Kommersant, citing a source.')).toEqual([
			['The convoy passed,', 'Kommersant']
		]);
		expect(speakersOf('“The convoy passed,” said the Azerbaijani state news agency APA.')).toEqual([
			['The convoy passed,', 'APA']
		]);
		// A nationality with a noun that names nobody stays unknown, never "Armenian".
		expect(speakersOf('“The road must open,” said the Armenian side.')).not.toEqual([
			['The road must open,', 'Armenian']
		]);
	});

	it('gives the words one "accuses" another of to the accuser', () => {
		expect(speakersOf('Baku accuses him of “taking part in the raids of 1991”.')).toEqual([
			['taking part in the raids of 1991', 'Baku']
		]);
	});

	it('takes a known first name with an age or "who" after an opening phrase as the person “he says” is', () => {
		expect(
			speakersOf(
				'Outside the school in Portvale, Vardan, who is 68, waits for his grandson.\n\nHe comes from a village near the pass.\n\n“We left at night with nothing,” he says.'
			)
		).toEqual([['We left at night with nothing,', 'Vardan']]);
		expect(
			speakersOf(
				'At the market, Siranush, 54, sells cheese she made herself. “Nobody buys much now,” she says.'
			)
		).toEqual([['Nobody buys much now,', 'Siranush']]);
		// Kin named by whose they are is left to the kin rules: "her grandmother" is not the granddaughter.
		expect(
			speakersOf(
				'Anahit Petrosyan keeps the count of the nights. Her granddaughter, Mane, who is nine, reads the dates.\n\n“We will not get to a hundred,” her grandmother said.'
			)
		).toEqual([['We will not get to a hundred,', 'Anahit Petrosyan']]);
	});

	it('gives a quote to the person named after an age in apposition, not to the village before it', () => {
		expect(
			speakersOf(
				'A resident of Kelvarn, 63-year-old Aram Hakobyan, said the villagers hear drones at night. “We sleep in our clothes,” he said.'
			)
		).toEqual([['We sleep in our clothes,', 'Aram Hakobyan']]);
	});

	it('takes a known first name with a title’s noun in apposition as the person “he says” is', () => {
		expect(
			speakersOf(
				'Sergei, a Russian officer who declines to give his surname, stops to talk. “We escort them to the border,” he says.'
			)
		).toEqual([['We escort them to the border,', 'Sergei']]);
	});

	it('keeps an age word and a speech verb out of the name and the role', () => {
		expect(
			speakersOf(
				'Thirty-something Marina Petrosyan arrived with her mother. “We came to see it one last time,” she says.'
			)
		).toEqual([['We came to see it one last time,', 'Marina Petrosyan']]);
		const a = articleOf(
			'“We do not know where to put things”, – said the resident of Kelvarn Aram Hakobyan.'
		);
		const q = extractArticle(a, matcherFor(fixtureGeodata)).records.filter((r) => r.kind === 'quote');
		expect(q.map((r) => [r.speaker, r.speaker_role])).toEqual([['Aram Hakobyan', 'resident of Kelvarn']]);
	});

	it('finds "the governor" by the role given after "according to"', () => {
		expect(
			speakersOf(
				'His wife, Yelena, wrote on VKontakte that he was due home in October.',
				'A major, Lev Orlov, was among the dead, according to the region’s governor Ivan Sokolov. “He did his duty,” the governor wrote on Telegram.'
			)
		).toEqual([['He did his duty,', 'Ivan Sokolov']]);
	});

	it('keeps "soon" out of the speaker’s name', () => {
		expect(
			speakersOf(
				'The Ministry of Defence of Lindmoor soon answered that they “were only clarifying their positions at the points”.'
			)
		).toEqual([['were only clarifying their positions at the points', 'Ministry of Defence of Lindmoor']]);
	});

	it('gives words "quoted … as saying" to a person named with a long title', () => {
		expect(
			speakersOf(
				'"The peacekeepers brought clothes and medicine to the two most remote villages," the ministry quoted Lev Orlov, Head of the Humanitarian Response Centre of the Russian peacekeeping contingent in the region, as saying.'
			)
		).toEqual([
			['The peacekeepers brought clothes and medicine to the two most remote villages,', 'Lev Orlov']
		]);
	});
});
