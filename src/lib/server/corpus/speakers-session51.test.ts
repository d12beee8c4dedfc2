// Session 51: speakers a blind set and three probes of real pages showed lost or given the wrong form.
// Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';
import { cleanName } from './speaker-names';

describe('speakers: session 51', () => {
	it('gives "the committee" the body named with "for" in its fullest form', () => {
		expect(
			speakersOf(
				'The State Committee for Affairs of Refugees and IDPs said that 1,200 families had been resettled in Lindmoor. “No family is moved before the land around the village is cleared,” the committee said in a statement.'
			)
		).toEqual([
			[
				'No family is moved before the land around the village is cleared,',
				'State Committee for Affairs of Refugees and IDPs'
			]
		]);
	});

	it('gives the words of a body’s office in a town to the body', () => {
		expect(
			speakersOf(
				'Aid reached Lindmoor on Monday. “We remain in contact with all sides,” the ICRC’s Portvale delegation said.'
			)
		).toEqual([['We remain in contact with all sides,', 'ICRC']]);
	});

	it('gives "she said" to a first name in apposition with "the mother of …", not to the unnamed soldier', () => {
		expect(
			speakersOf(
				'Analyst Lev Darvin said the mission had lost its purpose.',
				'Lyudmila, the mother of a contract soldier serving near Lindmoor, told the Harbour Post that she had not heard from her son for weeks. “They said it was safe, and nobody explains anything,” she said.'
			)
		).toEqual([['They said it was safe, and nobody explains anything,', 'Lyudmila']]);
	});

	it('leaves "the diplomat" unnamed after "a diplomat summed up", not the president named before', () => {
		expect(
			speakersOf(
				'In Portvale, where President Karo Dornick has pledged support, a Dornian diplomat summed up the mission in one sentence. “They came to keep the people in Lindmoor, and they leave after them,” the diplomat said.'
			)
		).toEqual([['They came to keep the people in Lindmoor, and they leave after them,', null]]);
	});

	it('still gives "the diplomat" to the diplomat named before', () => {
		expect(
			speakersOf(
				'The envoy Vera Lind, a veteran diplomat, arrived in Lindmoor on Monday. “We came to listen,” the diplomat said.'
			)
		).toEqual([['We came to listen,', 'Vera Lind']]);
	});
});

describe('speakers: session 51, subjects', () => {
	it('gives "he said" to the subject of "expects", not to the one he expects to meet', () => {
		expect(
			speakersOf(
				'Protesters are marching to the government building, where Archbishop Karo Dornick expects to meet with Prime Minister Lev Darvin.',
				'“I invite you to come and meet these people,” he said.'
			)
		).toEqual([['I invite you to come and meet these people,', 'Karo Dornick']]);
	});

	it('never takes a country that "expected" something for a person', () => {
		expect(
			speakersOf(
				'Portvale’s Foreign Ministry said on Monday that Lindia expected the ferries to leave.',
				'“No cargo can pass through this harbour,” it said.'
			)
		).toEqual([['No cargo can pass through this harbour,', 'Portvale’s Foreign Ministry']]);
	});

	it('takes no sentence adverb for a speaker ("Further, he said that …, it would …")', () => {
		const said = speakersOf(
			'Archbishop Karo Dornick led the march to the square.',
			'Further, he said that if Lev Darvin does not come to meet them, it would prove that he has no legitimacy.',
			'“When you talk about sovereignty, we are expecting to meet you,” he said.'
		);
		expect(said[0]![1]).not.toBe('Further');
	});

	it('finds a person named after an opening clause before "didn’t"', () => {
		expect(
			speakersOf(
				'LINDMOOR -- When he fled his home in Kelvarn, Azat Adamian didn’t know where he was going to go.',
				'“To be honest, I did not want to stay. If there was an option to live in space, I would have chosen it,” he said.'
			)
		).toEqual([
			[
				'To be honest, I did not want to stay. If there was an option to live in space, I would have chosen it,',
				'Azat Adamian'
			]
		]);
	});

	it('gives the words a person tweets to that person, not to the one a clause before names', () => {
		expect(
			speakersOf(
				'While Dornian Prime Minister Lev Darvin described the deal as “unspeakably painful” in a post, Lindian President Karo Dornick celebrated, tweeting: “This is a historic day for our country.”'
			)
		).toEqual([['This is a historic day for our country.', 'Karo Dornick']]);
	});
});

describe('speakers: session 51, other desks', () => {
	it.each([
		['Chief Executive Officer Kamo Dornick', 'Kamo Dornick'],
		['Striker Davit Lind', 'Davit Lind'],
		['Coach Lev Darvin', 'Lev Darvin'],
		['CEO Vera Lind', 'Vera Lind']
	])('reads the name in %j', (phrase, name) => {
		expect(cleanName(phrase)).toBe(name);
	});

	it('keeps a lowercase officer out of the titles ("a Russian officer I knew")', () => {
		expect(cleanName('A Russian officer I knew')).not.toBe('I knew');
	});

	it('leaves "he says" unnamed after "the lieutenant in charge refuses to give his name"', () => {
		expect(
			speakersOf(
				'Hovik Darvin, a guide, showed the way to the monastery.',
				'At the monastery, the Russian lieutenant in charge of the post refuses to give his name. "We are here to make sure that nobody is hurt. The rest is politics," he says.'
			)
		).toEqual([['We are here to make sure that nobody is hurt. The rest is politics,', null]]);
	});

	it('finds a feature’s subject after "Every morning"', () => {
		expect(
			speakersOf(
				'Every morning Lusine Petrosyan climbs to the edge of her garden in Lindmoor and looks up.',
				'"At night we see their lights, and they see ours," she said.'
			)
		).toEqual([['At night we see their lights, and they see ours,', 'Lusine Petrosyan']]);
	});

	it('gives a ticker’s line to the spokeswoman it names, not to her ministry', () => {
		expect(
			speakersOf(
				'17:25 Dornian Foreign Ministry spokeswoman Vera Lind in Portvale: "We call on the parties to show restraint."'
			)
		).toEqual([['We call on the parties to show restraint.', 'Vera Lind']]);
	});

	it('gives "a statement said" to the body that spoke just before, in the paragraph', () => {
		expect(
			speakersOf(
				'The Dornian Defence Ministry said its chief had spoken by phone with both sides. "The sides agreed to a complete ceasefire from 18:30," a statement said.'
			)
		).toEqual([['The sides agreed to a complete ceasefire from 18:30,', 'Dornian Defence Ministry']]);
	});

	it('gives "the federation said" to the federation named before', () => {
		expect(
			speakersOf(
				'The Football Federation of Dornia has agreed to host the matches in Lindmoor. "We will do everything so that the team can finish the season," the federation said in a statement.'
			)
		).toEqual([
			['We will do everything so that the team can finish the season,', 'Football Federation of Dornia']
		]);
	});

	it('gives "he said" to the one an opening "In <town>," puts forward, not to the one quoted before', () => {
		expect(
			speakersOf(
				'"Yes, this is true," said Lev Darvin, the president\'s spokesman. In Portvale, Karo Dornick, the president\'s adviser, was more expansive. "The mission has completed its work," he said.'
			)
		).toEqual([
			['Yes, this is true,', 'Lev Darvin'],
			['The mission has completed its work,', 'Karo Dornick']
		]);
	});
});

describe('speakers: session 51, probes', () => {
	it('gives "the Kremlin official said" to the one named with the Kremlin, not to the prime minister named since', () => {
		expect(
			speakersOf(
				'Any mission is possible only if both sides consent, Kremlin Spokesman Dmitry Peskov told journalists on Wednesday.',
				'Earlier, Dornian Prime Minister Lev Darvin said that Russia could start a mission.',
				'"Interaction is underway at various levels," the Kremlin official said.'
			)
		).toEqual([['Interaction is underway at various levels,', 'Dmitry Peskov']]);
	});

	it('gives "the Russian Deputy FM said" to the deputy foreign minister named before', () => {
		expect(
			speakersOf(
				'Deputy Foreign Minister Mikhail Galuzin spoke in Lindmoor on Monday.',
				'“All of this should lead to mutually acceptable conditions,” the Russian Deputy FM said.'
			)
		).toEqual([['All of this should lead to mutually acceptable conditions,', 'Mikhail Galuzin']]);
	});

	it('gives words an official statement reads to no one rather than to the minister quoted before', () => {
		expect(
			speakersOf(
				'Vera Lind, the social affairs minister, said that “the list of goods sold with coupons will grow” when she addressed the task force.',
				'“Currently, organizational and technical works are being carried out in that direction,” read an official statement on the meeting.'
			)
		).toEqual([
			['the list of goods sold with coupons will grow', 'Vera Lind'],
			['Currently, organizational and technical works are being carried out in that direction,', null]
		]);
	});
});

describe('speakers: session 51, speech passed on', () => {
	it.each([
		[
			'In an interview, Karo Dornick was asked: "Why do you stay, when your children live abroad?" He answered: "Because someone has to be here."',
			[
				['Why do you stay, when your children live abroad?', null],
				['Because someone has to be here.', 'Karo Dornick']
			]
		],
		[
			'Asked by a correspondent, "Have you raised this with the Lindian side?", Vera Lind replied that she had written to the envoy.',
			[['Have you raised this with the Lindian side?', null]]
		],
		[
			'Asked by a reporter, “Does Dornia see a role for itself?”, the spokesman Lev Darvin said Beijing hoped for “peace and stability in the region.”',
			[
				['Does Dornia see a role for itself?', null],
				['peace and stability in the region.', 'Lev Darvin']
			]
		]
	])('gives a question put to someone to no one: %s', (text, said) => {
		expect(speakersOf(text)).toEqual(said);
	});

	it.each([
		'Vera Lind said doctors in Lindmoor had told her that “there is no more morphine, no more blood, nothing.”',
		'He said he had been told by Lindian officials that "the operation is limited to the region and will not go beyond it."',
		'Residents of Lindmoor told us in 2021: “Without the ferries we would not have harvested a single field.”',
		'The British ambassador in Portvale wrote on X: "The UK calls for the protection of civilians."'
	])('gives words someone unnamed spoke to no one: %s', (text) => {
		expect(speakersOf(text).map(([, who]) => who)).toEqual([null]);
	});

	it('gives words to the ambassador named with that post before', () => {
		expect(
			speakersOf(
				'The Russian ambassador in Lindmoor, Lev Darvin, arrived on Monday. "We are here to help," the Russian ambassador in Lindmoor said.'
			)
		).toEqual([['We are here to help,', 'Lev Darvin']]);
	});

	it.each([
		['"I do not know," recalled nurse Anahit Gasparyan.', 'Anahit Gasparyan'],
		['Participant Narmin Sultanova spoke. "We are only asking questions," she said.', 'Narmin Sultanova']
	])('reads the name after a lowercase noun or a participant’s noun: %s', (text, who) => {
		expect(speakersOf(text).map(([, w]) => w)).toEqual([who]);
	});
});

describe('speakers: session 51, guards', () => {
	it('gives "Head coach of the club noted:" to the coach named before, not to a body', () => {
		expect(
			speakersOf(
				'The Defence Ministry of Dornia said the road was open. The club’s coach Lev Darvin congratulated the people of Lindmoor. Head coach of the club noted: «Our team is the team of all the coast.»'
			).map(([, who]) => who)
		).toEqual(['Lev Darvin']);
	});
});
