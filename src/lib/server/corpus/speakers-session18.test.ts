// Session 18: a quote's speaker named in the sentence after it, as translated copy words it ("These
// words belong to the head of …, X", "So wrote on Tuesday a deputy …, X", "X spoke these words", "This
// is stated in the message of X"), and a speaker who is named after all ("said the woman, who gave only
// her first name, Gayane", "whose passport reads X", "Andranik said he would"); a transcript's speaker
// with a note on the recording ("PESKOV (synchronous):"); a body by its document or its acronym ("the
// ministry's statement reads", "the MoD said", "it was stated in the statement"); a feature's bare quote
// after a sentence about one person ("X, 58, a teacher, said …", "Anahit, 71, left …", "he laughs"); a
// headline's quote inside a longer body quote, or over "– interview with X". Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: named in the sentence after the quote', () => {
	it('reads "These words belong to" a role with a comma before the name', () => {
		expect(
			speakersOf(
				'The mood in the town was grim. "We must accept it and go on." These words belong to the mayor of the border town, Samvel Grigoryan, who spoke on Friday.'
			)
		).toEqual([['We must accept it and go on.', 'Samvel Grigoryan']]);
	});

	it('reads "So wrote on Tuesday a deputy …, X" (a translation’s word order)', () => {
		expect(
			speakersOf(
				'The protest went on. "Nobody is coming to help us." So wrote on Tuesday a member of the regional council from the opposition, Levon Harutyunyan, whom the press quotes widely.'
			)
		).toEqual([['Nobody is coming to help us.', 'Levon Harutyunyan']]);
	});

	it('reads "X spoke these words" and "This is stated in the message of X"', () => {
		expect(
			speakersOf(
				'The vote passed. "The centre has done its work." Deputy Minister Orhan Yildiz spoke these words before the vote.'
			)
		).toEqual([['The centre has done its work.', 'Orhan Yildiz']]);
		expect(
			speakersOf(
				'The mission ended. "Our soldiers did their duty with honour." This is stated in the message of the Ministry of Defence of Ruritania, distributed on Friday.'
			)
		).toEqual([['Our soldiers did their duty with honour.', 'Ministry of Defence of Ruritania']]);
	});
});

describe('speakers: an unnamed speaker named after all', () => {
	it('takes the first name a speaker gave, after "said the woman, who …"', () => {
		expect(
			speakersOf(
				'Minister Ali Hasanov visited the camp. "We left with nothing," said the woman, who gave only her first name, Narine.'
			)
		).toEqual([['We left with nothing,', 'Narine']]);
		expect(
			speakersOf(
				'Minister Ali Hasanov visited the camp. "The road is our life," said a man, whose passport reads Gurgen Sahakyan.'
			)
		).toEqual([['The road is our life,', 'Gurgen Sahakyan']]);
	});

	it('takes the name the sentence after gives ("The driver, who gave his name only as X")', () => {
		expect(
			speakersOf(
				'Minister Ali Hasanov visited the camp. "They told us to wait a day." The driver, who gave his name only as Tigran, is carrying flour to Martuni.'
			)
		).toEqual([['They told us to wait a day.', 'Tigran']]);
	});

	it('takes a given name alone saying in the sentence after, not an unknown word', () => {
		expect(
			speakersOf(
				'Minister Ali Hasanov visited the camp. "I paid for every board of this house." Andranik said he would look for a flat in Goris.'
			)
		).toEqual([['I paid for every board of this house.', 'Andranik']]);
		// A capitalised word that is no given name is not taken for one.
		expect(
			speakersOf(
				'Minister Ali Hasanov visited the camp. "I paid for every board of this house." Moscow said it would look into it.'
			)
		).not.toEqual([['I paid for every board of this house.', 'Moscow']]);
	});
});

describe('speakers: transcripts, documents and acronyms', () => {
	it('reads a transcript’s speaker in capitals with a note on the recording', () => {
		expect(
			speakersOf(
				'Kremlin spokesman Dmitry Peskov commented on the incident.\n\nPESKOV (synchronous, translated): "Our soldiers remain at their posts."'
			)
		).toEqual([['Our soldiers remain at their posts.', 'Dmitry Peskov']]);
	});

	it('gives "the ministry’s statement reads" to the ministry named before it', () => {
		expect(
			speakersOf(
				'The Ruritanian Defence Ministry gave its own account. "Only military targets are hit," the ministry\'s statement reads.'
			)
		).toEqual([['Only military targets are hit,', 'Ruritanian Defence Ministry']]);
	});

	it('gives "the MoD said" to the defence ministry the text names in full, of the nation it wrote', () => {
		expect(
			speakersOf(
				'The Ruritanian Defence Ministry reported shelling. Its Lindish counterpart, the Lindish Defence Ministry, denied it. "The area was calm," the Ruritanian MoD said. "Nothing happened," the MoD said.'
			)
		).toEqual([
			['The area was calm,', 'Ruritanian Defence Ministry'],
			['Nothing happened,', 'Ruritanian Defence Ministry']
		]);
		// With no ministry named in full, the acronym stays as written.
		expect(speakersOf('Shots were heard. "The area was calm," the Ruritanian MoD said.')).toEqual([
			['The area was calm,', 'Ruritanian MoD']
		]);
	});

	it('gives "it was stated in the statement" to the body that issued it', () => {
		expect(
			speakersOf(
				'The State Border Service of Ruritania said a guard was wounded. "The responsibility lies with the other side," it was stated in the statement.'
			)
		).toEqual([['The responsibility lies with the other side,', 'State Border Service of Ruritania']]);
	});
});

describe('speakers: features and headlines', () => {
	it('gives a bare quote to the person the sentence before introduces, not to the appositive', () => {
		expect(
			speakersOf(
				'Most families registered in Goris, officials said.\n\nGurgen Sargsyan, 58, a teacher in Tashir, said his brother arrived on Monday night. "They drove for three days."'
			)
		).toEqual([['They drove for three days.', 'Gurgen Sargsyan']]);
		expect(
			speakersOf(
				'Staff spoke to refugees in Goris. Hripsime, 71, a retired nurse from Martuni, left with her son in two cars. "We could not take the photographs."'
			)
		).toEqual([['We could not take the photographs.', 'Hripsime']]);
	});

	it('reads a gesture after the quote as its attribution ("he laughs")', () => {
		expect(
			speakersOf(
				'Levon Avagyan, 62, runs a bakery. "There is no flour anyway," he laughs. "Tomorrow, maybe," she shrugged.'
			)[0]
		).toEqual(['There is no flour anyway,', 'Levon Avagyan']);
	});

	it('gives a headline’s quote the speaker of the body quote that holds it', () => {
		expect(
			speakersOf(
				'"My son died for that road": a mother on the departure\n\nHer son was killed in 2022. "They sent him there. My son died for that road, and now they leave it," said Anush Karapetyan.'
			)
		).toEqual([
			['My son died for that road', 'Anush Karapetyan'],
			['They sent him there. My son died for that road, and now they leave it,', 'Anush Karapetyan']
		]);
		expect(
			speakersOf(
				'"The mission ended with the people" – interview with analyst Tomas Lindqvist\n\nThe mission is over, he says, and its lessons are unclear.'
			)[0]
		).toEqual(['The mission ended with the people', 'Tomas Lindqvist']);
	});
});

describe('speakers: a noun for the role the text gave', () => {
	it('gives "the expert believes" to the political scientist named before, not to an official', () => {
		expect(
			speakersOf(
				'Presidential aide Farid Mammadli declined to comment. The political scientist Oleg Sidorov, a senior researcher at an institute in Moscow, explained the aim. "Baku wants to show that the road is its own," the expert believes.'
			)
		).toEqual([['Baku wants to show that the road is its own,', 'Oleg Sidorov']]);
	});
});

describe('speakers: "he said" after a person named in an appositive', () => {
	const before = 'Kremlin spokesman Dmitry Peskov said the soldiers would leave.\n\n';
	it('finds the name between commas after a descriptor ("The head of X, Name, sees")', () => {
		expect(
			speakersOf(
				`${before}The head of the Centre for the Study of the Caucasus, Irakli Beridze, sees the reason elsewhere. "The window is open," he said.`
			).at(-1)
		).toEqual(['The window is open,', 'Irakli Beridze']);
		expect(
			speakersOf(
				`${before}His Georgian counterpart, Deputy Parliament Speaker Levan Kobakhidze, confirmed the crossing. "Five trucks have crossed," he wrote.`
			).at(-1)
		).toEqual(['Five trucks have crossed,', 'Levan Kobakhidze']);
	});

	it('finds a name before a capitalised role ("Name, Assistant to the President …, said")', () => {
		expect(
			speakersOf(
				`${before}Elnur Aliyev, Assistant to the President of Azerbaijan and head of the Foreign Policy Affairs Department of the Presidential Administration, said the decision was taken. "It was taken at the top," he said.`
			).at(-1)
		).toEqual(['It was taken at the top,', 'Elnur Aliyev']);
	});
});

describe('speakers: academics, ranks and messages', () => {
	it('reads a name after abbreviated academic titles ("said Prof. X", "Assoc. Prof. Y told")', () => {
		expect(
			speakersOf(
				'"The balance has changed," said Prof. Kemal Yurtsever, who heads a think tank in Ankara. "We see a provocation," Assoc. Prof. Selin Arslan told the channel.'
			)
		).toEqual([
			['The balance has changed,', 'Kemal Yurtsever'],
			['We see a provocation,', 'Selin Arslan']
		]);
	});

	it('gives "the sergeant says" to the sergeant named before, and an unnamed rank to nobody', () => {
		expect(
			speakersOf(
				'Minister Ali Hasanov visited the post. Sergeant Pavel Orlov, 24, has served there since November. "There is a queue from the morning," the sergeant says.'
			)
		).toEqual([['There is a queue from the morning,', 'Pavel Orlov']]);
		expect(
			speakersOf('Minister Ali Hasanov visited the post. "There is a queue," the captain says.')
		).toEqual([['There is a queue,', null]]);
	});

	it('gives "the message says" to the body that reported before it', () => {
		expect(
			speakersOf(
				'The Ruritanian Defence Ministry reported the incident. "One civilian was killed," the message says.'
			)
		).toEqual([['One civilian was killed,', 'Ruritanian Defence Ministry']]);
	});
});

describe('speakers: a command named by what it commands', () => {
	it('keeps "the command of the … contingent" whole, and "the command said" points back to it', () => {
		expect(
			speakersOf(
				'The Ruritanian Defence Ministry published a bulletin. "The soldiers carry out their tasks," the command of the Ruritanian peacekeeping contingent said. "Contact is kept with both sides," the command said.'
			)
		).toEqual([
			['The soldiers carry out their tasks,', 'command of the Ruritanian peacekeeping contingent'],
			['Contact is kept with both sides,', 'command of the Ruritanian peacekeeping contingent']
		]);
	});
});

describe('speakers: a feature’s person, named by their papers', () => {
	it('gives "he says" to the one whose passport or full name the text gives', () => {
		expect(
			speakersOf(
				'Minister Ali Hasanov visited the station.\n\nEverybody there calls him Seryozha. His passport says Sergey Avagyan, he is 58, and for thirty years he drove the route.\n\n"It took me 28 hours," he says.'
			)
		).toEqual([['It took me 28 hours,', 'Sergey Avagyan']]);
	});
});

describe('speakers: a person’s own post', () => {
	it('gives "her tweet said" to her, as "she said" would be', () => {
		expect(
			speakersOf(
				'Maria Petrova, a spokeswoman for the mayor, answered critics online on Monday. Ivan Sidorov, the mayor, stayed silent. "We will not close the road," her tweet said.'
			)
		).toEqual([['We will not close the road,', 'Maria Petrova']]);
	});
});

describe('speakers: wire shapes', () => {
	it('gives "said the 63-year-old" to the person the story just named', () => {
		expect(
			speakersOf(
				'GORIS, Armenia (AFP) - Anahit Sargsyan sat on a bench in the square with a bag on her knees.\n\n"We left everything," said the 63-year-old, her voice steady.'
			)
		).toEqual([['We left everything,', 'Anahit Sargsyan']]);
	});

	it('gives "X claims that the other side “…”" to X', () => {
		expect(
			speakersOf(
				'The Ruritanian Defence Ministry claims that the other side "opened fire on border guards doing engineering work."'
			)
		).toEqual([['opened fire on border guards doing engineering work.', 'Ruritanian Defence Ministry']]);
	});

	it('gives what "a statement from X said" it reports to X, and a dated statement to no one', () => {
		expect(
			speakersOf(
				'Protesters blocked the road. A statement from the Ruritanian Defence Ministry said the command was taking "all necessary measures to resolve the situation."'
			)
		).toEqual([['all necessary measures to resolve the situation.', 'Ruritanian Defence Ministry']]);
		expect(
			speakersOf(
				'The statement of 9 November 2020 says that the corridor is "under the control of the peacekeeping contingent of the Russian Federation", but nothing more.'
			)
		).toEqual([['under the control of the peacekeeping contingent of the Russian Federation', null]]);
	});
});
