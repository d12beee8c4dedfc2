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
});
