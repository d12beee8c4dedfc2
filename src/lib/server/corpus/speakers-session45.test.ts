// Session 45: speakers holdout74 and probes 30 and 31 (real pages) showed lost or given to the wrong person or body.
// Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 45', () => {
	it('names the commander a possessive describes, after the quote, rank and all', () => {
		expect(
			speakersOf(
				'“Our crews are on the quay wherever there is a risk,” their commander, Lieutenant General Lev Darvin, told Harbour Radio.'
			)
		).toEqual([['Our crews are on the quay wherever there is a risk,', 'Lev Darvin']]);
		expect(
			speakersOf(
				'“Our crews are on the quay wherever there is a risk,” said their commander, Colonel Lev Darvin.'
			)
		).toEqual([['Our crews are on the quay wherever there is a risk,', 'Lev Darvin']]);
	});

	it('takes no person from a body’s name joined by "and" ("… for Strategic and International Studies told")', () => {
		expect(
			speakersOf(
				'Analyst Vera Lind of the Foundation for Strategic and International Studies told Harbour Radio that Dornia wanted calm. “Both ports are our partners,” she said.'
			)
		).toEqual([['Both ports are our partners,', 'Vera Lind']]);
	});

	it('gives "the statement said" to the body that "said in a written statement", not to a body named in between', () => {
		expect(
			speakersOf(
				'A joint harbour office opened in Lindmoor on Monday, the Dornian Transport Ministry has announced.',
				'The Joint Harbour Office, built near the quay, will watch the ferries, the ministry said in a written statement.',
				'“Our staff at the office will work together with their colleagues,” the statement said.'
			)
		).toEqual([
			['Our staff at the office will work together with their colleagues,', 'Dornian Transport Ministry']
		]);
		expect(
			speakersOf(
				'The Dornian Transport Ministry in Lindmoor said in its daily bulletin that the crews had stopped work.',
				'“Measures are being taken to settle the strike,” the bulletin said.'
			)
		).toEqual([['Measures are being taken to settle the strike,', 'Dornian Transport Ministry']]);
	});

	it('gives a region’s unnamed body no one’s name, not the other side’s ministry named before', () => {
		expect(
			speakersOf(
				'Dornia’s Transport Ministry said it had closed the harbour.',
				'“Our crews are holding the quay,” a statement from the region’s harbour guard said.'
			)
		).toEqual([['Our crews are holding the quay,', null]]);
	});

	it('gives "An X spokesperson in <city> said" and "the spokesperson said" after it to the body', () => {
		expect(
			speakersOf(
				'An HRC spokesperson in Portvale said the organisation was “in dialogue with both sides” on the ferries.',
				'“What matters for us is that the islanders receive food,” the spokesperson said.'
			)
		).toEqual([
			['in dialogue with both sides', 'HRC'],
			['What matters for us is that the islanders receive food,', 'HRC']
		]);
	});

	it('gives a statement signed by many groups to no one, not to a body named before', () => {
		expect(
			speakersOf(
				'“Our inspectors must be given access,” the Ministry of Ecology and Harbours said in a statement.',
				'A joint statement by more than 60 groups said the protest had no aim. “We are not blocking the quay,” the statement read.'
			)
		).toEqual([
			['Our inspectors must be given access,', 'Ministry of Ecology and Harbours'],
			['We are not blocking the quay,', null]
		]);
	});

	it('names the body whose spokesperson, the U.S.-based group or the watchdog, speaks', () => {
		expect(
			speakersOf(
				'Harbour Rights Watch said on Tuesday that the crews had been mistreated.',
				'“They held the crews for days,” the Lindmoor-based group said. “Nobody was charged,” the watchdog said.'
			)
		).toEqual([
			['They held the crews for days,', 'Harbour Rights Watch'],
			['Nobody was charged,', 'Harbour Rights Watch']
		]);
	});

	it('names the holder of "the Prime Minister of Armenia" (on the article’s date) from the article', () => {
		expect(
			speakersOf(
				'“The strike is a show for the cameras,” the Prime Minister of Armenia said.',
				'Nikol Pashinyan made the remarks at a cabinet meeting on Thursday.'
			)
		).toEqual([['The strike is a show for the cameras,', 'Nikol Pashinyan']]);
	});

	it('gives the words to the one who serves, not to the one served ("X, a spokesperson for Y, Z, said")', () => {
		expect(
			speakersOf(
				'Lev Darvin, a spokesperson for the harbour master, Vera Lind, said the port was “gravely concerned by the strike” and called for calm.'
			)
		).toEqual([['gravely concerned by the strike', 'Lev Darvin']]);
		expect(
			speakersOf(
				'The “passage of the ferries was ensured”, Lev Darvin, adviser to Dornia’s President Vera Lind said.'
			)
		).toEqual([['passage of the ferries was ensured', 'Lev Darvin']]);
	});

	it('names the holder after a department’s title and before the colon', () => {
		expect(
			speakersOf(
				'Head of the Presidential Administration’s harbour department Lev Darvin: “The operation is aimed only at the quay.”'
			)
		).toEqual([['The operation is aimed only at the quay.', 'Lev Darvin']]);
	});

	it('gives the words to the one a statement cites by name, "citing …, X, that “…”"', () => {
		expect(
			speakersOf(
				'The bulletin said, citing the commander of the contingent, Major General Lev Darvin, that the posts would stay “for as long as the strike lasts”.'
			)
		).toEqual([['for as long as the strike lasts', 'Lev Darvin']]);
	});

	it('gives "reads the decree, signed by X" to X', () => {
		expect(
			speakersOf('“The harbour office shall see to the ferries,” reads the decree, signed by Vera Lind.')
		).toEqual([['The harbour office shall see to the ferries,', 'Vera Lind']]);
	});

	it('keeps a body named by whose office it is whole ("the office of Dornia’s harbour ombudsman")', () => {
		expect(
			speakersOf(
				'The office of Dornia’s harbour ombudsman in Lindmoor has registered more than 30 complaints.',
				'“Each case is reported to the harbour master,” the office wrote in a reply.'
			)
		).toEqual([['Each case is reported to the harbour master,', 'office of Dornia’s harbour ombudsman']]);
	});

	it('gives "According to a statement on the ministry’s Telegram channel, X “…”" to the ministry', () => {
		expect(
			speakersOf(
				'The Dornian Transport Ministry reported the incident.',
				'According to a statement on the ministry’s Telegram channel published on Saturday, the crews “left the quay and set up a picket” on Thursday.'
			)
		).toEqual([['left the quay and set up a picket', 'Dornian Transport Ministry']]);
	});

	it('gives "the statement said" after "the agency said in a statement" to the body, not to the outlet whose masthead says Agency', () => {
		expect(
			speakersOf(
				'HARBOUR Information Agency reports.',
				'Lindmoor / 24.04.23: The Harbour Border Service of Dornia on Sunday set up a checkpoint at the quay, the agency said in a statement.',
				'“A checkpoint has been set up to secure the harbour,” the statement said.'
			)
		).toEqual([['A checkpoint has been set up to secure the harbour,', 'Harbour Border Service of Dornia']]);
	});
});
