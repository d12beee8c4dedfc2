// Session 27: speakers that real pages (read through the search tool's stored pages, not copied) gave
// wrongly: a subject found across a sentence's end, "said Name" as the subject a later "the local leader"
// stands for, "The statement read," before the words, an auxiliary ("the Kremlin did say") and "the
// country's ministry". Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 27', () => {
	it('never takes a village before a sentence’s end for the subject of the next sentence’s verb', () => {
		expect(
			speakersOf(
				'In the village of Tsaghkavan, most families left. The road is closed in winter, explains Arsen Melkonyan, the district head.',
				'“We will stay as long as the school stays,” the local leader said.'
			)
		).toEqual([['We will stay as long as the school stays,', 'Arsen Melkonyan']]);
	});

	it('takes "said Name" after its words as a subject that a later descriptor stands for', () => {
		expect(
			speakersOf(
				'Governor Ilham Mammadov announced a new road last spring.',
				'Twelve families stayed in the village, said Karen Sahakyan, the head of the community.',
				'“We are staying because the graves are here,” the community leader stated.'
			)
		).toEqual([['We are staying because the graves are here,', 'Karen Sahakyan']]);
	});

	it('gives "The statement read, “…”" to the body that released the statement', () => {
		expect(
			speakersOf(
				'The Ministry of Defence released a statement on Tuesday evening. The statement read, “A patrol vehicle came under fire near the village.”'
			)
		).toEqual([['A patrol vehicle came under fire near the village.', 'Ministry of Defence']]);
	});

	it('drops the auxiliary of "the Kremlin did say"', () => {
		expect(
			speakersOf('The Kremlin did say the president “deeply regretted the loss of the servicemen” on Monday.')
		).toEqual([['deeply regretted the loss of the servicemen', 'Kremlin']]);
	});

	it('reads "the country’s Defence Ministry" as the ministry', () => {
		expect(
			speakersOf(
				'“Some 40 tonnes of flour reached the town on Friday,” according to the country’s Defence Ministry.'
			)
		).toEqual([['Some 40 tonnes of flour reached the town on Friday,', 'Defence Ministry']]);
	});
});
