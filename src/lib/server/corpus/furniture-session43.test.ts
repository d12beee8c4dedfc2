// Session 43: lines the blind set holdout70 and probes 26 and 27 (real pages) showed kept as reporting though they are a page's chrome, or
// skipped though they are reporting. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';
import { paragraphs } from './extract';

/** Each line of `body` with its furniture reason (null: reporting), and whether it is the story's own heading. */
const laidOut = (body: string, title: string) =>
	paragraphs(body, title).map((p) => [body.slice(p.start, p.end), p.why ?? null, !!p.headline]);

describe('furniture: session 43', () => {
	it.each([
		[
			'Vera Lind reported from Lindmoor, and Lev Darvin from Portvale. Tom E. Reyes contributed reporting from Kelvarn.',
			'byline'
		],
		['Harbour News’ Vera Lind and Lev Darvin contributed.', 'byline'],
		[
			'Ferries at the quay in Lindmoor on Tuesday.Credit...Vera Lind/Harbour Press — Getty Images',
			'photo caption'
		],
		['(Reproduction of HARBOUR materials is allowed with reference to the agency)', 'copyright line'],
		[
			'The Harbour Post is designated a "foreign agent" and an "undesirable organization" in Dornick.',
			'disclaimer'
		],
		['Listen In English', 'page chrome'],
		['Vera Lind is a foreign affairs producer at Harbour Radio.', 'author’s note'],
		['Lev Darvin (photo courtesy of the Harbour Institute for Sea Studies)', 'photo caption'],
		['(Keystone-SDA/dpa/afp)', 'wire credits'],
		['Ferry crews rest on the quay at Lindmoor - HARBOUR MINISTRY/via REUTERS', 'photo caption'],
		[
			'Crews walk near the quay at Lindmoor on September 29, 2023. VERA LIND/AFP via Getty Images',
			'photo caption'
		],
		[
			'A handout photograph released on 25 September by the harbour board shows a fire at the quay.',
			'photo caption'
		],
		['zc/fb (AFP, Reuters, AP)', 'wire credits'],
		['More in Europe:', '“read more” link'],
		['More to follow...', 'wire credits'],
		['Media can quote materials of with hyperlink to the material quoted.', 'copyright line'],
		['By Vera Lind November 6, 2022', 'byline'],
		['Vera Lind Read more', 'byline']
	])('%s → %s', (line, reason) => {
		expect(why(line)).toBe(reason);
	});

	it('keeps a hard-wrapped line that breaks after a sentence’s first words, and a place in brackets', () => {
		expect(why('The Lindmoor district was handed over on November 20. The Portvale')).toBeNull();
		expect(why('(Lindmoor/Portvale)')).toBeNull();
		expect(why('The talks in Lindmoor - and/or Portvale - went on/off all day.')).toBeNull();
	});

	it('takes the headline itself, not the section’s line over it that repeats it', () => {
		const title = 'Ferries Return to Lindmoor as the Storm Ends - The Harbour Times';
		const body = [
			'World',
			'Europe | Ferries Return to Lindmoor as the Storm Ends',
			'Give this article',
			'Ferries Return to Lindmoor as the Storm Ends',
			'By Vera Lind',
			'Nov. 10, 2020',
			'LINDMOOR — The first ferries left the quay at Lindmoor on Tuesday, a day after the storm that had closed the harbour for a week ended.'
		].join('\n\n');
		const lines = laidOut(body, title);
		expect(lines[1]![1]).not.toBeNull();
		expect(lines[1]![2]).toBe(false);
		expect(lines[3]).toEqual(['Ferries Return to Lindmoor as the Storm Ends', null, true]);
	});
});
