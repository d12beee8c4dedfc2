// Saved pages read in the third real-news round: a headline typed with straight quotes over a page
// that prints curly ones, credits for photos and maps, comment forms, and lists of other stories
// whose dates ran into their headlines. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { paragraphs } from './extract';
import { furnitureReason } from './furniture';
import { isOwnHeadline } from './furniture-title';

const lead = 'The ferry returned to Lindmoor on Monday after a winter of closures, the harbour office said.';
const reasons = (lines: string[], title = 'Ferry returns to Lindmoor') =>
	paragraphs(lines.join('\n'), title).map((p) => (p.furniture ? p.why : null));

describe('the own headline, whatever quote marks the page prints', () => {
	it('takes a headline with a curly apostrophe for a title typed with a straight one', () => {
		expect(isOwnHeadline('Storm closes Lindmoor’s harbour', "Storm closes Lindmoor's harbour")).toBe(true);
		expect(
			isOwnHeadline('Crews say “no ferry” until May – Portvale', 'Crews say "no ferry" until May - Portvale')
		).toBe(true);
		expect(reasons(['Storm closes Lindmoor’s harbour', lead], "Storm closes Lindmoor's harbour")).toEqual([
			null,
			null
		]);
	});
	it('still tells another line from the headline', () => {
		expect(isOwnHeadline('Storm closes Portvale’s harbour', "Storm closes Lindmoor's harbour")).toBe(false);
	});
});

describe('furnitureReason: credits and page chrome', () => {
	const why = (line: string) => furnitureReason(line, 'Ferry returns to Lindmoor', false);
	it.each([
		['Crowds wave at the first ferry in Lindmoor. (Photos: Harbour Post)', 'photo caption'],
		['Where the ferry runs (Map: Portvale council)', 'photo caption'],
		['A rough map of the old and the new ferry routes. Source: www.example.org', 'photo caption'],
		['Continue reading on:', 'page chrome'],
		['Your email address will not be published. Required fields are marked *', 'comment section chrome'],
		['May 3, 2021Ferry crews vote to strike in Portvale', '“read more” link'],
		['03.05.2021Lindmoor opens its new quay', '“read more” link'],
		['Latest newsPortvale mayor resigns', '“read more” link'],
		['ALSO READ: Portvale mayor resigns over the ferry contract', '“read more” link'],
		['SIGHT: The mayor arrives in Lindmoor and is “pleased” with the quay', '“read more” link'],
		['By Anna Petrosyan, in Lindmoor, Norvalia.', 'byline'],
		['Credits: Harbour TV', 'photo caption'],
		['Show More', 'page chrome']
	])('%s → %s', (line, reason) => expect(why(line)).toBe(reason));

	it('keeps reporting that mentions a map, a date or a comment', () => {
		for (const line of [
			'The council published a map of the new route on May 3, 2021, and asked for comments.',
			'May 3, 2021 was the first day of the new timetable in Lindmoor.',
			'Continued closures hit the Lindmoor quay on Monday.',
			'By then, in Lindmoor, the crews had gone home.',
			'The council showed a map of the route to the crews in Lindmoor, who walked out. Source: the union, which called the strike.'
		])
			expect(why(line), line).toBeNull();
	});
});

describe('paragraphs: a list of other stories under the article', () => {
	it('takes the stories under "Latest news" or "Episodes" below the article for links', () => {
		expect(reasons([lead, 'Latest news', 'Portvale mayor resigns over ferry contract in Lindmoor'])).toEqual([
			null,
			'section label',
			'“read more” link'
		]);
		expect(reasons([lead, 'Episodes', 'Lindmoor ferry crews strike in Portvale'])).toEqual([
			null,
			'section label',
			'“read more” link'
		]);
	});
	it('keeps the headline under a "Latest news" bar above the article', () => {
		expect(reasons(['Latest news', 'Ferry returns to Lindmoor', lead])).toEqual([
			'section label',
			null,
			null
		]);
	});
});

describe('a list of other stories printed under the article', () => {
	it('skips dashed headlines that end the page, however long', () => {
		const links = [
			'- Ministers of the northern states gather in Portvale, storms in the south to dominate agenda',
			'- Harbour unions say they will strike in Lindmoor next week',
			'- Eastwick mayor: rail link to Westmarch reopens'
		];
		expect(reasons([lead, ...links])).toEqual([
			null,
			'related stories list',
			'related stories list',
			'related stories list'
		]);
	});
	it('keeps a list with reporting after it, and a short list, as reporting', () => {
		const items = [
			'- ferries to Lindmoor and Eastwick run twice a day from May',
			'- the harbour office in Portvale opens at nine every morning',
			'- tickets are sold at the quay and at the station in Westmarch'
		];
		expect(reasons([lead, ...items, lead.replace('Monday', 'Tuesday')])).toEqual([
			null,
			null,
			null,
			null,
			null
		]);
		expect(reasons([lead, ...items.slice(0, 2)])).toEqual([null, null, null]);
	});
});

describe('a briefing’s topic and a magazine’s standfirst', () => {
	it('keeps a topic heading over reporting, even under page chrome', () => {
		expect(reasons(['Contents', 'On the situation in Lindmoor', '', lead]).slice(1)).toEqual([null, null]);
		// A line that does not open a topic stays a caption.
		expect(reasons(['Contents', 'Ferry crews on the quay in Lindmoor', '', lead])[1]).toBe(
			'headline or caption'
		);
	});
	it('keeps two short sentences under the headline as its standfirst', () => {
		expect(
			reasons(['Ferry returns to Lindmoor', 'Portvale has won something. Eastwick has not', lead])
		).toEqual([null, null, null]);
	});
});

describe('stories under the article and a glued credit', () => {
	it('skips the blurbs printed under “Top stories”, sentences as they are', () => {
		expect(
			reasons([lead, '', 'Top stories', 'Storms closed the pass to Westmarch on Friday.', 'Partner news'])
		).toEqual([null, 'section label', '“read more” link', '“read more” link']);
	});
	it('skips a long caption whose labelled credit the page glued to the next words', () => {
		const caption = `Crews unload the ferry at the quay in Lindmoor after ${'a long and stormy crossing from the islands, '.repeat(6)}in this still image from video published on May 2.(photo credit: HARBOUR OFFICE/HANDOUT VIA WIRE)ByWIREUpdated:`;
		expect(reasons([lead, caption])).toEqual([null, 'photo caption']);
	});
});

describe('a syndicator’s foot', () => {
	it('skips its story id, and a legal disclaimer under its label however long', () => {
		const disclaimer =
			`FEED provides the information “as is” without warranty of any kind. ${'We do not accept any responsibility for the accuracy of the content. '.repeat(5)}`.trim();
		expect(reasons([lead, 'FEED07092023000187011040ID1107027394', 'Legal Disclaimer:', disclaimer])).toEqual([
			null,
			'story id',
			'disclaimer',
			'disclaimer'
		]);
	});
});
