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

describe('speakers: a body and its documents, a title for its holder', () => {
	it('keeps a ministry named with two "of" phrases whole, after a verb in the present', () => {
		expect(
			speakersOf(
				'The convoy reached the bridge at noon.',
				'“Monitoring is carried out at all posts”, the Ministry of Defence of the Lindish Federation reports.'
			)
		).toEqual([['Monitoring is carried out at all posts', 'Ministry of Defence of the Lindish Federation']]);
	});

	it('does not take "reports" the noun for a speech verb', () => {
		expect(
			speakersOf(
				'Deputy Foreign Minister Pavel Lindgren spoke on Monday.',
				'Residents of Portvale, spelled Portval in many Western reports, said shells fell at night. The offer, he stressed, was "not a peacekeeping force" at all.'
			)
		).toEqual([['not a peacekeeping force', 'Pavel Lindgren']]);
	});

	it('gives a document of a body to the body, and a dated one to the body that issues it', () => {
		expect(
			speakersOf(
				'According to the bulletins of the Lindish Defence Ministry, «the situation is being monitored».'
			)
		).toEqual([['the situation is being monitored', 'Lindish Defence Ministry']]);
		expect(
			speakersOf(
				'The Lindish Ministry of Defence publishes a bulletin every day.',
				'«Strikes were carried out on the heights», the bulletin of 26 March says.'
			)
		).toEqual([['Strikes were carried out on the heights', 'Lindish Ministry of Defence']]);
		expect(
			speakersOf(
				'The ministry has closed the centre, the Ministry of National Defence (MND) announced. In the written statement of the MND it was said: "Our personnel will return home."'
			)
		).toEqual([['Our personnel will return home.', 'MND']]);
	});

	it('gives "the minister said" to the minister named with a long title', () => {
		expect(
			speakersOf(
				'The Minister of Ecology and Natural Resources of Lindmark Mukhtar Aliyarov, who visited the protesters, stated that their demands were fair. «We demand access to the mines», the minister said.'
			)
		).toEqual([['We demand access to the mines', 'Mukhtar Aliyarov']]);
	});

	it('gives "the Archbishop said" to the archbishop named before', () => {
		expect(
			speakersOf(
				'Archbishop Pargev Lindsyan of the Apostolic Church arrived at the monastery on Sunday.',
				'"We do not leave our sanctuaries," the Archbishop said.'
			)
		).toEqual([['We do not leave our sanctuaries,', 'Pargev Lindsyan']]);
	});
});

describe('speakers: translated and reported attributions', () => {
	it('reads "- this was stated by the head of X Name" as said by Name', () => {
		expect(
			speakersOf(
				'Vahram Lindsyan spoke at the meeting earlier.',
				'"People are confused and angry," - this was stated by the head of the Berdzor community Narek Lindyan in a conversation with a correspondent.'
			)
		).toEqual([['People are confused and angry,', 'Narek Lindyan']]);
	});

	it('takes the name after a role’s "of" phrase ("said the press secretary of the President of Russia X")', () => {
		expect(
			speakersOf(
				'«The peacekeepers are there», said the press secretary of the President of Lindmark Dmitry Lindov.'
			)
		).toEqual([['The peacekeepers are there', 'Dmitry Lindov']]);
		expect(speakersOf('«The posts stay», said the head of the Lindish Foreign Ministry.')).toEqual([
			['The posts stay', null]
		]);
	});

	it('gives "X said Italy was “…”" to X, not to the subject of what X reported', () => {
		expect(
			speakersOf(
				'Foreign Minister Antonio Lindi, speaking on the sidelines of the assembly in New York, said Italy was "following with great concern" the events.'
			)
		).toEqual([['following with great concern', 'Antonio Lindi']]);
	});

	it('gives a quote that opens with its predicate to the name right before it', () => {
		expect(
			speakersOf(
				'As reported by the press service of the head of state, Lindov «expressed deep condolences and assured that the guilty will be punished».'
			)
		).toEqual([['expressed deep condolences and assured that the guilty will be punished', 'Lindov']]);
	});

	it('leaves "he said, asking not to be named" unknown, and keeps a named speaker near it', () => {
		expect(
			speakersOf(
				'Gubad Lindoglu, an economist, spoke of the trade.',
				'"Every convoy had to pass their posts. Now it will be simpler," he said, asking not to be named.',
				'"Half of our fields are on the other side," said Hrachik Lindsyan, a farmer.'
			)
		).toEqual([
			['Every convoy had to pass their posts. Now it will be simpler,', null],
			['Half of our fields are on the other side,', 'Hrachik Lindsyan']
		]);
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

describe('speakers: whose body, and who only relays', () => {
	it('gives "the Russian department said" to the ministry named "of Russia", not to another nation’s', () => {
		expect(
			speakersOf(
				'Servicemen were killed on Tuesday, the Ministry of Defence of Russia reported.',
				'The ceasefire was agreed through mediation, the Azerbaijani Ministry of Defence reported.',
				'«About 5,000 civilians were evacuated», the Russian department said on Thursday.'
			)
		).toEqual([['About 5,000 civilians were evacuated', 'Ministry of Defence of Russia']]);
	});

	it('keeps "the Kremlin press service" itself over another service named before', () => {
		expect(
			speakersOf(
				'Photo: Press service of the Ministry of Defence',
				'The two presidents spoke by phone. «Aliyev offered apologies», the Kremlin press service said.'
			)
		).toEqual([['Aliyev offered apologies', 'Kremlin press service']]);
	});

	it('does not take an outlet after "according to" for the speaker the sentence names', () => {
		expect(
			speakersOf(
				'Hikmet Lindiyev, a foreign policy aide, told local media that "the decision was made by the leaders," according to APA.'
			)
		).toEqual([['the decision was made by the leaders,', 'Hikmet Lindiyev']]);
	});

	it('gives no one the words of a statement known by its date', () => {
		expect(
			speakersOf(
				'The Lindish Foreign Ministry has long complained about the road.',
				'The statement of 9 November 2020 says that the corridor is «under the control of the peacekeepers», but it says no more.'
			)
		).toEqual([['under the control of the peacekeepers', null]]);
	});
});

describe('speakers: a bare quote after the sentence that gives its source', () => {
	it('gives a bare quote to the body whose reaction the sentence before reports', () => {
		expect(
			speakersOf(
				'Portia’s Foreign Ministry welcomed the move. “We support the steps taken to secure the border”. The statement was issued on Sunday.'
			)
		).toEqual([['We support the steps taken to secure the border', 'Portia’s Foreign Ministry']]);
	});

	it('gives a bare quote to the source an "According to" sentence before it names', () => {
		expect(
			speakersOf(
				'The Lindish Defence Ministry said on Monday that its posts had come under fire.',
				'According to the ministry, the other side spread false reports about the incident. “The information does not reflect reality.”'
			)
		).toEqual([['The information does not reflect reality.', 'Lindish Defence Ministry']]);
	});

	it('reads "This was stated by the head of state X" after a quote', () => {
		expect(
			speakersOf(
				'Rustam Lindov briefed reporters in the morning.',
				'«I hope these agreements will bring a lasting settlement». This was stated by the head of state Vladimir Lindin in an address published on the website.'
			)
		).toEqual([['I hope these agreements will bring a lasting settlement', 'Vladimir Lindin']]);
	});
});

describe('speakers: a message, a question, the words of someone', () => {
	it('gives "In the message it was said:" to the one whose message it is, named in full', () => {
		expect(
			speakersOf(
				'President Recep Tayyip Lindoğan visited the base. Tayyip Lindoğan spoke briefly.',
				'The directorate also published a message of President Recep Tayyip Lindoğan sent to the personnel. In the message it was said: "You represent our nation with honour."'
			)
		).toEqual([['You represent our nation with honour.', 'Recep Tayyip Lindoğan']]);
	});

	it('gives no one a quoted question the next sentence answers', () => {
		expect(
			speakersOf(
				'MP Artsvik Lindsyan met reporters on Monday. "What should the government do, in your opinion?" In response, the MP said that the council should meet.'
			)
		).toEqual([['What should the government do, in your opinion?', null]]);
	});

	it('gives "the words of the head of the group, General X: «…»" to X', () => {
		expect(
			speakersOf(
				'The Lindish ministry distributed the words of the head of the group, Brigadier General Abdullah Lindırcı: «We are here to stand by our brothers».'
			)
		).toEqual([['We are here to stand by our brothers', 'Abdullah Lindırcı']]);
	});
});
