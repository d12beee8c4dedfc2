// Session 35: speakers a blind set (holdout54) showed wrong. Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 35', () => {
	it('leaves a town’s resident unnamed, never the town', () => {
		expect(
			speakersOf(
				'A resident of Khankendi, a road engineer from the capital, told reporters that the departure was "the close of a long chapter".'
			)
		).toEqual([['the close of a long chapter', null]]);
	});

	it('resolves "the expert" to the person named before, never a corridor that is a sentence’s subject', () => {
		expect(
			speakersOf(
				'Lin Hao, director of an institute in Shanghai, told a newspaper the posts were fewer. "The role is smaller now," Lin said.',
				'Lin noted that trade may grow. The Middle Corridor, which links China to Europe through Kazakhstan, has gained weight since 2022. "Open roads would help trade across the region," the expert added.'
			)
		).toEqual([
			['The role is smaller now,', 'Lin Hao'],
			['Open roads would help trade across the region,', 'Lin Hao']
		]);
	});

	it('resolves "the agency" to a body named by its initials and what it does', () => {
		expect(
			speakersOf(
				'A spokesperson for the UN refugee agency in Geneva said the agency was preparing. "We expect the numbers to keep rising," the agency said.'
			)
		).toEqual([['We expect the numbers to keep rising,', 'UN refugee agency']]);
	});

	it('gives a readout to the body said to issue it in the same paragraph, and to no body further back', () => {
		expect(
			speakersOf(
				'The Kremlin press service said the two presidents had spoken by phone. "The President of Azerbaijan offered condolences," the readout said.'
			)
		).toEqual([['The President of Azerbaijan offered condolences,', 'Kremlin press service']]);
		expect(
			speakersOf(
				'A vehicle came under fire near the village, the Defence Ministry said.',
				'Aliyev called Putin. "The President of Azerbaijan offered condolences," the readout said.'
			)
		).toEqual([['The President of Azerbaijan offered condolences,', null]]);
	});

	it('takes "was reporting that" and "evaluated … as" as attributions', () => {
		expect(
			speakersOf(
				'By the evening, the Russian Defence Ministry was reporting that "the crew of the vehicle were killed".'
			)
		).toEqual([['the crew of the vehicle were killed', 'Russian Defence Ministry']]);
		expect(
			speakersOf('Analyst Farid Mammadli evaluated the step as "the end of the so-called route".')
		).toEqual([['the end of the so-called route', 'Farid Mammadli']]);
	});

	it('takes the speaker of a paragraph that is all quote from the next paragraph’s opening', () => {
		expect(
			speakersOf(
				'From the hill above the village, people can see the new checkpoint.',
				'"Before, the soldiers were enough. Now nobody tells us anything."',
				'These words belong to a man named Aram Lindqvist, 63, who keeps bees above the river.'
			)
		).toEqual([['Before, the soldiers were enough. Now nobody tells us anything.', 'Aram Lindqvist']]);
		expect(
			speakersOf(
				'"The situation is tense but under control," the ministry said.',
				'"We see their tents through binoculars every morning."',
				'So said Davit Marelyan, the head of the village, whose shepherds stay away from the pastures.'
			)
		).toEqual([
			['The situation is tense but under control,', 'ministry'],
			['We see their tents through binoculars every morning.', 'Davit Marelyan']
		]);
	});

	it('names a source by the name the story gives: "Her name is X", "who gave her name only as X"', () => {
		expect(
			speakersOf(
				'The last cars crossed the pass late on Tuesday. Her name is Anahit, 47, a teacher from a village. She had loaded books into a truck. «The children will need them somewhere,» she said.'
			)
		).toEqual([['The children will need them somewhere,', 'Anahit']]);
		expect(
			speakersOf(
				'A mother in Stepanakert, who gave her name only as Lilit, described the week to a friend. "We stand in line for bread at six in the morning."'
			)
		).toEqual([['We stand in line for bread at six in the morning.', 'Lilit']]);
	});

	it('resolves "the mayor" to a town’s or a community’s head, and "the admiral" to a rear admiral', () => {
		expect(
			speakersOf(
				'His teacher, Tamara Lindqvist, remembers a quiet boy. "He helped others," she said.',
				'The head of the city, Pavel Marelin, attended the farewell. "The city will name a street after him," the mayor said.'
			)
		).toEqual([
			['He helped others,', 'Tamara Lindqvist'],
			['The city will name a street after him,', 'Pavel Marelin']
		]);
		expect(
			speakersOf(
				'Press adviser Rear Admiral Zeki Ostvik said at the weekly briefing that the decision was agreed. "Our personnel will return home after the process is complete," the admiral said.'
			)
		).toEqual([['Our personnel will return home after the process is complete,', 'Zeki Ostvik']]);
	});

	it('leaves an adviser to a president unnamed, never the president', () => {
		expect(
			speakersOf(
				'“The early withdrawal has been decided by the leaders of both countries,” a foreign policy adviser to Lindia’s President Aram Ostvik said on Wednesday.'
			)
		).toEqual([['The early withdrawal has been decided by the leaders of both countries,', null]]);
	});

	it('names the person after a long lower-case description or a congressman’s title, and "the photographer" named before', () => {
		expect(
			speakersOf(
				'“If we sit idly by, who will defend our posts?” head of the community Nerses Marelyan said in an interview.'
			)
		).toEqual([['If we sit idly by, who will defend our posts?', 'Nerses Marelyan']]);
		expect(
			speakersOf('In his opening remarks, Congressman Chris Lindell noted: “It is not time to move on.”')
		).toEqual([['It is not time to move on.', 'Chris Lindell']]);
		expect(
			speakersOf(
				'Hayk Ostvikyan, a photographer from the capital, left in September. “I still keep my house key in my bag,” said the photographer.'
			)
		).toEqual([['I still keep my house key in my bag,', 'Hayk Ostvikyan']]);
	});
});
