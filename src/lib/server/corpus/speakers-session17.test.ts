// Session 17: people as a reader resolves them, each on text written for the test: "he" and "she" for
// the person a sentence is about, not one named inside their description; a person named after their
// trade or rank ("military expert X considers", "a captain named X"); the pronoun a name itself calls
// for (a given name, an honorific, a surname's ending); a given name alone for the person named in full;
// the unnamed rank and file; the one an interview is with.
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

describe('speakers: the unnamed rank and file, an interview’s answers, an aside in brackets', () => {
	it('leaves "the officer says in the video" unknown when no officer was named', () => {
		expect(
			speakersOf(
				'Ombudsman Gegham Lindsyan posted a video from the road on Monday.',
				'“Please let the vehicles pass”, the officer says in Russian in the video.'
			)
		).toEqual([['Please let the vehicles pass', null]]);
	});

	it('gives the headline’s quote to the one whose surname labels the answers', () => {
		expect(
			speakersOf(
				'"We Are Living Day to Day": A Conversation with a Portvale Doctor',
				'For two months the road has been closed. "Every transfer takes days," said Zara Lindtuni of the Red Cross.',
				'Dr. Lusine Lindsyan is a paediatrician at the city hospital. We spoke with her by phone.',
				'Report: How has the blockade changed your work?',
				'Lindsyan: Planned surgeries have stopped. We only do emergency operations.',
				'Report: What do you need most?',
				'Lindsyan: Medicines. We are living day to day.'
			)
		).toEqual([
			['We Are Living Day to Day', 'Lusine Lindsyan'],
			['Every transfer takes days,', 'Zara Lindtuni']
		]);
	});

	it('reads past an aside in brackets after the name', () => {
		expect(
			speakersOf(
				'The Minister of Health, Anahit Lindsyan (no relation), said publicly that "all the medicines are ready in Goris".'
			)
		).toEqual([['all the medicines are ready in Goris', 'Anahit Lindsyan']]);
	});
});

describe('speakers: the people of a feature, by their given names', () => {
	it('takes a given name alone as a sentence’s subject for a person, and "she says" for her', () => {
		expect(
			speakersOf(
				'Anahit has run a small café on the main road for fourteen years. Nobody is buying.',
				'"When the first tanks went past, I stood at the door and cried," she says.'
			)
		).toEqual([['When the first tanks went past, I stood at the door and cried,', 'Anahit']]);
	});

	it('does not take a place opening a sentence for a person ("Lachin has emptied")', () => {
		expect(speakersOf('Portvale has emptied in a week. "Nobody is left," he said.')).toEqual([
			['Nobody is left,', null]
		]);
	});

	it('gives "Sona told" to the Sona named in full, not to the headline’s last word before her', () => {
		expect(
			speakersOf(
				'Residents flee after troops take Parukh',
				'Sona Avanesyan did not take much with her when she left on Friday.',
				'“We heard the shooting at night”, Sona told a correspondent.'
			)
		).toEqual([['We heard the shooting at night', 'Sona Avanesyan']]);
	});

	it('finds a kin named with a possessive ("Sona’s husband, Artur,") for "quoted him as saying"', () => {
		expect(
			speakersOf(
				'Sona Avanesyan left the village on Friday.',
				'Sona’s husband, Artur, stayed behind with the livestock. “They are on the hill above us”, Sona quoted him as saying.'
			)
		).toEqual([['They are on the hill above us', 'Artur']]);
	});

	it('reads the attribution after a quote that ends on an inner quote’s mark', () => {
		expect(
			speakersOf(`"They told us, 'you have until the end of the month,'" said Armen, a retired teacher.`)
		).toEqual([["They told us, 'you have until the end of the month,'", 'Armen']]);
	});

	it('leaves "he said" unknown after an unnamed officer who did not give his name', () => {
		expect(
			speakersOf(
				'Armen Lindsyan loaded his truck.',
				'At one of the posts a young officer, who did not give his name, said the posts were temporary. "Our task is to keep the road open," he said.'
			)
		).toEqual([['Our task is to keep the road open,', null]]);
	});
});

describe('speakers: a person by a rank, a name given after "named", a subject after a dateline', () => {
	it('gives "the officer said" to "a captain named X", not to a sergeant named before', () => {
		expect(
			speakersOf(
				'"The people are friendly," said junior sergeant Alexei Lindov.',
				'The commander of the company, a captain named Dubrovsky, says the weather is the main difficulty. "An order is an order," the officer said.'
			)
		).toEqual([
			['The people are friendly,', 'Alexei Lindov'],
			['An order is an order,', 'Dubrovsky']
		]);
	});

	it('takes a full name after a dateline’s dash for the person the story follows', () => {
		expect(
			speakersOf(
				'Portvale – Lilit Lindsyan drove for 24 hours to cover the 80km to the border.',
				'"We left everything," the 43-year-old seamstress said outside the registration centre.'
			)
		).toEqual([['We left everything,', 'Lilit Lindsyan']]);
	});
});

describe('speakers: a feature’s bare quotes, after the narration about a person', () => {
	it('gives a paragraph that is all quote to the person the paragraph before is about', () => {
		expect(
			speakersOf(
				'When Vachagan Lindyan left his village on the morning of the 26th, he took a bag of seeds.',
				'“The seeds were my father’s. I thought, if I take one thing, I take the thing that can grow.”'
			)
		).toEqual([
			[
				'The seeds were my father’s. I thought, if I take one thing, I take the thing that can grow.',
				'Vachagan Lindyan'
			]
		]);
	});

	it('prefers the one person a narration paragraph names over the quote two paragraphs back', () => {
		expect(
			speakersOf(
				'Vachagan Lindyan, 56, sat on the porch. “They were boys, mostly from Siberia,” he said.',
				'The trip to the border took two days. Ruzanna remembers the line of cars at the bridge.',
				'“My husband took off his hat when we came to the bridge.”'
			)
		).toEqual([
			['They were boys, mostly from Siberia,', 'Vachagan Lindyan'],
			['My husband took off his hat when we came to the bridge.', 'Ruzanna']
		]);
	});

	it('finds a person after an opening phrase, and a given name alone opening the sentence before a quote', () => {
		expect(
			speakersOf(
				'Every Tuesday, a little after four in the morning, Samvel Lindyan switches on the engine of his truck.',
				'He is 47, a former army driver.',
				'"Before the war, I drove through the pass like through my own village," he says.',
				'Samvel points out a small flag on a hill to the right. "That one is theirs."'
			)
		).toEqual([
			['Before the war, I drove through the pass like through my own village,', 'Samvel Lindyan'],
			['That one is theirs.', 'Samvel Lindyan']
		]);
	});
});

describe('speakers: kin named by whose they are', () => {
	it('gives "his wife says" to the wife introduced by name, and "her husband said" to a man', () => {
		expect(
			speakersOf(
				'Now he lives in a rented house in the town, with his wife, Ruzanna, their daughter and two grandsons.',
				'“He has been walking around that garden for a week,” his wife says, watching him from the porch.'
			)
		).toEqual([['He has been walking around that garden for a week,', 'Ruzanna']]);
		expect(
			speakersOf(
				'Armen Lindyan, 52, stayed in the village. Anahit Lindyan, 47, left with the children.',
				'“We will come back in spring,” her husband said on the phone.'
			)
		).toEqual([['We will come back in spring,', 'Armen Lindyan']]);
	});
});

describe('speakers: a reporter’s title', () => {
	it('keeps "Reporter" out of the name of the reporter who speaks', () => {
		expect(
			speakersOf('"Behind me the road is full of tents," said Reporter Anna Lindsyan from the bridge.')
		).toEqual([['Behind me the road is full of tents,', 'Anna Lindsyan']]);
	});
});
