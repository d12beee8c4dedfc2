// Session 46: names holdout76 showed lost though the words around call them places. Sentences written for the test;
// GeoNames and the curated geodata as the engine loads them.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 46', () => {
	it('reports the villages a count of villages in an area names after a comma', () => {
		const { unmatched } = placesJudged(
			'In March the army took two villages in the Dornick valley, Hin Kelvarn and Portvale, and held them.',
			'2021-03-02'
		);
		expect(unmatched).toEqual(expect.arrayContaining(['Hin Kelvarn', 'Portvale']));
	});

	it('reports the name a language gives a place, said after "known as"', () => {
		expect(
			placesJudged('The clash began near Black Lake, known as Sev Kelvarn in Armenian, in May.', '2021-05-14')
				.unmatched
		).toContain('Sev Kelvarn');
	});

	it('reports the name a side uses "for the village"', () => {
		expect(
			placesJudged(
				'The ministry rejected the claim. It uses the name Dornick for the village, which lies north of the town.',
				'2022-03-26'
			).unmatched
		).toContain('Dornick');
	});

	it('takes no one from a list of villages near a line, a speaker after the comma', () => {
		const { unmatched } = placesJudged(
			'Shots were heard near two villages on the line, Vera Lind told reporters on Monday.',
			'2022-03-26'
		);
		expect(unmatched).not.toContain('Vera Lind');
	});
});

describe.runIf(curatedGeodata)('places: session 46, holdout77', () => {
	it('reports a town a distance and a compass point name ("8 km north-east of X")', () => {
		expect(
			placesJudged(
				'The village of Hin Kelvarn lies around 8 km north-east of Dornick, in the hills.',
				'2022-03-26'
			).unmatched
		).toContain('Dornick');
	});
});

describe.runIf(curatedGeodata)('places: session 46, probe 33', () => {
	it('reports a high ground and the height listed after it ("including X")', () => {
		const { unmatched } = placesJudged(
			'By evening the Kelvarn high ground, including Dornick, and other heights along the ridge were taken.',
			'2022-08-03'
		);
		expect(unmatched).toEqual(expect.arrayContaining(['Kelvarn', 'Dornick']));
	});
});
