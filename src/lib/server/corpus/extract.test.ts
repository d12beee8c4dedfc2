import { describe, expect, it } from 'vitest';
import { paragraphs, sentencesIn } from './extract';
import { quotesIn } from './quotes';

const q = (t: string) => quotesIn(t, 0, t.length).map((x) => t.slice(x.start, x.end));

describe('quotesIn', () => {
	it('finds curly, guillemet and straight quotes', () => {
		expect(q('He said: “one, two,” then: «deux.» And "three," he said.')).toEqual([
			'one, two,',
			'deux.',
			'three,'
		]);
	});
	it('keeps nested quotes and editorial brackets inside', () => {
		const t = '“The role of our [peacekeeping] contingent, he said “is in demand” today,” Galuzin said.';
		expect(q(t)).toEqual(['The role of our [peacekeeping] contingent, he said “is in demand” today,']);
		expect(q('«Он сказал „да“ вчера»')).toEqual(['Он сказал „да“ вчера']);
	});
	it('ends a quote cut off by the end of the paragraph there', () => {
		const t = 'Pashinyan said: “We will not accept';
		const [x] = quotesIn(t, 0, t.length);
		expect(t.slice(x!.start, x!.end)).toBe('We will not accept');
		expect(x!.cut).toBe(true);
	});
	it('does not take apostrophes for quotes', () => {
		expect(q('Russia’s view and O’Brien’s remarks')).toEqual([]);
	});
});

describe('sentencesIn', () => {
	it('does not split inside quotes or after abbreviations', () => {
		const t = 'U.S. adviser Mr. O’Brien spoke. “Firstly, one. Secondly, two,” he said. Baku replied.';
		const qs = quotesIn(t, 0, t.length);
		expect(sentencesIn(t, 0, t.length, qs).map((s) => t.slice(s.start, s.end))).toEqual([
			'U.S. adviser Mr. O’Brien spoke.',
			'“Firstly, one. Secondly, two,” he said.',
			'Baku replied.'
		]);
	});
	it('keeps a wire dateline with the sentence it opens, and only at the start of a paragraph', () => {
		const split = (t: string) => sentencesIn(t, 0, t.length, []).map((s) => t.slice(s.start, s.end));
		expect(split('YEREVAN, March 3. /WIRE/. Convoys left at dawn. Roads were quiet.')).toEqual([
			'YEREVAN, March 3. /WIRE/. Convoys left at dawn.',
			'Roads were quiet.'
		]);
		expect(split('GORIS, May 9. Buses came back empty.')).toEqual(['GORIS, May 9. Buses came back empty.']);
		// A short sentence in capitals later in the paragraph, or one with lower-case words, is a sentence.
		expect(split('Trucks moved. NATO, Aug 2. Talks ended.')).toEqual([
			'Trucks moved.',
			'NATO, Aug 2.',
			'Talks ended.'
		]);
		expect(split('BAKU said no. Talks ended.')).toEqual(['BAKU said no.', 'Talks ended.']);
	});
});

describe('paragraphs', () => {
	it('marks page furniture, repeated captions and the headline', () => {
		const body = [
			'Home » Title here',
			'Defence Featured Global News Russia',
			'Title here',
			'Photo of author',
			'By admin',
			'Caption of a photo in Shusha',
			'Caption of a photo in Shusha',
			'Real reporting from Shusha.',
			'Source : Asbarez'
		].join('\n');
		const ps = paragraphs(body, 'Title here');
		expect(ps.filter((p) => !p.furniture).map((p) => body.slice(p.start, p.end))).toEqual([
			'Real reporting from Shusha.'
		]);
	});
	it('knows the headline in any case, even where lower-casing lengthens it (İ → i̇): the first is content, an echo furniture', () => {
		const body = 'İSTANBUL TALKS, ROUND 2\nİstanbul talks, round 2\nIstanbul talks resumed, round 2.';
		const ps = paragraphs(body, 'İstanbul Talks, Round 2');
		expect(ps.map((p) => p.furniture)).toEqual([false, true, false]);
		expect(ps.map((p) => !!p.headline)).toEqual([true, false, false]);
	});
});

describe('paragraphs: a saved page’s masthead', () => {
	it('makes a line above the article’s own headline furniture, unless it ends as a sentence', () => {
		const title = 'Convoy reaches the valley after a week on the road';
		const body = ['Harbour Daily', '', title, '', 'The convoy reached the valley on Monday.'].join('\n');
		expect(paragraphs(body, title).map((p) => [body.slice(p.start, p.end), p.why ?? null])).toEqual([
			['Harbour Daily', 'masthead above the headline'],
			[title, null],
			['The convoy reached the valley on Monday.', null]
		]);
		const lead = ['The convoy reached the valley on Monday.', '', title].join('\n');
		expect(paragraphs(lead, title).every((p) => !p.furniture)).toBe(true);
	});
	it('takes the line that is the title itself for the headline, not a share button’s line that starts with it', () => {
		const title = 'Convoy reaches the valley after a week on the road';
		const body = [
			`${title} on Share on X (opens new window)`,
			title,
			'The convoy reached the valley on Monday.'
		].join('\n');
		const heads = paragraphs(body, title).filter((p) => p.headline);
		expect(heads.map((p) => body.slice(p.start, p.end))).toEqual([title]);
	});
	it('keeps a summary’s bullets between the headline and the byline as reporting', () => {
		const title = 'Ferry crews give the harbour a lever over the island';
		const body = [
			title,
			'Service marks first year with 40 crews and 12 piers',
			'Dispute over the Lindmoor route tests the mayor',
			'By Anna Petrosyan',
			'The ferry crews met on Monday.'
		].join('\n');
		const ps = paragraphs(body, title);
		expect(ps.filter((p) => p.furniture).map((p) => body.slice(p.start, p.end))).toEqual([
			'By Anna Petrosyan'
		]);
	});
	it('keeps both lines of a headline wrapped over two as the headline', () => {
		const title = 'Convoy reaches the valley after a week on the mountain road';
		const body = [
			'Convoy reaches the valley after a week',
			'on the mountain road',
			'',
			'The convoy reached the valley on Monday.'
		].join('\n');
		const ps = paragraphs(body, title);
		expect(ps.filter((p) => p.headline).map((p) => body.slice(p.start, p.end))).toEqual([
			'Convoy reaches the valley after a week',
			'on the mountain road'
		]);
		expect(ps.some((p) => p.furniture)).toBe(false);
	});
});

describe('paragraphs: captions', () => {
	it('never reads a caption and its credit line under it as one wrapped paragraph', () => {
		const body =
			'Tents on the hillside above the border village of Tsav\nPHOTO: Wikimedia Creative Commons\n\nThe camp grew all week.';
		const ps = paragraphs(body, 'Title here');
		expect(ps.map((p) => [body.slice(p.start, p.end), p.furniture ? p.why : null])).toEqual([
			['Tents on the hillside above the border village of Tsav', 'headline or caption'],
			['PHOTO: Wikimedia Creative Commons', 'photo caption'],
			['The camp grew all week.', null]
		]);
	});
});

describe('paragraphs: text re-wrapped by a syndicator', () => {
	it('joins lines that break mid-sentence, and breaks only where a line ends a sentence', () => {
		const body = [
			'(FEED- Valley Post) Relief convoys reached the high villages of',
			'the Oakvale region on Monday, the Post reports,',
			'citing local officials.',
			'The officials said that two bridges',
			'were closed after the storm near Millbrook.',
			'Legal Disclaimer:',
			'FEED provides the information as is.'
		].join('\n');
		expect(
			paragraphs(body, 'Convoys reach the villages').map((p) =>
				body.slice(p.start, p.end).replace(/\n/g, ' ')
			)
		).toEqual([
			'(FEED- Valley Post) Relief convoys reached the high villages of the Oakvale region on Monday, the Post reports, citing local officials.',
			'The officials said that two bridges were closed after the storm near Millbrook.',
			'Legal Disclaimer:',
			'FEED provides the information as is.'
		]);
	});
	it('leaves a block of headlines and labels one line each', () => {
		const body = [
			'Show news feed',
			'Convoy reaches the valley',
			'Region: North, South',
			'Theme: Politics'
		].join('\n');
		expect(paragraphs(body, 'Title here')).toHaveLength(4);
	});
});
