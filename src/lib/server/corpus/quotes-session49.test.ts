// Session 49: words in marks a probe of real pages showed taken for speech though they are a document's own name.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('quotes: session 49', () => {
	it.each([
		'The sides are guided by the ‘Treaty on Friendship and Development of Comprehensive Cooperation between Dornia and Lindia’ signed on February 9, 1994.',
		'A “Kelvarn Declaration on allied relations between the Republic of Dornia and the Republic of Lindia” was signed by the presidents.',
		'Families settled in the village in accordance with the "I State Program for the Great Return".'
	])('%s has no quote', (text) => {
		expect(speakersOf('The ferry returned to Portvale on Monday.', text)).toEqual([]);
	});

	it("keeps speech that opens on a document's noun as a quote", () => {
		expect(speakersOf('“Law on the status of the harbour is not the question,” Vera Lind said.')).toEqual([
			['Law on the status of the harbour is not the question,', 'Vera Lind']
		]);
	});
});
