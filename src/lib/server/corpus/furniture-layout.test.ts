// The layout pass over page furniture (furniture-layout.ts): what a line is depends on the lines around
// it (links under a label, a subhead between paragraphs, a name over the lead). Split from
// furniture.test.ts. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { paragraphs } from './extract';
import { furnitureReason } from './furniture';

const TITLE = 'Peacekeepers leave the town';
const why = (line: string) => furnitureReason(line, TITLE, false);

describe('paragraphs: what the lines around a line say', () => {
	const reasons = (lines: string[]) => {
		const body = lines.join('\n');
		return paragraphs(body, TITLE).map((p) => [body.slice(p.start, p.end), p.furniture ? p.why : null]);
	};
	let n = 0;
	/** A sentence of reporting, a different one each time (a repeated line is furniture). */
	const prose = () =>
		`The convoy left Goris at dawn and reached the bridge ${++n} hours later, officials said.`;
	it('takes every link line under a "Related" label for furniture, however long', () => {
		const p = prose();
		expect(
			reasons([
				p,
				'Related news:',
				'Governor Anna Petrosyan: the bridge will reopen when the river falls again',
				'Bakers strike over flour'
			])
		).toEqual([
			[p, null],
			['Related news:', '“read more” link'],
			['Governor Anna Petrosyan: the bridge will reopen when the river falls again', '“read more” link'],
			['Bakers strike over flour', '“read more” link']
		]);
	});
	it('takes a name alone at the top, over the first paragraph or a role, for a byline; not a place or a heading', () => {
		const p = prose();
		expect(reasons(['Anna Petrosyan', p]).map((r) => r[1])).toEqual(['byline', null]);
		expect(reasons(['Tags: Goris', 'Anna Petrosyan', 'Columnist', p]).map((r) => r[1])).toEqual([
			'tag line',
			'byline',
			'byline',
			null
		]);
		expect(reasons(['South Caucasus', p]).map((r) => r[1])).toEqual([null, null]);
		expect(reasons(['Goris Flooded', p]).map((r) => r[1])).toEqual([null, null]);
		// Not below the first paragraph: a name there is no byline.
		const q = prose();
		expect(reasons([q, 'Anna Petrosyan', prose()]).map((r) => r[1])).toEqual([null, null, null]);
	});
	it('takes a question under "More on this story" for another story’s headline', () => {
		const p = prose();
		expect(
			reasons([
				p,
				'More on this story',
				'Bakers strike over flour',
				'Why did the bridge over the river in Goris fall?'
			]).map((r) => r[1])
		).toEqual([null, '“read more” link', '“read more” link', '“read more” link']);
	});
	it('keeps a question of the reporting, and a page’s search box is no reporting', () => {
		expect(why('Why did the bridge fall? Engineers still do not know, the mayor said.')).toBeNull();
		expect(why('Search for survivors went on through the night.')).toBeNull();
		expect(why('The photo: a queue at the bakery.')).toBeNull();
	});
	it('keeps a subhead between reporting, or under a live blog entry time, as reporting', () => {
		expect(
			reasons([
				prose(),
				'2. Flags lowered at the bridge',
				prose(),
				'14:05 GMT',
				'Mayor calls for calm in Goris',
				prose()
			]).map((r) => r[1])
		).toEqual([null, null, null, 'time stamp', null, null]);
	});
	it('keeps a caption, a dated line and a headline at the top as furniture', () => {
		expect(
			reasons([
				'Bakers strike over flour',
				prose(),
				'A queue at the bakery, May 2021',
				prose(),
				'Aram_K 03.05.2021',
				prose()
			]).map((r) => r[1])
		).toEqual(['headline or caption', null, 'headline or caption', null, 'headline or caption', null]);
	});
	it('keeps a live blog entry headline under an entry time without a colon ("1912 GMT") as reporting', () => {
		expect(
			reasons([
				prose(),
				'Share',
				'1912 GMT',
				'Mayor: Goris will take in families from the valley',
				prose()
			]).map((r) => r[1])
		).toEqual([null, 'share or subscribe line', 'time stamp', null, null]);
	});
	it('keeps a live blog entry headline under an entry time with its date ("3 May 2021 - 14:05 GMT") as reporting', () => {
		expect(
			reasons([prose(), '3 May 2021 - 14:05 GMT', 'Bakers walk out in Goris', prose()]).map((r) => r[1])
		).toEqual([null, 'time stamp', null, null]);
	});
	it('keeps a bulleted list next to reporting as reporting, and a bulleted menu as furniture', () => {
		expect(
			reasons([prose(), '• Goris', '• Sisian', '• the road to Kapan', '', prose()]).map((r) => r[1])
		).toEqual([null, null, null, null, null]);
		expect(reasons(['• Home', '• News', '• Sport']).map((r) => r[1])).toEqual([
			'headline or caption',
			'headline or caption',
			'headline or caption'
		]);
	});
	it('keeps the points under "Key points" as reporting', () => {
		expect(
			reasons(['Key points', 'Convoy reaches Goris', 'Bakery closes in the town', '', prose()]).map(
				(r) => r[1]
			)
		).toEqual(['section label', null, null, null]);
	});
	it('takes the topics and links under "Related topics" for furniture', () => {
		expect(
			reasons([prose(), 'RELATED TOPICS', 'GORIS', 'SYUNIK', 'FLOUR PRICES', 'Bakers strike over flour']).map(
				(r) => r[1]
			)
		).toEqual([
			null,
			'page chrome',
			'“read more” link',
			'“read more” link',
			'“read more” link',
			'“read more” link'
		]);
	});
	it('reads a block of short lines (sign-off, tags, share bar) one line each, not as wrapped prose', () => {
		const body =
			'Press Office of the Town Council of Goris\nTags: bridge, convoy, flour, bakery\nShare: Facebook | X | Telegram';
		expect(paragraphs(body, TITLE).map((p) => p.why)).toEqual([
			'press office sign-off',
			'tag line',
			'page chrome'
		]);
	});
});
