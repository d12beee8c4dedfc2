// Speakers that the session-10 reading of real news showed wrong, each as a general rule on texts
// written for the test (no sentence here comes from an article).
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';
import { fullNameInText } from './speaker-forms';
import { tidyRole } from './speaker-roles';

describe('one name form per person', () => {
	it('gives "he said" the full name, not the surname a later verb used', () => {
		expect(
			speakersOf(
				'Harbour Minister Anna Petrosyan spoke to the council on Monday.',
				'"The quay will open in spring," Petrosyan said.',
				'"Every boat will be counted," she added.'
			)
		).toEqual([
			['The quay will open in spring,', 'Anna Petrosyan'],
			['Every boat will be counted,', 'Anna Petrosyan']
		]);
	});
	it('finds the full name where no role or appositive marked it', () => {
		expect(
			fullNameInText(
				'The Mayor of Lindmoor Aram Karapetyan at a hearing blamed the river.',
				'Karapetyan',
				999,
				() => false
			)
		).toBe('Aram Karapetyan');
		expect(fullNameInText('On Monday Minister Karapetyan spoke.', 'Karapetyan', 999, () => false)).toBeNull();
		// Two given names, and the surname written once with its accent and once without.
		expect(
			fullNameInText('Harbour Chair Anna Maria Kovačić opened the quay.', 'Kovacic', 999, () => false)
		).toBe('Anna Maria Kovačić');
		expect(
			speakersOf(
				'The Mayor of Lindmoor Aram Karapetyan at a hearing blamed the river authority for the delays.',
				'"We have waited for two years and nobody has come," Karapetyan said.'
			)
		).toEqual([['We have waited for two years and nobody has come,', 'Aram Karapetyan']]);
	});
});

describe('a role', () => {
	it('starts after "with": the words before it are the sentence, not the title', () => {
		expect(tidyRole('Opening a hearing with Harbour Minister')).toBe('Harbour Minister');
		expect(tidyRole('the mayor held phone talks with River Commissioner')).toBe('River Commissioner');
		expect(tidyRole('Harbour Ministry spokeswoman')).toBe('Harbour Ministry spokeswoman');
	});
});

describe('speech verbs of the press', () => {
	it('reads "pointed out", "conveyed", "affirmed", "hoped" and "demands" as speech', () => {
		expect(
			speakersOf(
				'Harbour Minister Anna Petrosyan spoke on Monday.',
				'"Nobody will lose a boat over this," Petrosyan pointed out.',
				'"We wait at the gate and talk to the guards," Aram Karapetyan conveyed to the crowd.',
				'Lena Sargsyan, the ferry captain, affirmed the report, stating, "Yes, the quay is shut."',
				'Karapetyan hoped the guards would start "to listen to the ferrymen at last".',
				'Lindmoor Mayor Vardan Hakobyan demands from the council to "open the quay before the ice comes."'
			)
		).toEqual([
			['Nobody will lose a boat over this,', 'Anna Petrosyan'],
			['We wait at the gate and talk to the guards,', 'Aram Karapetyan'],
			['Yes, the quay is shut.', 'Lena Sargsyan'],
			['to listen to the ferrymen at last', 'Aram Karapetyan'],
			['open the quay before the ice comes.', 'Vardan Hakobyan']
		]);
	});
});

describe('an initialism is a body', () => {
	it('is never the "she" of a quote', () => {
		expect(
			speakersOf(
				'The quay has been shut for a month, creating what the EU has called a "crisis on the river".',
				'She said the situation was "the worst it has ever been on the quay".'
			)
		).toEqual([
			['crisis on the river', 'EU'],
			['the worst it has ever been on the quay', null]
		]);
	});
});

describe('a common noun as the subject', () => {
	it('gives "the woman said" to the person just named, and "the guard" or "the activists" to nobody', () => {
		expect(
			speakersOf(
				'Lena, a ferry passenger from Lindmoor, said she had waited two days.',
				'"I kept thinking we would be home by the evening," the woman said.',
				'At the gate, the guard said. "Your papers are in order, but the quay is closed."',
				'The activists said they were "very pleased with the new river checkpoint" on Friday.'
			)
		).toEqual([
			['I kept thinking we would be home by the evening,', 'Lena'],
			['Your papers are in order, but the quay is closed.', null],
			['very pleased with the new river checkpoint', null]
		]);
	});
});

describe('a title no one was named with', () => {
	it('"the mayor" is the mayor named before, else nobody', () => {
		expect(
			speakersOf('Lindmoor Mayor Vardan Hakobyan met the ferrymen.', '"We stay," the mayor told reporters.')
		).toEqual([['We stay,', 'Vardan Hakobyan']]);
		expect(speakersOf('The ferry ran late.', '"We stay," the mayor told reporters.')).toEqual([
			['We stay,', null]
		]);
	});
});

describe('attribution around a quote inside a sentence', () => {
	it('"X quotes the … leader as saying" is the leader named before', () => {
		expect(
			speakersOf(
				'Lindmoor Mayor Vardan Hakobyan, in an interview with a river weekly, praised the guards: "The quay has been calm all summer," the Weekly quotes the city leader as saying.'
			)
		).toEqual([['The quay has been calm all summer,', 'Vardan Hakobyan']]);
	});
	it('takes the attribution that closes the sentence the quote stands in', () => {
		expect(
			speakersOf(
				'The ferrymen made "every effort to keep the quay open all winter" and kept the boats running, the harbour chief, Lena Sargsyan, said.',
				'The council had "counted every boat on the river" by noon and "closed the gate," Mayor Vardan Hakobyan said on Friday.',
				'The guards called it "a long and careful inspection of every hull" and left, Interfax reported.'
			)
		).toEqual([
			['every effort to keep the quay open all winter', 'Lena Sargsyan'],
			['counted every boat on the river', 'Vardan Hakobyan'],
			['closed the gate,', 'Vardan Hakobyan'],
			['a long and careful inspection of every hull', null]
		]);
	});
});

describe('a first name alone', () => {
	it('is a person when an appositive says who she is, so "she" finds her', () => {
		expect(
			speakersOf(
				'Lena, a 31-year-old ferry clerk, walks to the quay every morning.',
				'The council has closed the gate again, creating what the EU has called a "standstill on the river".',
				'In Lindmoor, Lena counts the boats — she said the quay was "emptier than it has ever been".'
			)
		).toEqual([
			['standstill on the river', 'EU'],
			['emptier than it has ever been', 'Lena']
		]);
	});
});

describe('who a long appositive or a bare title names', () => {
	it('finds "X, deputy head of …, told" as a person for a later "he"', () => {
		expect(
			speakersOf(
				'All the boats were returned. Aram Karapetyan, deputy head of the Lindmoor river guard and the former commander of the ferry police in Portvale, told about this to a weekly.',
				'"There is understanding on both banks," he added.'
			)
		).toEqual([['There is understanding on both banks,', 'Aram Karapetyan']]);
	});
	it('gives "Shusha State Minister said" and "the State Minister of Shusha said" to the minister named before', () => {
		expect(
			speakersOf(
				'Shusha State Minister Lena Sargsyan spoke about the quay.',
				'Speaking about the ferries, Shusha State Minister said:',
				'"The river is our only road."',
				'"We will not leave," the State Minister of Shusha said.'
			)
		).toEqual([
			['The river is our only road.', 'Lena Sargsyan'],
			['We will not leave,', 'Lena Sargsyan']
		]);
	});
});

describe('session 9 cases left open', () => {
	// (holdout7's label: the words are the guard's, whom the text does not name; session 9 had pinned X.)
	it('gives "X said the guard had told them: “…”" to nobody (the guard spoke), and a text\'s own word for its statement to nobody', () => {
		expect(
			speakersOf(
				'Her mother, Anna Petrosyan, said the guard at the last gate had told them: “Nobody will stop you on the river.”',
				'Lindmoor said the ferry guild had broken the rules. “The guild has failed to protect the quay,” the assertion stated.'
			)
		).toEqual([
			['Nobody will stop you on the river.', null],
			['The guild has failed to protect the quay,', null]
		]);
	});
});

describe('a reporter’s feature', () => {
	it('never takes the reporter’s "we" for the person, and finds "X Y was …" as a person', () => {
		expect(
			speakersOf(
				'Lena Sargsyan was on the quay when the storm started.',
				'We met her at the harbour office. She says the boats were gone. "I have seen the pier, it is broken.\' she said. "It is all gone."',
				'Aram, a 15-year-old boy from the village, was with her.',
				'"The water came up to the road. It was terrible." he said.'
			)
		).toEqual([
			['I have seen the pier, it is broken.', 'Lena Sargsyan'],
			['It is all gone.', 'Lena Sargsyan'],
			['The water came up to the road. It was terrible.', 'Aram']
		]);
	});
	it('gives "concluded the expert" to the one named before, never to "Whether X"', () => {
		expect(
			speakersOf(
				'Harbour analyst Vardan Hakobyan spoke to a weekly. Whether Armenia announced a plan or not, the quay stays shut, he said.',
				'"Blame whomever you want," concluded the expert.'
			)
		).toEqual([['Blame whomever you want,', 'Vardan Hakobyan']]);
	});
	it('leaves "the statement said" with nobody named as issuing it unattributed', () => {
		expect(
			speakersOf('The two mayors had a call.', '"The sides praised the new ferry line," the statement said.')
		).toEqual([['The sides praised the new ferry line,', null]]);
	});
});

describe('a member of parliament and a comment told before the quote', () => {
	it('gives "the MP stressed" and "According to the MP" to the member named before', () => {
		expect(
			speakersOf(
				'Vardan Hakobyan, a member of the river council, spoke to a weekly.',
				'The MP stressed that the quay matters: "If the quay stays shut, the town will empty."',
				'According to the MP, the guards are to blame: "They let the boats rot."',
				'Hakobyan highlighted that the ferries are old: "Half of them cannot sail."'
			)
		).toEqual([
			['If the quay stays shut, the town will empty.', 'Vardan Hakobyan'],
			['They let the boats rot.', 'Vardan Hakobyan'],
			['Half of them cannot sail.', 'Vardan Hakobyan']
		]);
	});
	it('gives a quote paragraph to "X, a long appositive, commented on …" before it', () => {
		expect(
			speakersOf(
				'Lena Sargsyan, deputy of the river council (the harbour board), commented on what is happening on the quay.',
				'"Remember what happened to the old ferry. The result is known to all."'
			)
		).toEqual([['Remember what happened to the old ferry. The result is known to all.', 'Lena Sargsyan']]);
	});
});

describe('session 10 place round: speaker kinds it listed', () => {
	it('drops "PM" from the person, and points "the Ministry" back', () => {
		expect(
			speakersOf(
				'"It will not," Portvale\'s PM Lena Sargsyan told reporters.',
				'The Harbour Ministry of Portvale issued a notice. "All boats must register," the Ministry said.'
			)
		).toEqual([
			['It will not,', 'Lena Sargsyan'],
			['All boats must register,', 'Harbour Ministry of Portvale']
		]);
	});
});
