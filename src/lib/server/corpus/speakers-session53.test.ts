// Session 53: speakers a blind set showed lost or given the wrong form. Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 53', () => {
	it('gives "he said" to a member named before his faction ("X of the Y party said …"), not to the one quoted before', () => {
		expect(
			speakersOf(
				'In Portvale, the committee chair, Vera Lind, told lawmakers the plan was sound. “We are ready,” she said. Lawmaker Karo Dornick of the Unity party said the chamber should hear the officers. “We want to know what they do every day,” he said.'
			)
		).toEqual([
			['We are ready,', 'Vera Lind'],
			['We want to know what they do every day,', 'Karo Dornick']
		]);
	});

	it('gives "he said" to a chair named with his faction between commas ("The chair, X of the Y faction, told reporters")', () => {
		expect(
			speakersOf(
				'Lawmakers questioned Deputy Minister Lev Darvin in a closed hearing.',
				'The committee’s chair, Karo Dornick of the ruling Harbour faction, told reporters the members had been briefed. “The road is closed,” he said.'
			)
		).toEqual([['The road is closed,', 'Karo Dornick']]);
	});

	it('names "the Russian peacekeeping command" as a body, so its statement read after is the command’s', () => {
		expect(
			speakersOf(
				'The Russian peacekeeping command said in a statement that it was holding talks with both sides. The statement says the peacekeepers are working “to unblock the road and to ensure the movement of civilian vehicles”.'
			)
		).toEqual([
			['to unblock the road and to ensure the movement of civilian vehicles', 'Russian peacekeeping command']
		]);
	});

	it('gives a statement to the office that accepted a proposal, not to the command that made it', () => {
		expect(
			speakersOf(
				'The office of the Dornian president, Karo Dornick, says it has accepted a proposal by the Russian peacekeeping command for a ceasefire.',
				'“The remaining units will be disarmed,” the statement says.'
			)
		).toEqual([['The remaining units will be disarmed,', 'office of the Dornian president']]);
	});

	it('gives "The document says that … “…”" to the issuer of the letter read out before, not to the one who read it', () => {
		expect(
			speakersOf(
				'Speaker Vera Lind opened the debate by reading out a letter from the Ministry of Defence. The document says that the contingent “must act strictly within the statement,” and that any other route “is a violation of sovereignty.”'
			)
		).toEqual([
			['must act strictly within the statement,', 'Ministry of Defence'],
			['is a violation of sovereignty.', 'Ministry of Defence']
		]);
	});

	it('gives "The document notes that … “…”" to the body whose statement it is', () => {
		expect(
			speakersOf(
				'The Dornian Foreign Ministry, in a statement issued on Wednesday, said the road “remains open for civilian purposes.” The document notes that since May “more than 400 vehicles have passed freely.”'
			)
		).toEqual([
			['remains open for civilian purposes.', 'Dornian Foreign Ministry'],
			['more than 400 vehicles have passed freely.', 'Dornian Foreign Ministry']
		]);
	});

	it('keeps a body’s whole name "X of the Y" when an appositive stands before its verb', () => {
		expect(
			speakersOf(
				'The International Committee of the Red Cross, the only organization still able to cross, said in a statement that it was “deeply concerned about the situation” in the region.'
			)
		).toEqual([['deeply concerned about the situation', 'International Committee of the Red Cross']]);
	});

	it('gives "the post said" after "A post on the ministry’s channel" to the ministry, not to "ministry’s channel"', () => {
		expect(
			speakersOf(
				'Troops began flying in on Tuesday, the Dornian Defence Ministry said on its Telegram channel.',
				'A post on the ministry’s channel said planes had taken off. “The units will deploy along the line of contact,” the post said.'
			)
		).toEqual([['The units will deploy along the line of contact,', 'Dornian Defence Ministry']]);
	});

	it('reads "the Rev." and "His Holiness" as titles before the name, not as the speaker', () => {
		expect(
			speakersOf(
				'“We prayed for peace,” said the Rev. Karo Dornick, pastor of St. Mary’s Church.',
				'“The world looked away,” said His Holiness Aram I, Catholicos of the Great House of Cilicia.'
			)
		).toEqual([
			['We prayed for peace,', 'Karo Dornick'],
			['The world looked away,', 'Aram I']
		]);
	});

	it('never takes a town set off as "its southern town" for the subject a later "he" stands for', () => {
		expect(
			speakersOf(
				'Dornia would keep control of any route through Lindmoor, its southern town on the border, said transport official Lev Darvin. "Unblocking is in our interest too," he said.'
			)
		).toEqual([['Unblocking is in our interest too,', 'Lev Darvin']]);
	});

	it('gives a fact-check’s "Claim: “…”" heading to no one rather than to the word "Claim"', () => {
		expect(
			speakersOf(
				'Claim: “The peacekeepers stopped the war in one day”',
				'The claim was made on state television on Sunday.'
			)
		).toEqual([['The peacekeepers stopped the war in one day', null]]);
	});

	it('gives a statement to "the office of the … president" that announced it, not to the command whose proposal it accepted', () => {
		expect(
			speakersOf(
				'The authorities agreed to a ceasefire proposed by the command of the Russian peacekeepers, the office of the Dornian president said. “The defence army will be disbanded and disarmed,” the statement said.'
			)
		).toEqual([['The defence army will be disbanded and disarmed,', 'office of the Dornian president']]);
	});

	it('gives "he said" to the man named before "His neighbours …", a plural no "he" stands for', () => {
		expect(
			speakersOf(
				'Karo Dornick was unscrewing the water heater. His neighbours had already taken apart their greenhouses. “I built this house,” he said.',
				'A group of residents wrote to the command. A peacekeeping officer at the bridge told reporters he could not discuss politics. “We protect the road,” he said.'
			)
		).toEqual([
			['I built this house,', 'Karo Dornick'],
			['We protect the road,', null]
		]);
	});

	it('gives "the letter reads" to the one who sent the letter, not to the spokeswoman who read it out', () => {
		expect(
			speakersOf(
				'At a briefing, the ombudsman’s spokeswoman, Vera Lind, read out a letter the ombudsman Karo Dornick had sent to the Red Cross. “Hospitals lack medicines,” the letter reads.'
			)
		).toEqual([['Hospitals lack medicines,', 'Karo Dornick']]);
	});

	it('gives "Point 2 says …" and "The third read:" to the issuer of the document named before', () => {
		expect(
			speakersOf(
				'The Dornian Border Service published an order explaining how the post will work. The order has eight points. Point 2 says the checkpoint was set up “in order to prevent the smuggling of weapons and mines”.',
				'The Dornian Defence Ministry’s bulletin ran to four paragraphs. The third read: “An appeal has been sent to withdraw the troops.”'
			)
		).toEqual([
			['in order to prevent the smuggling of weapons and mines', 'Dornian Border Service'],
			['An appeal has been sent to withdraw the troops.', 'Dornian Defence Ministry']
		]);
	});

	it('gives a point of a statement several leaders signed to no one body', () => {
		expect(
			speakersOf(
				'The Dornian Defence Ministry said its troops had set up posts. Under the deal signed by the leaders of Dornia, Portia and Lindmoor, troops will deploy for five years. The statement sets out their tasks in nine points. Point 3 reads that the contingent is deployed “along the contact line.”'
			)
		).toEqual([['along the contact line.', null]]);
	});

	it('gives "the letter said" to the letter’s writer: "a letter from X, the …", "from the village head, X", "signed by X"', () => {
		expect(
			speakersOf(
				'A deacon read out to the pilgrims a letter from Karo Dornick, the Catholicos of All Dornians, in Lindmoor. “You are guards of prayer,” the letter said.',
				'MP Lev Darvin read out a letter from the village head, Vera Lind. “Our children cannot go to the spring,” the letter said.',
				'A spokesperson read out a letter the activists had sent. The letter was signed by Aram Kelvarn, chairman of a union. “We are not against the peacekeepers,” the letter said.'
			)
		).toEqual([
			['You are guards of prayer,', 'Karo Dornick'],
			['Our children cannot go to the spring,', 'Vera Lind'],
			['We are not against the peacekeepers,', 'Aram Kelvarn']
		]);
	});

	it('reads a name with a middle initial ("Dmitri S. Peskov") as the person a later "he" stands for', () => {
		expect(
			speakersOf(
				'Karo Dornick said the handover might slip.',
				'In Portvale, the Kremlin spokesman, Lev S. Darvin, rejected the suggestions. “Our servicemen are there,” he told reporters.'
			)
		).toEqual([['Our servicemen are there,', 'Lev S. Darvin']]);
	});
});
