// Agency and wire pages in the private set's mix (holdout10, session 11): datelines with the country
// and the agency's byline, photo credits for an agency, time stamps with their zone, closing credits,
// and prose that only looks like a contact line. Every text here is written for the test.
import { paragraphs } from './extract';
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';

describe('furnitureReason: wire and agency pages', () => {
	it.each([
		[
			'Passengers wait at the pier in Lindmoor on May 3, 2021. (Photo by ANNA PETROSYAN / AFP)',
			'photo caption'
		],
		[
			'Lindmoor, Portvale - A view of the new pier, May 3, 2021. (Harbour Ministry - Anadolu Agency)',
			'photo caption'
		],
		['Harbour Materials 3 May 2021 15:40 (UTC +04:00)', 'time stamp'],
		['03.05.2021 [10:48]', 'time stamp'],
		['To leave a comment, please log in.', 'comment section chrome'],
		[
			'Associated Press writers Anna Petrosyan in Goris and Lena Moss in Tallinn, Estonia, contributed.',
			'byline'
		],
		[
			'Views expressed in this article are those of the authors and do not necessarily reflect the position of Harbour Post.',
			'disclaimer'
		],
		['APA', 'byline'],
		['Tel.: +374 10 123456', 'contact line'],
		['E-mail: desk@harbour.example', 'contact line']
	])('%s → %s', (line, reason) => {
		expect(why(line)).toBe(reason);
	});

	it('keeps reporting that only looks like furniture', () => {
		for (const line of [
			'“We left at night,” said Anna, a teacher from Lindmoor, speaking by phone. She asked that her surname not be used.',
			'The mayor said the statement does not necessarily reflect the position of the council.',
			'LINDMOOR, Portvale, May 3. By Harbour Wire',
			'Reporters from three agencies contributed to the cost of the boat, the captain said.'
		]) {
			expect(why(line), line).toBeNull();
		}
	});

	it('reads a hard-wrapped wire story under a one-line caption with its agency credit', () => {
		const body = [
			'Passengers wait at the pier in Lindmoor on May 3, 2021, before the first ferry of the year leaves for Portvale. (Photo by ANNA PETROSYAN / AFP)',
			'Lindmoor (AFP) - Tired families with cars piled high with bags',
			'crowded onto the first ferry to Portvale on Monday, as the harbour',
			'office said the route would run every day until the autumn storms',
			'close it again.'
		].join('\n');
		const paras = paragraphs(body, 'Ferry returns to Lindmoor');
		expect(paras.map((p) => (p.furniture ? p.why : null))).toEqual(['photo caption', null]);
		expect(body.slice(paras[1]!.start, paras[1]!.end)).toMatch(/^Lindmoor \(AFP\).*again\.$/s);
	});
});
