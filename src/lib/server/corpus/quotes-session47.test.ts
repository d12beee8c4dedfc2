// Session 47: words in marks holdout79 showed taken for speech though they are a nickname. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('quotes: session 47', () => {
	it.each([
		["Twenty families receive keys to new flats in a town once called 'Ruin of the Coast'"],
		['Only the old mosque remained standing, and the town was sometimes called the "Ruin of the Coast".']
	])('%s has no quote', (text) => {
		expect(speakersOf('The ferry returned to Portvale on Monday.', text)).toEqual([]);
	});
});
