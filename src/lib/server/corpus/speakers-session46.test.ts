// Session 46: speakers holdout76 showed lost or given to the wrong person or body. Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 46', () => {
	it('gives "she said" the body whose unnamed spokeswoman urged something before it', () => {
		expect(
			speakersOf(
				'In Lindmoor, a spokeswoman for the Dornian Foreign Office urged both ports to reopen the ferry. "Freedom of movement must be guaranteed," she said.'
			)
		).toEqual([['Freedom of movement must be guaranteed,', 'Dornian Foreign Office']]);
	});

	it('gives "it said" after "their presidency said in a statement" no one, not a ministry named before', () => {
		expect(
			speakersOf(
				'Ferries stopped at Portvale, the Dornian Defence Ministry said. “Crews are safe,” the ministry said.',
				'The harbour council accepted the offer, their presidency said in a statement. “Our boats will be handed over,” it said.'
			)
		).toEqual([
			['Crews are safe,', 'Dornian Defence Ministry'],
			['Our boats will be handed over,', null]
		]);
	});

	it('keeps a document "their bulletin says" the voice of the body named before', () => {
		expect(
			speakersOf(
				'Vera Lind: I refer you to the Dornian Defence Ministry. Their bulletin says that "the crews have left 13 posts on the coast", and the work goes on.'
			)
		).toEqual([['the crews have left 13 posts on the coast', 'Dornian Defence Ministry']]);
	});

	it('gives a separatist body no one, not a ministry named before', () => {
		expect(
			speakersOf(
				'The Dornian Defence Ministry said its crews had moved. “Crews carry on,” the ministry said.',
				'“We are ready for talks,” a statement from the separatist presidency said.'
			)
		).toEqual([
			['Crews carry on,', 'Dornian Defence Ministry'],
			['We are ready for talks,', null]
		]);
	});

	it('names the man who gave his name only, after his age and his town', () => {
		expect(
			speakersOf(
				'“They stood and watched,” said a 61-year-old man from Portvale who gave his name only as Gagik.'
			)
		).toEqual([['They stood and watched,', 'Gagik']]);
	});

	it('gives "she said" the woman named since, not a man who gave his name before', () => {
		expect(
			speakersOf(
				'“They stood and watched,” said a man who gave his name only as Gagik.',
				'Vera Lind, administrator of the U.S. Agency for Harbour Aid, visited the quay. “We see the cost of the strike,” she said.'
			)
		).toEqual([
			['They stood and watched,', 'Gagik'],
			['We see the cost of the strike,', 'Vera Lind']
		]);
	});

	it('takes no person from the words after "and" in an institute’s name', () => {
		expect(
			speakersOf(
				'Lev Darvin of the Institute of Sea Trade and Coastal Relations noted that the strike would not last. “It removes an irritant,” he told Harbour Radio.'
			)
		).toEqual([['It removes an irritant,', 'Lev Darvin']]);
	});

	it('gives "a spokesman says" the body the sentence before names', () => {
		expect(
			speakersOf(
				'April 17: The Harbour Council confirms the ferries have stopped. “The process is under way,” a spokesman says when asked.'
			)
		).toEqual([['The process is under way,', 'Harbour Council']]);
	});

	it('gives a nation’s many no voice: "the brother of one of the Armenian sailors told"', () => {
		expect(
			speakersOf(
				'“Twenty days ago they were surrounded,” the brother of one of the Armenian sailors told Harbour Radio.'
			)
		).toEqual([['Twenty days ago they were surrounded,', null]]);
	});

	it('gives a body’s clarification its voice', () => {
		expect(
			speakersOf(
				'The Dornian Defence Ministry has issued a clarification. “The video corresponds to reality,” the clarification reads.'
			)
		).toEqual([['The video corresponds to reality,', 'Dornian Defence Ministry']]);
	});

	it('names the writer after an exclamation, a name and its appositive before the verb', () => {
		expect(
			speakersOf(
				'"Portvale is ours! The flag is flying again!" Vera Lind, assistant to the President of Dornia, wrote on her Telegram channel.'
			)
		).toEqual([['Portvale is ours! The flag is flying again!', 'Vera Lind']]);
	});

	it('gives a channel "close to the ministry" no one, not the ministry', () => {
		expect(
			speakersOf(
				'A Dornian Telegram channel close to the defence ministry wrote: "The last flag over the harbour has been lowered."'
			)
		).toEqual([['The last flag over the harbour has been lowered.', null]]);
	});

	it('gives "he said" opening a paragraph the body whose spokesman, unnamed, opened the one before', () => {
		expect(
			speakersOf(
				'A spokesman for the Harbour Council in Portvale, who asked not to be named, told reporters that the quay was one of the most sensitive.',
				'"Our task is to prevent escalation," he said.'
			)
		).toEqual([['Our task is to prevent escalation,', 'Harbour Council']]);
	});

	it('keeps an unnamed official of a government no one', () => {
		expect(
			speakersOf(
				'A senior official in the Dornian government, speaking on condition of anonymity, answered me: "Nobody knows."'
			)
		).toEqual([['Nobody knows.', null]]);
	});

	it('names the speaker after a quote "went on"', () => {
		expect(
			speakersOf('“They will not force us to leave,” Vera Lind went on, addressing the people at the gate.')
		).toEqual([['They will not force us to leave,', 'Vera Lind']]);
	});

	it('gives "the post said" the one who posted, as "the post read"', () => {
		expect(
			speakersOf(
				'Mayor Lev Darvin announced the deal overnight in a post on Facebook, calling it “more painful than anything I have signed.”',
				'“I did it so that the crews would be safe,” the post said.'
			)
		).toEqual([
			['more painful than anything I have signed.', 'Lev Darvin'],
			['I did it so that the crews would be safe,', 'Lev Darvin']
		]);
	});

	it('gives "the statement reads" the body that spoke, not a leader of those who signed another statement', () => {
		expect(
			speakersOf(
				'Units of the Dornian Army entered the port on November 25, the Ministry of Defense of the Republic of Dornia said, Harbour Press reports.',
				'According to the ministry, the units moved in under the trilateral statement signed by the President of Azerbaijan, the Prime Minister of Armenia and the President of Russia on November 10.',
				'"Units of the Dornian Army entered the port on November 25," the statement reads.',
				'Russian President Vladimir Putin said later that the peacekeepers had taken over the monastery.'
			)
		).toEqual([
			[
				'Units of the Dornian Army entered the port on November 25,',
				'Ministry of Defense of the Republic of Dornia'
			]
		]);
	});
	it('gives relayed words the one who first spoke them', () => {
		expect(
			speakersOf(
				'Spokesman Lev Darvin told reporters that Mayor Vera Lind had described the deal as a basis for “a lasting peace on the coast” and had spoken to both sides.'
			)
		).toEqual([['a lasting peace on the coast', 'Vera Lind']]);
		expect(
			speakersOf(
				'Lev Darvin met us at the gate. He told me that a guard at the bridge had said, "We have no orders to interfere." That explains everything.'
			)
		).toEqual([['We have no orders to interfere.', null]]);
	});

	it('gives a decree’s words its signatory named with a lowercase title, entries later', () => {
		expect(
			speakersOf(
				'The decree, signed by harbour leader Vera Lind, said all offices "will close by January 1."',
				'07:52 GMT',
				'The decree said residents should "study the terms on offer" presented by Dornia.'
			)
		).toEqual([
			['will close by January 1.', 'Vera Lind'],
			['study the terms on offer', 'Vera Lind']
		]);
	});

	it('gives words relayed after "He said X had told" X, not the spokesman who relays them', () => {
		expect(
			speakersOf(
				'In Lindmoor, foreign ministry spokesman Lev Darvin said Dornia "respects the choice of the countries concerned" and hoped the coast would remain stable. He said Foreign Minister Vera Lind had told her Portvale counterpart in April that Dornia supported "the connectivity of the region," a reference to the ferry route.'
			)
		).toEqual([
			['respects the choice of the countries concerned', 'Lev Darvin'],
			['the connectivity of the region,', 'Vera Lind']
		]);
	});
	it('gives "he said" no one after a paragraph that ends with an unnamed official speaking, not a president named before', () => {
		expect(
			speakersOf(
				'President Recep Tayyip Erdogan said the deal was a victory.',
				'In Portvale the streets were quiet. A local official reached by phone said trucks had passed the quay before dusk.',
				'“They waved at us,” he said.'
			)
		).toEqual([['They waved at us,', null]]);
	});
	it('keeps "she" the mother named in apposition, and a phone call no relayed speech', () => {
		expect(
			speakersOf(
				'Her mother, Vera Lind, said the officer at the gate had told them: “Tomorrow the road will be open.”',
				'“He has been saying that since December” — she laughed — “and we still went out by boat.”'
			)
		).toEqual([
			['Tomorrow the road will be open.', null],
			['He has been saying that since December', 'Vera Lind'],
			['and we still went out by boat.', 'Vera Lind']
		]);
	});

	it('gives "The President of Azerbaijan said" no one when the article names no holder, not a spokesman named before', () => {
		expect(
			speakersOf(
				'Kremlin spokesman Dmitry Peskov said Moscow was in contact with Baku.',
				'The President of Azerbaijan said that "all tasks in the region" had been completed.'
			)
		).toEqual([['all tasks in the region', null]]);
	});

	it('keeps "the office of the ombudsman of X" the office’s voice, not no one', () => {
		const found = speakersOf(
			'Water workers came under fire on Monday.',
			'«One of them was killed, three were wounded,» the office of the ombudsman of Artsakh said.'
		);
		expect(found).toHaveLength(1);
		expect(found[0]![1]).toMatch(/ombudsman of Artsakh$/);
	});

	it('gives a message "stating that:" its issuer', () => {
		expect(
			speakersOf(
				'The Information Headquarters of Dornia issued a message stating that: “We have grounds to assume a new crisis.”'
			)
		).toEqual([['We have grounds to assume a new crisis.', 'Information Headquarters of Dornia']]);
	});

	it('names the writer after a quote that ends in an editor’s bracket', () => {
		expect(speakersOf('“30 patients waiting for transfer [to Lindmoor,]” Vera Lind wrote on X.')).toEqual([
			['30 patients waiting for transfer [to Lindmoor,]', 'Vera Lind']
		]);
	});
});
