// Session 37: speakers a blind set (holdout58 and holdout59) showed wrong: a speaker named only in the
// sentence after the quote, a name the source gave, a clause that opens with "what". Text written for the test
// (the briefing's two turns are holdout58's, itself invented for the evaluation).
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 37', () => {
	it('reads the sentence after a quote that says whose words they were', () => {
		expect(
			speakersOf(
				'"The quay is ours again." These words at the opening were from Deputy Harbour Minister Captain Lev Darvin, who thanked the crews.'
			)
		).toEqual([['The quay is ours again.', 'Lev Darvin']]);
		expect(
			speakersOf(
				'"The ferry must sail, and it must sail now,"[4] The words were those of Port Administrator Vera Lind.'
			)
		).toEqual([['The ferry must sail, and it must sail now,', 'Vera Lind']]);
		expect(
			speakersOf(
				'"The question is who pays for the berths." That is the view of Arif Nuriyev, a senior analyst at the Harbour Institute.'
			)
		).toEqual([['The question is who pays for the berths.', 'Arif Nuriyev']]);
	});

	it('reads "— so said the spokeswoman of …, X" and "so X put it" after the quote', () => {
		expect(
			speakersOf(
				'“We consider the closure of the quay unacceptable,” — so said the spokeswoman of the Harbour Board, Vera Lind, the next day.'
			)
		).toEqual([['We consider the closure of the quay unacceptable,', 'Vera Lind']]);
		expect(
			speakersOf(
				'"The crews did everything they could to save the ship."³ — so Lev Darvin put it a week later.'
			)
		).toEqual([['The crews did everything they could to save the ship.', 'Lev Darvin']]);
	});

	it('reads a body’s reply, an announcement read by a named spokesman, and "X, his wife, says this"', () => {
		expect(
			speakersOf(
				'“There is no closure. The quay is open to every ship,” This was the Lindish Harbour Board’s reply to the union’s letter.'
			)
		).toEqual([['There is no closure. The quay is open to every ship,', 'Lindish Harbour Board']]);
		expect(
			speakersOf(
				'"Our crews have begun limited repairs on the northern quay." The announcement was read by the spokesman of the Harbour Board, Arif Nuriyev.'
			)
		).toEqual([['Our crews have begun limited repairs on the northern quay.', 'Arif Nuriyev']]);
		expect(
			speakersOf(
				'"He came back quieter. He does not watch the news at all." Vera, his wife, says this in the kitchen.'
			)
		).toEqual([['He came back quieter. He does not watch the news at all.', 'Vera']]);
	});

	it('gives the words to the name a source gave, and to the one "known as" a name', () => {
		expect(
			speakersOf(
				'A resident of Lindmoor who gave her name as Anahit wrote on Telegram: "There is no light and no water in the harbour today."'
			)
		).toEqual([['There is no light and no water in the harbour today.', 'Anahit']]);
		expect(
			speakersOf(
				'On Telegram, the military blogger known as Harbourman wrote that the crews had been "left without a ship, a quay or a friend".'
			)
		).toEqual([['left without a ship, a quay or a friend', 'Harbourman']]);
		expect(
			speakersOf(
				'In the school, teacher Siranush, who gave only her first name, showed the broken windows. “The children know the sound of the guns now,” she said.'
			)
		).toEqual([['The children know the sound of the guns now,', 'Siranush']]);
		expect(
			speakersOf(
				'A voter in Lindmoor, a civil servant from Portvale named Vera Lind, shrugged. “The crews left by themselves. Nobody told them to go,” she said.'
			)
		).toEqual([['The crews left by themselves. Nobody told them to go,', 'Vera Lind']]);
	});

	it('reads "What I’ll say is that the board has said …" as the board’s words, never "What I’ll"', () => {
		expect(
			speakersOf(
				'What I’ll say is that the Harbour Board has said that the gate was set up "in order to stop the smuggling of fuel".'
			)
		).toEqual([['in order to stop the smuggling of fuel', 'Harbour Board']]);
	});

	it('gives "the spokesperson said" to the body an unnamed spokesperson spoke for before', () => {
		expect(
			speakersOf(
				'“We want the quay open,” said Anahit, a mother of three from Portvale.',
				'A spokesperson for the Lindish Red Cross said that its crews had taken sixty patients across. “Our role is neutral,” the spokesperson said.'
			)
		).toEqual([
			['We want the quay open,', 'Anahit'],
			['Our role is neutral,', 'Lindish Red Cross']
		]);
	});

	it('gives the words after ", however, X insisted" to X, not to the subject of the first clause', () => {
		expect(
			speakersOf(
				'Lindmoor has described the gate as "unacceptable", however in its first announcement Portvale insisted that the gate was "set up together with the harbour board".'
			)
		).toEqual([['set up together with the harbour board', 'Portvale']]);
	});

	it('takes a programme’s title in marks after "titled" for no quote, full stops and all', () => {
		expect(
			speakersOf('He spoke on a television programme titled “Lindmoor. Harbour. People.” on Sunday.')
		).toEqual([]);
	});

	it('never makes "What I’ll" a person a later "he" stands for', () => {
		expect(
			speakersOf(
				'MR PATEL: I\'m not going to get into our assessments. What I\'ll say is that the State Border Service of Azerbaijan has said that the checkpoint was set up "in order to prevent the illegal transportation of weapons".',
				"MR PATEL: That's for the parties to decide. What's clear is that the Secretary has been deeply engaged. He told both leaders on the phone last week, and I'm reading from the readout: \"There is no military solution, and no one should try to create one on the ground.\""
			).map(([, who]) => who)
		).not.toContain("What I'll");
	});

	it('gives a headline’s quote to the name before "at the …:"', () => {
		expect(speakersOf('Darvin at the board: "We have applied to the port and to our partners"')).toEqual([
			['We have applied to the port and to our partners', 'Darvin']
		]);
	});
});
