// Session 42: speakers a blind set (holdout67) showed wrong or missing. Every sentence and every name is
// written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 42', () => {
	it('never gives "the village head said" to a relative described as "the village head’s nephew"', () => {
		expect(
			speakersOf(
				'Lev Darvin, who has headed the village for eleven years, walks along the orchard. “That hill was ours until November,” the village head said.',
				'Not everyone agrees. Piet Darvin, the village head’s nephew, works in Portvale. “My father will not leave,” he said.'
			)
		).toEqual([
			['That hill was ours until November,', 'Lev Darvin'],
			['My father will not leave,', 'Piet Darvin']
		]);
	});

	it('gives "the association’s chairman said" to the one the paragraph introduced as heading it', () => {
		expect(
			speakersOf(
				'A harbour officer who spoke without giving his name said the quay would stay shut.',
				'Vera Lind, who heads an association of families from Lindmoor, came with a group of elders. “We have waited for this since 1993,” the association’s chairman said.'
			)
		).toEqual([['We have waited for this since 1993,', 'Vera Lind']]);
	});

	it('keeps "the commander said" from a villager the paragraph introduced doing something else', () => {
		expect(
			speakersOf(
				'A harbour officer who spoke without giving his name said the quay would stay shut.',
				'Vera Lind, who sells bread by the gate, watched the trucks leave. The commander said only that “the order will be carried out”.'
			)
		).toEqual([['the order will be carried out', null]]);
	});

	it('reads "X, an analyst based in Portvale, said …" as X, named, and "he" after it as X', () => {
		expect(
			speakersOf(
				'Lev Darvin, an analyst based in Portvale, said the quay mattered. “The ferries are here to stay,” he said.'
			)
		).toEqual([['The ferries are here to stay,', 'Lev Darvin']]);
	});

	it('keeps "she said" of an unnamed former pupil from a woman named before', () => {
		expect(
			speakersOf(
				'His daughter, Vera Lind, said his heart had been weak.',
				'A former pupil from Portvale, now a doctor, said he used to walk to the quay. “He was not proud,” she said.'
			)
		).toEqual([['He was not proud,', null]]);
	});

	it('gives "its daily bulletin said" to the body named before, and a statement known by its date to no one', () => {
		expect(
			speakersOf(
				'The Harbour Ministry said talks were continuing.',
				'“Crews are negotiating with both sides,” its daily bulletin said.'
			)
		).toEqual([['Crews are negotiating with both sides,', 'Harbour Ministry']]);
		expect(
			speakersOf(
				'The statement of November 2020 says that the quay “is to stay under the control of the harbour board,” and that the ferries run.'
			)
		).toEqual([['is to stay under the control of the harbour board,', null]]);
	});

	it('gives a heading’s quote to the one named after its colon, before the topic', () => {
		expect(
			speakersOf(
				'“The decision was taken together with Portvale”: Darvin on the ferry’s last run',
				'',
				'Harbour Board chairman Lev Darvin said on Thursday that the closure was agreed.'
			)
		).toEqual([['The decision was taken together with Portvale', 'Lev Darvin']]);
	});

	it('gives "X from the team of the Red Cross told" to X, not the team', () => {
		expect(
			speakersOf(
				'“We need fuel before winter,” Vera Lind from the Rapid Deployment Team of the Harbour Red Cross told reporters.'
			)
		).toEqual([['We need fuel before winter,', 'Vera Lind']]);
	});

	it('gives a quote after a colon to the one named doing something in its sentence', () => {
		expect(
			speakersOf(
				'Then the head of the Lindmoor region administration Lev Darvin recommended that residents leave the city: “I gave the order to evacuate the hospital.”'
			)
		).toEqual([['I gave the order to evacuate the hospital.', 'Lev Darvin']]);
		// A village the woman is from, or a language, is never who speaks.
		expect(
			speakersOf(
				'One woman from the village of Kelvarn reached by phone said: “We took the children and ran.”',
				'The officer’s words, in Russian, were blunt: “Talk to the board. We only watch.”'
			)
		).toEqual([
			['We took the children and ran.', null],
			['Talk to the board. We only watch.', null]
		]);
	});

	it('runs a quote on into a paragraph typed without its opening mark, closed before "X also said"', () => {
		expect(
			speakersOf(
				'Lev Darvin said the board had met. "It is a fact that the ferries ran on weekends.',
				'',
				'Of course, the storm was the first test for the harbour," Darvin also said.'
			)
		).toEqual([
			[
				'It is a fact that the ferries ran on weekends.\n\nOf course, the storm was the first test for the harbour,',
				'Lev Darvin'
			]
		]);
	});

	it('gives "it emphasized" to the rights group named before ("Amnesty International", "Human Rights Watch")', () => {
		expect(
			speakersOf(
				'Amnesty International said the closure must end. “Aid reached Lindmoor only once,” it emphasized.',
				'Human Rights Watch said the same. “The quay must reopen,” it said.'
			)
		).toEqual([
			['Aid reached Lindmoor only once,', 'Amnesty International'],
			['The quay must reopen,', 'Human Rights Watch']
		]);
	});
});
