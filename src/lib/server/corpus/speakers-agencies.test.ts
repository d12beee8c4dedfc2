// Speakers in agency copy and expert round-ups (holdout10, session 11), each as a general rule on
// texts written for the test: a body that is no person, a person after a body's long name, a place
// that is no speaker, and a round-up that names each expert on a line before their words.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('bodies, people and places in agency copy', () => {
	it('takes "the Harbour Red Cross" for a body: "the organisation" is it, and "she" is never it', () => {
		expect(
			speakersOf(
				'The Harbour Red Cross said the flour had been sent at the request of the port. “We plan to send more,” the organisation said.',
				'Spokesperson of the Ministry of Foreign Affairs Lena Moss said the port was ready. “Both roads can be used,” she said.'
			)
		).toEqual([
			['We plan to send more,', 'Harbour Red Cross'],
			['Both roads can be used,', 'Lena Moss']
		]);
	});
	it('never takes a place named by its kind for the speaker', () => {
		expect(
			speakersOf(
				'“We spent the night in the car,” a driver stuck near the village of Norvale told our reporter.'
			)
		).toEqual([['We spent the night in the car,', null]]);
	});
});

describe('a round-up that introduces each expert on a line of their own', () => {
	it('gives the quotes under "Name, role, place:" to that person, over a pronoun or the quote before', () => {
		expect(
			speakersOf(
				'Anna Petrosyan, political analyst, Goris:',
				'“The ferry changed nothing for the town.',
				'“Now the question is the bridge,” she says.',
				'Lena Moss, harbour expert, Portvale:',
				'“The route was agreed without any pressure.”',
				'Moss believes the next issue is the road. “Nobody wants a toll,” she says.'
			)
		).toEqual([
			['The ferry changed nothing for the town.\n“Now the question is the bridge,', 'Anna Petrosyan'],
			['The route was agreed without any pressure.', 'Lena Moss'],
			['Nobody wants a toll,', 'Lena Moss']
		]);
	});
});
