// Session 17: bodies, documents and translated attributions, each on text written for the test: an
// institution's long name kept whole, a document for its issuer ("the bulletins of X", "In the message it
// was said:"), a title for its holder, the passive of a translation ("- this was stated by X"), a bare
// quote after the sentence that gives its source, an outlet that only relays ("according to APA").
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

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

describe('speakers: a double given name after a title, a nation’s "side"', () => {
	it('keeps a double given name after a long title ("Minister of National Defence Yunus Emre X")', () => {
		expect(
			speakersOf(
				'Deputy Minister of National Defence Yunus Emre Lindoğlu attended the opening.',
				'Speaking at the ceremony, Lindoğlu said: "The centre will serve peace in the region."'
			)
		).toEqual([['The centre will serve peace in the region.', 'Yunus Emre Lindoğlu']]);
	});

	it('gives "the Turkish side stated" to the Turkish body named before', () => {
		expect(
			speakersOf(
				'The Ministry of National Defence of Turkey announced the closure on Friday. The Azerbaijani Ministry of Defence thanked the officers.',
				'"Our personnel have done their duty with honour," the Turkish side stated.'
			)
		).toEqual([
			['Our personnel have done their duty with honour,', 'Ministry of National Defence of Turkey']
		]);
	});
});

describe('speakers: an unnamed diplomat of a nation, a prediction', () => {
	it('leaves "one European diplomat in Tbilisi said" unknown', () => {
		expect(
			speakersOf(
				'Kremlin spokesman Dmitry Lindov declined to comment.',
				'"It is the most serious escalation since the truce," one European diplomat in Tbilisi said, asking not to be identified.'
			)
		).toEqual([['It is the most serious escalation since the truce,', null]]);
	});

	it('gives what a person "predicted" in a quote to that person', () => {
		expect(
			speakersOf(
				'Prime Minister Nikol Lindyan, speaking at a government meeting, predicted that in the coming days "there will be no one left in the valley".'
			)
		).toEqual([['there will be no one left in the valley', 'Nikol Lindyan']]);
	});
});
