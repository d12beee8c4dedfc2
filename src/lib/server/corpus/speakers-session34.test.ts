// Session 34: speakers a blind set (holdout53) and a probe of real pages showed. Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 34', () => {
	it('takes a feature’s first line, a known given name and a surname opening the sentence, as its person', () => {
		expect(
			speakersOf(
				'Anahit Sargsyan gets up at five to queue outside the bakery on her street. By seven the bread is gone.\n\n‘The children ask if there will be light tonight,’ she said.'
			)
		).toEqual([['The children ask if there will be light tonight,', 'Anahit Sargsyan']]);
		// A title and a surname are no given name and surname.
		expect(
			speakersOf(
				'Foreign Minister Tural Aliyev met the delegation. Minister Aliyev informed the guests about the works.\n\nHe said: “The first families have returned.”'
			)
		).toEqual([['The first families have returned.', 'Tural Aliyev']]);
	});
});
