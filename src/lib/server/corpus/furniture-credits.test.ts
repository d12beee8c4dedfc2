// The big outlets' page furniture that holdout12 (session 13) showed passing as reporting: photo
// credits in the wire's and the American papers' forms, the audio player, paywall appeals, a wiki
// page's headings and footer, time stamps. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';

describe('furnitureReason: credits and chrome of the big outlets', () => {
	it.each([
		[
			'Crews repair the pier in the town of Lindmoor, Portvale May 28, 2021. REUTERS/Anna Petrosyan',
			'photo caption'
		],
		[
			'Passengers wait in their cars on the road to Lindmoor on Tuesday. (Davit Aramyan/AFP/Getty Images)',
			'photo caption'
		],
		[
			'Ferry crews outside the harbour office in Lindmoor on Oct. 8. Lilit Avagyan / AFP - Getty Images',
			'photo caption'
		],
		[
			'Crews at a checkpoint on the road to the pier, on a trip for journalists. Credit...Anna Petrosyan for The Harbour Times',
			'photo caption'
		],
		['Harbour and island officers at the joint office near Lindmoor. (AA photo)', 'photo caption'],
		['Anna Petrosyan is The Post’s Lindmoor bureau chief.', 'author’s note'],
		['Davit Aramyan is the Lindmoor bureau chief for The Times. More about Davit Aramyan', 'author’s note'],
		['Portvale - A ferry crew stands at a checkpoint on the Lindmoor road, August 2, 2022.', 'photo caption'],
		['Listen to this story.', 'page chrome'],
		['Your browser does not support the <audio> element.', 'page chrome'],
		['We rely on advertising to help fund our award-winning journalism.', 'page chrome'],
		[
			'Choose to support open, independent, quality journalism and subscribe on a monthly basis.',
			'page chrome'
		],
		['Reuse this content (opens in new window)', 'page chrome'],
		['Our Standards: The Harbour Trust Principles.', 'page chrome'],
		['2021[edit]', 'wiki heading'],
		['This page was last edited on 20 June 2024, at 09:14 (UTC).', 'copyright line'],
		[
			'Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.',
			'copyright line'
		],
		['Oct. 12, 2023, 11:03 AM UTC / Updated Oct. 12, 2023, 2:41 PM UTC', 'time stamp'],
		['Details added (first version posted at 11:02)', 'time stamp']
	])('%s → %s', (line, reason) => {
		expect(why(line)).toBe(reason);
	});

	it.each([
		'The harbour office said the pier would reopen on Monday, Reuters reported.',
		'The fund will support independent journalism in the island villages, the ministry said.',
		'Oct. 12, 2023, 11:03 AM: the first ferry left the quay with 40 cars on board.',
		'The two towns share one road (Lindmoor/Portvale) and one ferry.',
		'Anna Petrosyan is the harbour’s chief engineer, and she says the quay will hold.'
	])('keeps reporting: %s', (line) => {
		expect(why(line)).toBeNull();
	});
});
