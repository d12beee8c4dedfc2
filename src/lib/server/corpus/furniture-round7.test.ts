// Page furniture by the kinds the seventh round of real pages showed (session 14): a wire photo's
// credit with a slash after the caption, a bulleted "Also read" link, "Text:" over the author's name,
// a newsletter's "in your inbox" line, "More about:" over the tags. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';

describe('furnitureReason: seventh round', () => {
	it.each([
		['Volunteers hand out bread at the ferry pier in Lindmoor. HPA/ Anna Vantor', 'photo caption'],
		['Two ministers shake hands before the talks in Portvale, May 3, 2023. HARBOUR./', 'photo caption'],
		['• Also read: Ferry strike ends after a week', '“read more” link'],
		['•Read more: Lindmoor port reopens', '“read more” link'],
		['Text: Anna Vantor', 'byline'],
		['Get the Harbour Post in your inbox:', 'newsletter chrome'],
		['More about:', 'tag line']
	])('%s → %s', (line, reason) => {
		expect(why(line)).toBe(reason);
	});

	it.each([
		// A sentence that ends with an acronym and a slash in prose is no credit.
		'The ministry said talks would resume in the spring, and the ferry would run daily.',
		'• The ministry said talks would resume in the spring.',
		'Text messages from the island reached the mainland only at night.',
		'Get ready for a long queue at the port, the captain told passengers.'
	])('keeps “%s” as reporting', (line) => {
		expect(why(line)).toBeNull();
	});
});
