// Page furniture by the kinds the eighth round of real pages showed (session 15): an alt text with the
// photo's kind and its desk in brackets, and a caption whose credit the saved page lost ("Photo:").
// Every text here is written for the test.
import { paragraphs } from './extract';
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';

describe('furnitureReason: eighth round', () => {
	it.each([
		['Dockers walk out at the Lindmoor pier Illustrative photo (Harbour Images)', 'photo caption'],
		['Ferries wait at the quay in Portvale. File photo (Harbour Press)', 'photo caption'],
		['Dockers block the entrance to the Lindmoor pier. Photo:', 'photo caption']
	])('%s → %s', (line, reason) => {
		expect(why(line)).toBe(reason);
	});

	it.each([
		// Prose that names a photo, or ends a sentence with a colon before a list, is reporting.
		'The ministry released an illustrative photo (a drawing of the pier) on Monday.',
		'The captain listed three demands:',
		'Officials in Lindmoor said the ferry would return on Friday. Details follow:'
	])('keeps “%s” as reporting', (line) => {
		expect(why(line)).toBeNull();
	});

	it('keeps a live blog entry’s title under its time, though the page lists it at the top', () => {
		const body = [
			'Live',
			'Ferries stop at Lindmoor',
			'5min ago',
			'Ferries stop at Lindmoor',
			'',
			'3 Mar 2023, 10:12',
			'',
			'Ferries stop at Lindmoor',
			'',
			'The harbour office said the ferries would not sail before Friday, because of the storm.'
		].join('\n');
		const lines = paragraphs(body, 'Ferry news');
		const entry = body.lastIndexOf('Ferries stop at Lindmoor');
		// The list's copies at the top stay chrome; the entry's copy under its time is reporting.
		expect(
			lines.filter((p) => p.furniture && body.slice(p.start, p.end) === 'Ferries stop at Lindmoor')
		).toHaveLength(2);
		expect(lines.find((p) => p.start === entry)?.furniture).toBeFalsy();
	});
});
