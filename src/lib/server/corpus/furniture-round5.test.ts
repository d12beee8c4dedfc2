// Page furniture by the kinds the fifth real-news round showed (session 12): captions whose credit says
// who handed the photo on ("Image via …", "(… via AP)"), where a person stands in the picture, a
// caption ending with its date, an agency's bracketed dateline, a podcast's chapter list, a rubric and a
// city in capitals over the outlet's name. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';

describe('furnitureReason: fifth real-news round', () => {
	it.each([
		['A rally against the new timetable in Lindmoor, Portvale. Image via Harbour Post.', 'photo caption'],
		['Crews repaint the pier in Lindmoor. Photo courtesy of the harbour office.', 'photo caption'],
		[
			'The mayor was taking part in a ceremony in Lindmoor (Portvale Presidential Press Office via AP)',
			'photo caption'
		],
		[
			'Harbour Minister Anna Petrosyan (right) meets her Portvale counterpart in the capital Lindmoor, May 3. (Source: HPA) |',
			'photo caption'
		],
		['Ferry crews on the quay at Lindmoor. February 2, 2023.', 'photo caption'],
		[
			'The harbour minister meets residents of the island villages in Portvale province, March 18, 2024',
			'photo caption'
		],
		['[Lindmoor, 12.09.2023 / HPA]', 'date line'],
		['- (12:44) Bad blood between the two harbour towns', 'episode chapters'],
		['- (27:52) Who failed the island?', 'episode chapters'],
		['In Focus', 'section label']
	])('%s → %s', (line, reason) => {
		expect(why(line)).toBe(reason);
	});

	it('keeps reporting that only looks like these captions', () => {
		for (const line of [
			'The ferry left Lindmoor at dawn and reached Portvale by noon, the captain said.',
			'LINDMOOR, Portvale, March 18, 2024',
			'The statement was shared by the ministry via Telegram.',
			'The council met on Monday, March 18, 2024, and voted to keep the route.',
			'00:48 After about one week we left the island and reached Lindmoor.',
			'Turn right at the harbour office (left of the pier) to reach the ferry.'
		]) {
			expect(why(line), line).toBeNull();
		}
	});
});
