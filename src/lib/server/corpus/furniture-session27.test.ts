// Session 27: page chrome that real pages (read through the search tool's stored pages, not copied)
// carried into the story: a comment form's notices, an AI audio note, a news feed's button. Lines
// written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';
import { paragraphs } from './extract';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

/** Each paragraph's text and its reason (null: content), for a page with the given title. */
const laidOut = (lines: string[], title: string) => {
	const body = lines.join('\n');
	return paragraphs(body, title).map((p) => [body.slice(p.start, p.end), p.furniture ? p.why : null]);
};

describe('furniture: session 27', () => {
	it('knows a comment form’s notices', () => {
		expect(why('You must be logged in to post a comment.')).toBe('comment section chrome');
		expect(
			why('Dear visitors, you can leave your opinion on the material using your social account. Be polite.')
		).toBe('comment section chrome');
		// A reader's letter quoted in a story is no form.
		expect(why('Dear visitors were welcomed at the monastery gate by two monks.')).toBeNull();
	});

	it('knows an AI audio note and a news feed’s button', () => {
		expect(why('This audio is created with AI assistance')).toBe('page chrome');
		expect(why('Show news feed')).toBe('page chrome');
	});

	it('keeps a wrapped paragraph whole when its last line is one lower-case word', () => {
		const lines = [
			'About sixty officers from each country worked at the centre, watching',
			'drone footage and logging every report of fire along the contact',
			'line.'
		];
		expect(laidOut(lines, 'Centre closes')).toEqual([[lines.join('\n'), null]]);
		// A signature alone after a paragraph that ends is still one.
		expect(why('euronews.')).toBe('page chrome');
	});

	it('reads a live blog’s time with its date, and its entry’s credit, so the entry’s heading is content', () => {
		expect(why('6:58 a.m. ET, September 20, 2023')).toBe('time stamp');
		expect(why('From CNN’s Anna Petrosyan')).toBe('byline');
		const entry = laidOut(
			[
				'6:58 a.m. ET, September 20, 2023',
				'Shelling reported near the town, officials say',
				'From CNN’s Anna Petrosyan',
				'Officials said the shelling went on through the night and the road to the airport was closed.'
			],
			'Live updates'
		);
		expect(entry.map((e) => e[1])).toEqual(['time stamp', null, 'byline', null]);
	});

	it.runIf(curatedGeodata)('finds the places of a headline worded otherwise than the page’s title', () => {
		const page = [
			'WORLD > EUROPE',
			'Joint monitoring centre in Ağdam begins its work',
			'by Staff Writer',
			'Officers from both countries began watching the ceasefire from the new centre on Saturday, the ministry said.'
		];
		expect(laidOut(page, 'Centre opens to monitor truce | The Daily Page')[1]).toEqual([page[1], null]);
		expect(placesJudged(page.join('\n'), '2021-01-30').joined[0]).toBe(
			'Joint monitoring centre in Ağdam → monitoring-centre-aghdam'
		);
		// A caption over the story with no byline or date by it stays a caption.
		expect(
			laidOut(['Ferry crews on the quay in Ağdam town', page[3]!], 'Centre opens to monitor truce')[0]![1]
		).toBe('headline or caption');
	});
});
