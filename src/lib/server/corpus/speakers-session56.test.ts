// Session 56: speakers a blind set showed lost or cut short. Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf, speakersOn } from './__fixtures__/speaker-run';

describe('speakers: session 56', () => {
	it('keeps a name’s particles, one or two, in a subject before the verb ("Analyst Lev de Darvin of X said")', () => {
		expect(
			speakersOf(
				'Analyst Lev de Darvin of the Portvale Institute said the statement showed “how little is left of the old mediation.”'
			)
		).toEqual([['how little is left of the old mediation.', 'Lev de Darvin']]);
		expect(speakersOf('Vera von der Lind said: “We stand with the refugees.”')).toEqual([
			['We stand with the refugees.', 'Vera von der Lind']
		]);
	});

	it('gives a bare title the one holder of that office the article names, never the last person named', () => {
		const lines = [
			'“We lost our own today,” said Vera, 52, from Kelvarn.',
			'In Yerevan, protesters demand Pashinyan’s resignation. The Prime Minister says Armenia “will not be dragged into military action.”'
		];
		expect(speakersOn('2023-09-20', ...lines)).toEqual([
			['We lost our own today,', 'Vera'],
			['will not be dragged into military action.', 'Nikol Pashinyan']
		]);
		// Two holders of the office named (Aliyev's and Putin's presidency): no one is picked for "the President".
		expect(
			speakersOn(
				'2023-09-20',
				'Aliyev spoke to Putin by phone on Tuesday. “We lost our own today,” said Vera, 52, from Kelvarn.',
				'The President says the region “will not be dragged into a new war.”'
			)[1]
		).toEqual(['will not be dragged into a new war.', null]);
	});

	it('gives a headline’s quote the speaker of the body’s quote of its words, wrapped across lines or shorter by a word', () => {
		const wrapped = speakersOf(
			'Peacekeepers head south: ‘Our task is to stop the\nshooting’',
			'The commander, Lev Darvin, spoke at the airfield. “Our task is to stop the\nshooting,” he said.'
		);
		expect(wrapped[0]).toEqual(['Our task is to stop the\nshooting', 'Lev Darvin']);
		const shorter = speakersOf(
			'‘We have agreed to step up work on a treaty’ – Lind after the talks',
			'Council President Vera Lind said the two sides “have agreed to step up work on a treaty” and would meet again.'
		);
		expect(shorter[0]).toEqual(['We have agreed to step up work on a treaty', 'Vera Lind']);
	});

	it('takes no capitalised bare noun ("FLASH: Ministry says …") for the body "the ministry" stands for', () => {
		expect(
			speakersOf(
				'Russia’s Defense Ministry said Saturday that troops had entered the zone near Kelvarn.',
				'FLASH: Ministry says drones carried out four strikes near Kelvarn.',
				'“The command has appealed to the other side to withdraw its troops,” the ministry said in a statement.'
			)
		).toEqual([
			['The command has appealed to the other side to withdraw its troops,', 'Russia’s Defense Ministry']
		]);
	});

	it('gives "the ministry spokesperson" the ministry named before, not the last person', () => {
		expect(
			speakersOf(
				'“This is our land,” Vera Lind, one of the protesters, told the site.',
				'A representative of the Ministry of Ecology said its specialists had gone to the area. “For three days we have waited for an answer,” the ministry spokesperson said.'
			)
		).toEqual([
			['This is our land,', 'Vera Lind'],
			['For three days we have waited for an answer,', 'Ministry of Ecology']
		]);
	});

	it('takes a name before "defended" for the subject "he" stands for, not the last speaker', () => {
		expect(
			speakersOf(
				'Darvin replied that “there is no corridor any more.”',
				'What of the peacekeepers? In Portvale, Lind defended them. “Our peacekeepers,” he said, “are doing everything.”'
			)
		).toEqual([
			['there is no corridor any more.', 'Darvin'],
			['Our peacekeepers,', 'Lind'],
			['are doing everything.', 'Lind']
		]);
	});

	it('reads a gloss on the words after a quote (“…,” a phrase his office repeated) as no attribution', () => {
		expect(
			speakersOf(
				'Prime Minister Lev Darvin, who travelled to Portvale in April for talks, said before leaving that Velsk expected its ally “to fulfil its obligations in full,” a phrase his office repeated twice the same day.'
			)
		).toEqual([['to fulfil its obligations in full,', 'Lev Darvin']]);
	});

	it('gives the words after a participle of speech (“writing that”, “reminding readers that”) the clause’s subject', () => {
		expect(
			speakersOf(
				'The newspaper Portvale Daily questioned in an editorial whether the protest helped, writing that “the world sees tents and flags, not the mines.”'
			)
		).toEqual([['the world sees tents and flags, not the mines.', 'Portvale Daily']]);
		expect(
			speakersOf(
				'Harbour, an independent-minded daily in Velsk, was more cautious, reminding readers that “nothing in the new route changes that in law.”'
			)
		).toEqual([['nothing in the new route changes that in law.', 'Harbour']]);
	});
});
