// Session 43: lines the blind set holdout70 and probes 26 and 27 (real pages) showed kept as reporting though they are a page's chrome, or
// skipped though they are reporting. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { laidOut, why } from './__fixtures__/furniture-run';

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
		['Crews walk near the quay at Lindmoor - Vera Lind/AFP via Getty Images', 'photo caption'],
		[
			'A handout photograph released on 25 September by the harbour board shows a fire at the quay.',
			'photo caption'
		],
		['zc/fb (AFP, Reuters, AP)', 'wire credits'],
		['More in Europe:', '“read more” link'],
		['More to follow...', 'wire credits'],
		['Media can quote materials of with hyperlink to the material quoted.', 'copyright line'],
		['By Vera Lind November 6, 2022', 'byline'],
		['Vera Lind Read more', 'byline'],
		['MORE FROM HARBOUR NEWS', '“read more” link'],
		[
			'Guests: Vera Lind Former Dornish Ambassador Lev Darvin Associate Professor at Kelvarn University',
			'byline'
		],
		[
			'Correction (June 14th 2024): An earlier version of this article misstated the month the quay closed.',
			'disclaimer'
		],
		[
			'Note de la rédaction : une version précédente de cet article situait Lindmoor à vingt kilomètres.',
			'disclaimer'
		]
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

	it('skips a pull quote, the author’s note under the byline and the topics that end the page', () => {
		const story = [
			'Harbour Post',
			'The Quay Reopens at Last',
			'By Vera Lind',
			'Vera Lind is a Lindmoor-based political commentator.',
			'The harbour board said on Tuesday that the quay at Lindmoor would reopen, and the first ferries left at dawn with forty cars on board.',
			'“A quay is not a house. You cannot move it to another town. We will stay here,” the harbour master said.',
			'“A quay is not a house. You cannot move it to another town.”',
			'In Portvale, waiting',
			'In Portvale, across the bay, families waited on the pier for the first boat of the season to come in.',
			'Read also: Ferries return to the north',
			'Lindmoor',
			'Portvale',
			'Dornick'
		];
		const lines = laidOut(story.join('\n\n'), 'The Quay Reopens at Last');
		expect(lines.map((l) => l[1])).toEqual([
			expect.anything(),
			null,
			'byline',
			'byline',
			null,
			null,
			'pull quote',
			null,
			null,
			'“read more” link',
			'tag line',
			'tag line',
			'tag line'
		]);
	});

	it('keeps a one-line quote of the text’s own as the headline, and short last lines under reporting', () => {
		const story = [
			'“The quay is not a house”',
			'The harbour master of Lindmoor, who has run the quay for thirty years, says it will reopen in spring.',
			'“The quay is not a house,” he said. “We will stay here, whatever the board decides in Portvale.”',
			'Lindmoor',
			'Portvale'
		];
		const lines = laidOut(story.join('\n\n'), '“The quay is not a house”');
		expect(lines[0]).toEqual(['“The quay is not a house”', null, true]);
		expect(lines.slice(3).map((l) => l[1])).not.toContain('tag line');
	});

	it('skips a page’s particulars set as label and value ("Date" / the date, "Author" / the name)', () => {
		const story = [
			'Date',
			'2023.03.17 / 16:36',
			'Author',
			'Vera Lind',
			'The harbour board said on Tuesday that the quay at Lindmoor would reopen, and the first ferries left at dawn.'
		];
		expect(laidOut(story.join('\n'), 'T').map((l) => l[1])).toEqual([
			'date line',
			expect.anything(),
			'byline',
			'byline',
			null
		]);
	});

	it('keeps a log’s rows that open on their dates as reporting, under the header row', () => {
		const story = [
			'The board listed the incidents reported to it in November, with the ferry lines and the quays they concern.',
			'Date | Area | Reported by | Description',
			'16 Nov | Lindmoor–Portvale line | both sides | a ferry turned back',
			'18 Nov | Kelvarn quay | harbour guard | traffic suspended for 3 hours',
			'The board said it would publish the December figures in the new year, after the winter timetable starts.'
		];
		expect(laidOut(story.join('\n'), 'T').map((l) => l[1])).toEqual([null, 'navigation', null, null, null]);
	});
});
