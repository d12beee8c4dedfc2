// Session 47: speakers holdout75, holdout79 and two probes of real pages showed lost or given to the wrong person or body.
// Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 47', () => {
	it('gives "says Darvin\'s wife, Anush" the name the wife is given, not no one', () => {
		expect(
			speakersOf(
				'Lev Darvin keeps goats above the harbour.',
				'"When the patrol is here, nobody shoots. When it drives to Portvale, we keep the children inside," says Darvin\'s wife, Anush.'
			)
		).toEqual([
			[
				'When the patrol is here, nobody shoots. When it drives to Portvale, we keep the children inside,',
				'Anush'
			]
		]);
	});

	it('gives "the village head told us" no one when no one was introduced as running the village', () => {
		expect(
			speakersOf(
				'Vera Lind, an analyst in Portvale, spoke to us by phone.',
				'In Kelvarn, the village head told us, "We were told the patrol would protect us. Now I do not know who to call," and that is the mood everywhere.'
			)
		).toEqual([['We were told the patrol would protect us. Now I do not know who to call,', null]]);
	});

	it('gives "the village head" the one introduced paragraphs before as running the community', () => {
		expect(
			speakersOf(
				'The head of the village, a thickset man, counts the trucks. "Nobody here knows anything about the trucks," says Karo Dornick, who has run the community for eleven years.',
				'Vera Lind, an analyst in Portvale, disagrees.',
				'"We did not choose this," says the village head.'
			)
		).toEqual([
			['Nobody here knows anything about the trucks,', 'Karo Dornick'],
			['We did not choose this,', 'Karo Dornick']
		]);
	});

	it('gives "the Information Center said" the fuller name of the body named before', () => {
		expect(
			speakersOf(
				'The Kelvarn Information Center reported new shelling on Monday.',
				'Officials met on Tuesday.',
				'"We expect the mission to resolve the issue," the Information Center said.'
			)
		).toEqual([['We expect the mission to resolve the issue,', 'Kelvarn Information Center']]);
	});

	it('keeps the ministry itself, not "press service of the …" named before it', () => {
		expect(
			speakersOf(
				'Later the press service of the Dornian Defence Ministry reported that the crews had left.',
				'"All posts have been handed over," the Dornian Defence Ministry said.'
			)
		).toEqual([['All posts have been handed over,', 'Dornian Defence Ministry']]);
	});

	it('gives a quote the agency that "reports" it after a dash, with the comma outside the marks', () => {
		expect(
			speakersOf(
				'The patrol left Portvale on Friday.',
				'"The withdrawal of the contingent began on Friday morning", – reports APA.'
			)
		).toEqual([['The withdrawal of the contingent began on Friday morning', 'APA']]);
	});

	it('gives "a spokesperson for the ministry said" the ministry named before', () => {
		expect(
			speakersOf(
				"Dornia's Ministry of Emergency Situations registers the families.",
				'"Families are registered in Portvale and receive food before they cross," a spokesperson for the ministry said.'
			)
		).toEqual([
			[
				'Families are registered in Portvale and receive food before they cross,',
				"Dornia's Ministry of Emergency Situations"
			]
		]);
	});

	it('gives "the ICRC\'s office in Portvale said" the ICRC, not its office', () => {
		expect(
			speakersOf(
				'The ICRC said it had delivered aid to Kelvarn.',
				'"Roofs and windows come first, before the snow," the ICRC\'s office in Portvale said in a message.'
			)
		).toEqual([['Roofs and windows come first, before the snow,', 'ICRC']]);
	});

	it('gives "said one woman, a teacher who gave her name as Anna Lind" the name she gave', () => {
		expect(
			speakersOf(
				'Shells hit the harbour overnight.',
				'"We have been in the cellar since one o\'clock," said one woman, a teacher who gave her name as Anna Lind.'
			)
		).toEqual([["We have been in the cellar since one o'clock,", 'Anna Lind']]);
	});

	it('gives words a witness "testified" the witness', () => {
		expect(
			speakersOf(
				'According to the court record, a witness, Sergeant Lev Darvin, testified that the car "was driving without an escort because the radio had been down since morning."'
			)
		).toEqual([
			['was driving without an escort because the radio had been down since morning.', 'Lev Darvin']
		]);
	});

	it('resolves "he said" to a name printed with a middle initial', () => {
		expect(
			speakersOf(
				'Lev D. Darvin told reporters in Portvale that the handover would be slow. "The crews will stay as long as the ports need them," he said.'
			)
		).toEqual([['The crews will stay as long as the ports need them,', 'Lev D. Darvin']]);
	});

	it('gives "the bulletin of the Ministry of X informs" after a quote the ministry', () => {
		expect(
			speakersOf(
				'The last posts were removed on Friday.',
				'"The dismantling of the temporary posts has been completed," the bulletin of the Ministry of Defence of Dornia informs.'
			)
		).toEqual([
			['The dismantling of the temporary posts has been completed,', 'Ministry of Defence of Dornia']
		]);
	});

	it('resolves "he said" past the last of a list of places after "residents of"', () => {
		expect(
			speakersOf(
				'Lev Darvin said residents of Lachin, Zabukh and Sus had left their houses.',
				'"This is the same picture we saw in Lindmoor two years ago," he said.'
			)
		).toEqual([['This is the same picture we saw in Lindmoor two years ago,', 'Lev Darvin']]);
	});

	it('gives a translation\'s "it was noted" the body named before', () => {
		expect(
			speakersOf(
				'The Dornian Defence Ministry said positions near Portvale were shelled at night.',
				'"The enemy\'s firing points were silenced," it was noted.'
			)
		).toEqual([["The enemy's firing points were silenced,", 'Dornian Defence Ministry']]);
	});

	it('gives a quote that opens with its predicate the minister named with a long title right before it', () => {
		expect(
			speakersOf(
				'Dornian Foreign Minister Lev Darvin "condemned the arbitrary reading of the harbour agreement" in a call with his counterpart.'
			)
		).toEqual([['condemned the arbitrary reading of the harbour agreement', 'Lev Darvin']]);
	});
});
