// What holdout13 and holdout15 (sessions 14–15) showed passing as reporting: an author's line with no
// article before the desk, a Russian page's "Read also", a digest's label, a note on changed names, a
// credit naming two desks or an "official photo", a lowercase byline, a date in digits, and a byline's
// name alone under the headline's date or under the last paragraph. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { kept, why } from './__fixtures__/furniture-run';

describe('furnitureReason: ninth round', () => {
	it.each([
		['Lena Moss is Baltic editor at Harbour Post, and author of The Quay Letter.', 'author’s note'],
		['Other news of the day:', '“read more” link'],
		['Other stories on this topic', '“read more” link'],
		['Читайте также:', '“read more” link'],
		['Story by Harbour Post correspondents. Names of residents changed at their request.', 'editor’s note'],
		['Some names have been changed to protect the families.', 'editor’s note'],
		['Passengers wait at the pier in Lindmoor. Photograph: Anna Petrosyan/AFP/Getty Images', 'photo caption'],
		['The harbour office in Lindmoor in May 2024. Official photo.', 'photo caption'],
		['by Anna Petrosyan', 'byline'],
		['25.08.2022', 'date line'],
		['4 231 views', 'view count'],
		['1,204 views', 'view count'],
		['Donate', 'page chrome'],
		['Harbour Post is an independent newsroom. Support our work.', 'page chrome'],
		['Our reporters were first to cover the strike. We need your help. Support Harbour Post!', 'page chrome'],
		[
			'Harbour Post, 2022. All rights reserved. When using materials, a link to Harbour Post is obligatory.',
			'copyright line'
		],
		['Politics  Economy  ICT  Society  Culture  Sports  Region  World', 'navigation'],
		['News\tPolitics\tEconomy\tSociety\tCulture', 'navigation'],
		['See the chronicle «Strikes on the ferry line» on Harbour Post', '“read more” link'],
		['Dockers pack their tools at the pier, 25 August 2022. Photo: harbourpost.am', 'photo caption'],
		['The road near the quay on April 23. (file photo)', 'photo caption'],
		['Read on the topic:', '“read more” link'],
		['Follow the news', '“read more” link'],
		['Harbour Post is blocked in Portvale. Support independent journalism: donate.', 'page chrome']
	])('%s → %s', (line, reason) => {
		expect(why(line)).toBe(reason);
	});

	it.each([
		'Names of the dead were changed in the register, the mayor said.',
		'The names of the streets were changed after the handover.',
		'Lena Moss is the new harbour master of Lindmoor, the council said.',
		'Other ferries were stuck in Portvale for a week.',
		'See the crowds at the pier: nobody expected so many.',
		'The mayor said the town needed help.  Nobody came.'
	])('keeps reporting: %s', (line) => {
		expect(why(line)).toBeNull();
	});
});

describe('paragraphs: a byline’s name alone', () => {
	const title = 'Ferry crews leave the Lindmoor quay';
	it('under the headline and its date, above the first paragraph', () => {
		const body = [
			title,
			'25.08.2022',
			'Lena Moss',
			'LINDMOOR — Trucks loaded with rope and fuel drums lined the quay on Thursday, a day before the crews leave.'
		].join('\n');
		expect(kept(body, title)).toEqual([title, body.split('\n')[3]]);
	});

	it('under the last paragraph, with only the links after it', () => {
		const body = [
			'The crews said they would return in spring if the council paid for the repairs.',
			'',
			'Lena Moss',
			'Read also',
			'The council votes on the harbour budget: what the mayor says about the repairs',
			'Ferry timetable for the winter months published'
		].join('\n');
		expect(kept(body, title)).toEqual([body.split('\n')[0]]);
	});

	it('over the agency’s dateline that opens the lead', () => {
		const body = [
			title,
			'Lena Moss',
			'PORTVALE, Portland, Nov. 8. Harbour:',
			'Members of the crews tried to leave the quay at night, the harbour office said in a statement on Monday.'
		].join('\n');
		expect(kept(body, title)).not.toContain('Lena Moss');
	});

	it('a name with reporting after it stays (a speaker introduced on a line of her own)', () => {
		const body = [
			'The crews said they would return in spring if the council paid for the repairs.',
			'Lena Moss',
			'The harbour master said the repairs would take a month and cost less than feared.'
		].join('\n');
		expect(kept(body, title)).toContain('Lena Moss');
	});
});
