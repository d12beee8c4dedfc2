// Speakers that the session-15 reading of real news (and holdout13's open list) showed wrong, each as
// a general rule on texts written for the test (no sentence here comes from an article).
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';
import { peopleIn, roleOf } from './speaker-names';
import { subjectBefore } from './attribution';

describe('titles and roles', () => {
	it('reads "the Harbour Spokesman said" (a title in capitals after "the") as the person named before', () => {
		expect(
			speakersOf(
				'Harbour spokesperson Aram Vardanyan confirmed the ferry had left.',
				'“Yes. It has left,” the Harbour Spokesman said when asked about the reports.'
			)
		).toEqual([['Yes. It has left,', 'Aram Vardanyan']]);
	});

	it('keeps the possessive out of a name, so the surname said later is the full name', () => {
		expect(
			speakersOf(
				'The envoy commented on Harbour Minister Aram Vardanyan’s claim that the guards had failed.',
				'“The guards are not doing their work,” Vardanyan said.'
			)
		).toEqual([['The guards are not doing their work,', 'Aram Vardanyan']]);
	});

	it('gives "President of Norvale Name" its role, so "the prime minister" finds the one named so', () => {
		const [varin] = peopleIn('The deal was signed by Prime Minister of Norvale Oleg Varin at the quay.');
		expect(varin?.name).toBe('Oleg Varin');
		expect(roleOf(varin!)).toContain('Prime Minister');
		expect(
			speakersOf(
				'There will be no Georgians left in the valley, said Prime Minister of Norvale Oleg Varin at a cabinet meeting.',
				'“The statements mean nothing without deeds,” the Tidings agency quotes the prime minister as saying.'
			)
		).toEqual([['The statements mean nothing without deeds,', 'Oleg Varin']]);
	});

	it('lets a person keep the role given before: "the President" is the subject who had it, not the last one named with it', () => {
		expect(
			speakersOf(
				'President of Norvale Oleg Varin met President of Tavria Ion Rusu at the quay.',
				'Ion Rusu: Thank you, Mr President.',
				'Speaking to reporters later, Oleg Varin said the guards would stay.',
				'Answering a question about the harbour, the President said: “Our people know this port well.”'
			).at(-1)
		).toEqual(['Our people know this port well.', 'Oleg Varin']);
	});
});

describe('the words before a quote', () => {
	it('gives "According to the department, the army “…”" to the ministry named before (a translation’s word)', () => {
		expect(
			speakersOf(
				'The Lindian Ministry of Defence said the drills had begun near Portia.',
				'According to the department, the army “is using precise weapons only against posts.”'
			)
		).toEqual([['is using precise weapons only against posts.', 'Lindian Ministry of Defence']]);
	});

	it('gives a quote paragraph after "According to him, …:" to him', () => {
		expect(
			speakersOf(
				'Lindian President Aram Vardanyan told journalists the talks would go on.',
				'According to him, the two harbours have common interests:',
				'“After many years, there is a chance for a lasting peace on the river.”'
			)
		).toEqual([['After many years, there is a chance for a lasting peace on the river.', 'Aram Vardanyan']]);
	});

	it('reads "X referred to Y and once again stated:" as X’s words, never the object before "and"', () => {
		expect(
			subjectBefore('During the summit, the Lindian President referred to the Portia issue and once again ')
		).toBe('Lindian President');
		expect(subjectBefore('Lindmoor residents gathered at the square and ')).toBeNull();
		expect(
			speakersOf(
				'Lindian President Aram Vardanyan flew to the summit.',
				'During the summit, the Lindian President referred to the Portia issue and once again stated: “The river belongs to both banks.”'
			)
		).toEqual([['The river belongs to both banks.', 'Aram Vardanyan']]);
	});

	it('gives "Tidings quoted X as accusing the guards of “…”" to X', () => {
		expect(
			speakersOf(
				'Harbour Minister Aram Vardanyan criticised the guards.',
				'On Thursday, the Tidings site quoted Vardanyan as accusing the guards of “standing by while the town empties”, having failed to open the road.'
			)
		).toEqual([['standing by while the town empties', 'Aram Vardanyan']]);
	});

	it('keeps "was quoted by the media as saying" the subject’s, not the media’s', () => {
		expect(
			speakersOf(
				'General Ion Rusu, who heads the mission, was quoted by Lindian state media as saying that the work “has begun in a good spirit.”'
			)
		).toEqual([['has begun in a good spirit.', 'Ion Rusu']]);
	});
});
