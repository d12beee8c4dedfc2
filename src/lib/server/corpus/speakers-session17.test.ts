// Session 17: "he" and "she" resolved as a reader resolves them, each on text written for the test:
// the person a sentence is about, not one named inside their description; a person named after
// their trade ("military expert X considers"); the pronoun a name itself calls for (a given name, an
// honorific, a surname's ending); and a given name alone standing for the person named in full.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';
import { sexJudge } from './speaker-sex';

describe('speakers: the person a sentence is about', () => {
	it('gives "he says" to the person described, not to the one named in the description', () => {
		expect(
			speakersOf(
				'In the capital the mood is calm. Farid Mammadli, an adviser to President Ilham Aliyev, is frank about the convoy. "The road is open. There is nothing to discuss," he says.'
			)
		).toEqual([['The road is open. There is nothing to discuss,', 'Farid Mammadli']]);
	});

	it('still gives "he said" to the one named last when the first is no description of him', () => {
		expect(
			speakersOf(
				'Farid Mammadli met Ilham Aliyev on Monday. Aliyev spoke first. "The road is open," he said.'
			)
		).toEqual([['The road is open,', 'Ilham Aliyev']]);
	});

	it('finds a person named after their trade ("Military expert X considers")', () => {
		expect(
			speakersOf(
				'Ilham Aliyev apologised for the incident on Thursday.',
				'Military expert Pavel Lindgren considers that the contingent is in a hard place. «They have no mandate to stop an army», he told the newspaper.'
			)
		).toEqual([['They have no mandate to stop an army', 'Pavel Lindgren']]);
	});
});

describe('speakers: the pronoun a name calls for', () => {
	it('skips a man named last for "she says"', () => {
		expect(
			speakersOf(
				'Lilit Sargsyan, 38, waits at the registration desk with her son.',
				'Prime Minister Nikol Pashinyan said the government would house everyone.',
				'"I will not go back," she says.'
			)
		).toEqual([['I will not go back,', 'Lilit Sargsyan']]);
	});

	it('skips a woman named last for "he said", by her surname’s ending', () => {
		expect(
			speakersOf(
				'Viktor Lindov, the convoy’s commander, spoke after the talks with Irina Petrova.',
				'"We will wait at the bridge," he said.'
			)
		).toEqual([['We will wait at the bridge,', 'Viktor Lindov']]);
	});

	it('gives a given name alone to the one person named in full with it', () => {
		expect(
			speakersOf(
				'Marine Hakobyan sits on a bench in the square, holding a bag of documents.',
				'Anna, a volunteer from the capital, said the town was full. "Every hotel is full," she said.',
				'Marine does not know where she will go.',
				'"Maybe we will go to the city," she says.'
			)
		).toEqual([
			['Every hotel is full,', 'Anna'],
			['Maybe we will go to the city,', 'Marine Hakobyan']
		]);
	});

	it('judges a name by given name, honorific and surname, and says nothing on a guess', () => {
		const sex = sexJudge('Mr Lindqvist arrived late; Ms Oduya spoke first.');
		expect(
			['Marine Hakobyan', 'Armen Sargsyan', 'Lindqvist', 'Oduya', 'Maria Zakharova', 'Igor Konashenkov'].map(
				sex
			)
		).toEqual(['she', 'he', 'he', 'she', 'she', 'he']);
		// Karen is a man in Armenian and a woman in English; Hakobyan and Tamm say nothing.
		expect(['Karen Hakobyan', 'Hakobyan', 'Ott Tamm'].map(sex)).toEqual([null, null, null]);
	});
});
