// Speakers that the session-14 reading of real news showed wrong, each as a general rule on texts
// written for the test (no sentence here comes from an article).
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('a question or an exclamation before the attribution', () => {
	it('reads "“…?” Surname asked." as the surname’s, though "?”" ends a sentence for the splitter', () => {
		expect(
			speakersOf(
				'Armen Sarkisov, the envoy, visited the harbour on Monday.',
				'“Where were the guards that night?” Sarkisov wrote on his page. “Nobody has answered.”'
			)
		).toEqual([
			['Where were the guards that night?', 'Armen Sarkisov'],
			['Nobody has answered.', 'Armen Sarkisov']
		]);
	});
	it('keeps a sentence of narration after "?”" out of the attribution', () => {
		expect(
			speakersOf(
				'Armen Sarkisov, the envoy, visited the harbour on Monday.',
				'“Where were the guards that night?” The convoy left at dawn, and the port authority said nothing.'
			)
		).toEqual([['Where were the guards that night?', null]]);
	});
});

describe('an agency reporting another’s words', () => {
	it('gives "TASS reported the ministry as saying" and "Interfax cited X as saying" to the one quoted', () => {
		expect(
			speakersOf(
				'The Lindian Defence Ministry said a patrol had been fired on near Portia.',
				'“The patrol returned to base safely,” the Tidings Agency reported the ministry as saying.',
				'“No one was hurt,” the Courier Agency cited the Lindian Defence Ministry as saying.'
			)
		).toEqual([
			['The patrol returned to base safely,', 'Lindian Defence Ministry'],
			['No one was hurt,', 'Lindian Defence Ministry']
		]);
	});
});

describe('the writer’s "I" is nobody', () => {
	it('leaves "“…,” I told him" unknown in a report, the interviewee in an interview’s answer', () => {
		expect(
			speakersOf(
				'Armen Sarkisov, the harbour master, met us at the quay.',
				'“The guards will stay as long as they are needed,” I told him.'
			)
		).toEqual([['The guards will stay as long as they are needed,', null]]);
		expect(
			speakersOf(
				'Armen Sarkisov, the harbour master, spoke to us in Portia.',
				'Q: Will the guards stay?',
				'A: “They will stay as long as needed,” I told the crew.'
			)
		).toEqual([['They will stay as long as needed,', 'Armen Sarkisov']]);
	});
});

describe('an outlet named with its noun', () => {
	it('never takes "the newspaper La Gazzetta" for the person "the prime minister" stands for', () => {
		expect(
			speakersOf(
				'Lindian Prime Minister Davit Aramyan said the guards were leaving.',
				'“They leave of their own accord,” the prime minister said in an interview with the Tirenian newspaper La Gazzetta, which ran it on Sunday.',
				'According to the prime minister, “nobody asked them to go.”'
			)
		).toEqual([
			['They leave of their own accord,', 'Davit Aramyan'],
			['nobody asked them to go.', 'Davit Aramyan']
		]);
	});
});

describe('a feature’s subject, named before "she says"', () => {
	it('reads "Surgeon Name counts the wounded. „…“, he says" as Name (a title, a name, a verb with its object)', () => {
		expect(
			speakersOf(
				'The ward in Portia is full again.',
				'Surgeon Armen Sarkisov counts the beds. „We lost eleven last night“, he says.',
				'Lilit Avagyan remembers how the lights went out. “We worked by torchlight,” she says.'
			)
		).toEqual([
			['We lost eleven last night', 'Armen Sarkisov'],
			['We worked by torchlight,', 'Lilit Avagyan']
		]);
	});
	it('takes no plural noun for the verb ("Ethnic Lindian officials in Portia said")', () => {
		expect(
			speakersOf(
				'“We will not withdraw,” Deputy Minister Armen Sarkisov told reporters.',
				'Ethnic Lindian officials in Portia said the harbour was shelled. “The bridge is down,” he added.'
			)
		).toEqual([
			['We will not withdraw,', 'Armen Sarkisov'],
			['The bridge is down,', 'Armen Sarkisov']
		]);
	});
});

describe('people named in ways the earlier rounds missed', () => {
	it('reads "Name, who …, shows …" as a person "she says" stands for, a lone given name included', () => {
		expect(
			speakersOf(
				'“The guards let the trucks through,” said Davit Aramyan, the harbour master.',
				'Mariam, who has mended nets on this quay for thirty years, holds up a torn one. „Nothing comes in now“, she says.'
			)
		).toEqual([
			['The guards let the trucks through,', 'Davit Aramyan'],
			['Nothing comes in now', 'Mariam']
		]);
	});
	it('reads "the special representative of the Governor in the Portia district, Name, visited" as Name’s role', () => {
		expect(
			speakersOf(
				'A group led by the special representative of the Governor in the Portia district, Ruben Osipov, toured the quay on Friday.',
				'«The quay will be rebuilt», the special representative said. «Work starts with the cranes», he noted.'
			)
		).toEqual([
			['The quay will be rebuilt', 'Ruben Osipov'],
			['Work starts with the cranes', 'Ruben Osipov']
		]);
	});
});

describe('a press release under its own heading', () => {
	it('gives the text under "STATEMENT OF THE MINISTRY OF …" to the ministry the lead named', () => {
		expect(
			speakersOf(
				'The Ministry of Transport of the Republic of Lindia has issued a statement on the closing of the harbour.',
				'STATEMENT OF THE MINISTRY OF TRANSPORT',
				'"The harbour of Portia is closed to all ships from Monday.',
				'"The ministry thanks the crews for their patience."',
				'Commenting on it, shipping analyst Aram Vardanyan said the closure was long expected.'
			)
		).toEqual([
			[
				'The harbour of Portia is closed to all ships from Monday.\n"The ministry thanks the crews for their patience.',
				'Ministry of Transport of the Republic of Lindia'
			]
		]);
	});
	it('gives the text under "Statement by the Lindian Harbour Authority" to that body', () => {
		expect(speakersOf('Statement by the Lindian Harbour Authority', '“The quay reopens on Monday.”')).toEqual(
			[['The quay reopens on Monday.', 'Lindian Harbour Authority']]
		);
	});
});

describe('a feature’s bare quote', () => {
	it('gives a quote with no attribution to the person the sentence before shows at work', () => {
		expect(
			speakersOf(
				'In the harbour office, clerk Lusine Hakobyan stamps the last permits. „We close at noon. Nobody knows for how long.“',
				'The ferry left empty. “Nobody came,” a sailor said.'
			)
		).toEqual([
			['We close at noon. Nobody knows for how long.', 'Lusine Hakobyan'],
			['Nobody came,', null]
		]);
	});
	it('gives none when the sentence before is about a thing', () => {
		expect(speakersOf('The ferry crossed the bay at dawn. “We want calm seas.”')).toEqual([
			['We want calm seas.', null]
		]);
	});
});

describe('members of parliament', () => {
	it('reads ", said Name, MP from …" as a person, and "the deputy concluded" as that MP', () => {
		expect(
			speakersOf(
				'The guards have a mandate they must fulfil, said Aram Vardanyan, MP from the Harbour bloc, at a rally in Portia.',
				'But this, he said, does not let officials wash their hands of the quay.',
				'"While the quay is under threat, it is dangerous to sign anything," the deputy concluded.'
			)
		).toEqual([['While the quay is under threat, it is dangerous to sign anything,', 'Aram Vardanyan']]);
	});
	it('drops "Lawmaker" before a name like any title, and "the lawmaker said" is that person', () => {
		expect(
			speakersOf(
				'Lawmaker Aram Vardanyan met the envoy. Lilit Avagyan, a teacher, was there too.',
				'"We talked for an hour," the lawmaker said.'
			)
		).toEqual([['We talked for an hour,', 'Aram Vardanyan']]);
	});
});

describe('"answered" is a speech verb', () => {
	it('reads "Name, the spokesman, answered simply: “…”" and "“…,” Surname answered" as the person’s', () => {
		expect(
			speakersOf(
				'Asked whether the guards were leaving, Davit Aramyan, the governor’s spokesman, answered simply: “Yes, that is true.”',
				'“They leave on Monday,” Aramyan answered when asked about the date.'
			)
		).toEqual([
			['Yes, that is true.', 'Davit Aramyan'],
			['They leave on Monday,', 'Davit Aramyan']
		]);
	});
});
