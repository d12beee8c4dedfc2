// Session 50: words in marks probes of real pages showed taken for speech though they are a noun phrase the
// sentence names, its full stop set inside the marks. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('quotes: session 50', () => {
	it.each([
		'Lindia regularly echoes Portvale’s demands for the “coast corridor.”',
		'Karo Dornick accused the harbour office of “ethnic cleansing.”',
		'Dornia blamed Lindia for the “bloody incident.”'
	])('%s has no quote', (text) => {
		expect(speakersOf('The ferry returned to Portvale on Monday.', text)).toEqual([]);
	});

	it.each([
		['Vera Lind said the office expected a “clear reaction.”', 'clear reaction.'],
		['Lev Darvin urged the crews to take “concrete steps.”', 'concrete steps.']
	])('keeps %j as a quote', (text, quote) => {
		expect(speakersOf(text).map(([q]) => q)).toEqual([quote]);
	});

	it('ends a quote left open before a mark that opens the next sentence, and reads the next quote on its own', () => {
		expect(
			speakersOf(
				'“It is very hard to get through Kelvarn, nobody goes that way. “Fishermen do not go, and traders pay 150 dollars,” says Lev Darvin.'
			)
		).toEqual([
			['It is very hard to get through Kelvarn, nobody goes that way.', null],
			['Fishermen do not go, and traders pay 150 dollars,', 'Lev Darvin']
		]);
	});

	it('still reads a quote nested in another that closes', () => {
		expect(
			speakersOf('“They told us. “Leave now,” they said, and we left,” Vera Lind said.').map(([q]) => q)
		).toEqual(['They told us. “Leave now,” they said, and we left,']);
	});

	it.each([
		'“The crews must return to their first positions and leave the bay of Kelvarn,’’ added the harbour office.',
		'"The crews must return to their first positions and leave the bay of Kelvarn,’’ added the harbour office.'
	])('closes a quote at two single marks typed for a double one: %s', (text) => {
		expect(speakersOf(text)).toEqual([
			['The crews must return to their first positions and leave the bay of Kelvarn,', 'harbour office']
		]);
	});
});
