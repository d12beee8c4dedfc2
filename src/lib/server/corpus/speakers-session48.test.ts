// Session 48: speakers four probes of real pages showed lost or given to the wrong person or body.
// Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 48', () => {
	it('reads past an opening "As reported by …," to the one who speaks', () => {
		expect(
			speakersOf(
				'As previously reported by the Harbour Post, at the council session on Monday, Mayor Vera Lind said, "If the patrol cannot keep the road open, it should ask for help."'
			)
		).toEqual([['If the patrol cannot keep the road open, it should ask for help.', 'Vera Lind']]);
	});

	it('gives "According to the Kremlin report, “…”" the report\'s issuer', () => {
		expect(
			speakersOf(
				'Lev Darvin spoke by phone with the mayor of Portvale.',
				'According to the Kremlin report, "The patrol keeps its posts in all weather and helps the families who stayed."'
			)
		).toEqual([['The patrol keeps its posts in all weather and helps the families who stayed.', 'Kremlin']]);
	});

	it('gives a quote after ", the Kremlin said," the Kremlin, not the one the clause before is about', () => {
		expect(
			speakersOf(
				'Lev Darvin expressed hope that the situation around Portvale would calm, the Kremlin said, "The hope was expressed that the talks will go on next week."'
			)
		).toEqual([['The hope was expressed that the talks will go on next week.', 'Kremlin']]);
	});

	it('gives "X was quoted as accusing … of “…”" to X', () => {
		expect(
			speakersOf(
				'Vera Lind was quoted as accusing the patrol of "standing by while the last families left Kelvarn."'
			)
		).toEqual([['standing by while the last families left Kelvarn.', 'Vera Lind']]);
	});

	it('gives "According to <title> <name>, the country has called …" the one named, not "the country"', () => {
		expect(
			speakersOf(
				'According to Chairman of the Dornian Security Council Karo Dornick, the country has called on its allies "to protect the borders of Dornia."'
			)
		).toEqual([['to protect the borders of Dornia.', 'Karo Dornick']]);
	});

	it('gives "the mother of many children said" the one introduced as "a mother of many children"', () => {
		expect(
			speakersOf(
				'Anush Darvin, a mother of many children from Kelvarn, hopes to stay.',
				'"During the war, we did not run away," the mother of many children said.'
			)
		).toEqual([['During the war, we did not run away,', 'Anush Darvin']]);
	});

	it('keeps a three-word quote with its comma before "says X" as speech', () => {
		expect(
			speakersOf(
				'Anush came back to Kelvarn in May.',
				'"It was cruel," says Anush, looking back on the year.'
			)
		).toEqual([['It was cruel,', 'Anush']]);
	});

	it("still takes words in marks that a verb follows as the sentence's subject for a term", () => {
		expect(speakersOf('"Harbour Post" writes about it every week.')).toEqual([]);
	});

	it('gives a quote ending in a comma, alone in its paragraph, to the person the next paragraph opens with', () => {
		expect(
			speakersOf(
				'Units entered the district on Tuesday.',
				'"I was 11 when we left. My father\'s grave is in Kelvarn. I will go there first,"',
				'Karo Dornick, an engineer who lives in a dormitory in Portvale, said he had watched the news all morning.'
			)
		).toEqual([
			["I was 11 when we left. My father's grave is in Kelvarn. I will go there first,", 'Karo Dornick']
		]);
	});

	it('still gives a quote ending in a full stop, alone in its paragraph, no one from the next paragraph', () => {
		expect(
			speakersOf(
				'Units entered the district on Tuesday.',
				'"The soldiers told us to go. That was three days ago."',
				'Anush Darvin, a teacher from Kelvarn, spoke to us by phone from a school in Portvale.'
			)
		).toEqual([['The soldiers told us to go. That was three days ago.', null]]);
	});

	it('drops "Ayatollah" from the name as a title', () => {
		expect(
			speakersOf(
				'Ayatollah Karo Dornick, the country\'s leader, has said that such a change "would be against the interests of the region," officials said.'
			)
		).toEqual([['would be against the interests of the region,', 'Karo Dornick']]);
	});

	it('gives a headline an outlet "carried" or "ran it under" to the outlet', () => {
		expect(
			speakersOf(
				'The daily Harbour Post carried the headline "Patrols will stay as long as Portvale wants" on February 12.',
				'When the deal was signed, the weekly Kelvarn Courier ran it under the headline "Peace comes in armoured cars."'
			)
		).toEqual([
			['Patrols will stay as long as Portvale wants', 'Harbour Post'],
			['Peace comes in armoured cars.', 'Kelvarn Courier']
		]);
	});

	it('gives "One of the Telegram channels close to X wrote:" no one, not X', () => {
		expect(
			speakersOf(
				'One of the Telegram channels close to the Portvale authorities wrote on Wednesday: "The road has been closed for 78 days."'
			)
		).toEqual([['The road has been closed for 78 days.', null]]);
	});

	it('gives "She reports: “…”" the correspondent introduced before', () => {
		expect(
			speakersOf(
				'Our correspondent Vera Lind is in Portvale, the town closest to the border.',
				'She reports: "The road to the bridge is quiet. Nobody has come across yet."'
			)
		).toEqual([['The road to the bridge is quiet. Nobody has come across yet.', 'Vera Lind']]);
	});

	it('gives "the officer said" the one the next paragraph names as "The officer, Maj. Gen. X,"', () => {
		expect(
			speakersOf(
				'The fall of Kelvarn all but decided the war.',
				'"We will stay as long as the statement says," the officer said.',
				'The officer, Maj. Gen. Lev Darvin, commands the contingent.'
			)
		).toEqual([['We will stay as long as the statement says,', 'Lev Darvin']]);
	});

	it('gives "the Ministry added" the ministry in its fullest form, with its state after "of"', () => {
		expect(
			speakersOf(
				'The Ministry of Foreign Affairs of the Republic of Dornia said the step was taken "in response to the misuse of the road for military purposes." The Ministry added that residents "will pass in a transparent manner, in accordance with the rules."'
			)
		).toEqual([
			[
				'in response to the misuse of the road for military purposes.',
				'Ministry of Foreign Affairs of the Republic of Dornia'
			],
			[
				'will pass in a transparent manner, in accordance with the rules.',
				'Ministry of Foreign Affairs of the Republic of Dornia'
			]
		]);
	});

	it('still gives "A Telegram channel close to X, Name, wrote" the channel named', () => {
		expect(
			speakersOf(
				'A Telegram channel close to the military, Harbour Watch, wrote that the last column had crossed the border and that "the history of the mission is over".'
			)
		).toEqual([['the history of the mission is over', 'Harbour Watch']]);
	});

	it('gives "the news release says" the body that issued it', () => {
		expect(
			speakersOf(
				'The Dornian Ministry of Defense issued a press release on Monday.',
				'"Members of armed groups tried to seize the high ground near Kelvarn," the news release says.'
			)
		).toEqual([
			['Members of armed groups tried to seize the high ground near Kelvarn,', 'Dornian Ministry of Defense']
		]);
	});

	it('keeps the bare name of a body when its fuller form with a state was named far back', () => {
		expect(
			speakersOf(
				'The Ministry of Defence of Dornia said its units had crossed the river.',
				'Residents of Kelvarn left in the night.',
				'The ferry to Portvale stopped.',
				'Shops in Lindmoor closed early.',
				'The Ministry of Defence later announced a curfew. "No one may leave after dark," it said.'
			)
		).toEqual([['No one may leave after dark,', 'Ministry of Defence']]);
	});

	it('gives "the EU spokesperson said" the EU, not the Kremlin spokesman named before', () => {
		expect(
			speakersOf(
				'Kremlin spokesman Dmitry Peskov said Moscow was watching Kelvarn closely.',
				'"Such incidents risk undermining the progress made, and must stop," the EU spokesperson said.'
			)
		).toEqual([['Such incidents risk undermining the progress made, and must stop,', 'EU']]);
	});

	it('still gives "the Kremlin spokesman said" the Kremlin spokesman named before', () => {
		expect(
			speakersOf(
				'Kremlin spokesman Dmitry Peskov said Moscow was watching Kelvarn closely.',
				'"Such incidents must stop," the Kremlin spokesman said.'
			)
		).toEqual([['Such incidents must stop,', 'Dmitry Peskov']]);
	});

	it('gives a question alone in its paragraph to the one the next sentence says "asks" or "expresses her bewilderment"', () => {
		expect(
			speakersOf(
				'The road to Kelvarn closed on Monday.',
				'"Why is there such a rush, why does no one defend our rights?" Anush Darvin expresses her bewilderment.'
			)
		).toEqual([['Why is there such a rush, why does no one defend our rights?', 'Anush Darvin']]);
	});
});
