// Page furniture and paragraphs: each furniture line with its reason, datelines kept as reporting,
// hard-wrapped paragraphs read as one. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { articleOf } from './__fixtures__/article-text';
import { fixtureGeodata } from './__fixtures__/gazetteer';
import { paragraphs } from './extract';
import { furnitureReason } from './furniture';
import { isOwnHeadline } from './furniture-title';
import { extractArticle, matcherFor } from './join';

const TITLE = 'Peacekeepers leave the town';
const why = (line: string) => furnitureReason(line, TITLE, false);

describe('isOwnHeadline', () => {
	const title = 'Ferry service resumes between Portvale and Lindmoor';
	it.each([
		['Ferry service resumes between Portvale and Lindmoor', true],
		['FERRY SERVICE RESUMES BETWEEN PORTVALE AND LINDMOOR', true],
		['Ferry service resumes between Portvale and Lindmoor: a week of crossings', true],
		[
			'Ferry service resumes between Portvale and Lindmoor after a long winter of closures, the harbour office said.',
			false
		],
		['Read more: Ferry service resumes between Portvale and Lindmoor in the spring', false],
		['Harbour Gazette: Ferry service resumes between Portvale and Lindmoor', true],
		['Ferry service', false]
	])('%s → %s', (line, own) => expect(isOwnHeadline(line, title)).toBe(own));
	it('takes the title itself even when it is a question, not a longer sentence that opens with it', () => {
		expect(
			isOwnHeadline(
				'Ferry service: what is in the new timetable?',
				'Ferry service: what is in the new timetable?'
			)
		).toBe(true);
		expect(
			isOwnHeadline(
				'Ferry service: what is in the new timetable? Nobody at the harbour knows.',
				'Ferry service: what is in the new timetable?'
			)
		).toBe(false);
	});
	it('takes the title with the outlet before it ("Harbour Post: <headline>")', () => {
		expect(
			isOwnHeadline('Ferry service resumes at Lindmoor', 'Harbour Post: Ferry service resumes at Lindmoor')
		).toBe(true);
	});
});

describe('furnitureReason', () => {
	it.each([
		['Russian peacekeepers at a checkpoint near Shusha (AFP Photo)', 'photo caption'],
		['A convoy on the road to Lachin. Photo: Anna Petrosyan', 'photo caption'],
		['Soldiers unload a truck in Stepanakert © Caucasus Wire', 'photo caption'],
		[
			'Border guards stand at the new gate near the river, officials said. (EPA-EFE/BORDER SERVICE HANDOUT)',
			'photo caption'
		],
		['Crowds outside the Arno Babajanyan Concert Hall in the centre of Kapan. Lena K. Moss', 'photo caption'],
		['Read more: Peacekeepers leave Karabakh', '“read more” link'],
		['See also: The corridor in numbers', '“read more” link'],
		['By Anna Petrosyan', 'byline'],
		['Tags: Karabakh, peacekeepers, Lachin', 'tag line'],
		['We use cookies to improve your experience on our site.', 'cookie notice'],
		['© 2023 Caucasus Daily. All rights reserved.', 'copyright line'],
		['Copyright 2021 Caucasus Daily', 'copyright line'],
		['Share on Facebook', 'share or subscribe line'],
		['ANALYSIS', 'section label'],
		['Peacekeepers Leave Karabakh After Three Years', 'tag bar'],
		['Convoy reaches the town', 'headline or caption'],
		['Author: Dr. Anna Petrosyan, Fellow. The views expressed are those of the author alone.', 'byline'],
		['The views expressed in this brief are those of the authors.', 'disclaimer'],
		['View this email in your browser', 'newsletter chrome'],
		['Liked it? Share it. | Unsubscribe | Update your preferences', 'newsletter chrome'],
		['Press Office of the Ministry of Emergency Situations', 'press office sign-off'],
		['Information and Public Relations Department of the Government', 'press office sign-off'],
		['Enditem', 'wire sign-off'],
		['5. Read later', '“read more” link'],
		['Related news:', '“read more” link'],
		['Most viewed: Governor: the bridge will reopen in May', '“read more” link'],
		['Theme: Society', 'tag line'],
		['A baker outside her shop in Goris, May 3, 2021. © Anna Petrosyan, Caucasus Wire', 'photo caption'],
		['Follow our live updates on the flood in Goris.', 'share or subscribe line'],
		['Staff correspondent', 'byline'],
		['About the author: Anna Petrosyan is a fellow studying river towns.', 'byline'],
		['Wednesday, March 4', 'date line'],
		['4 March 2021', 'date line'],
		['Newsfeed', 'section label'],
		[
			'The Harbour Institute does not take institutional positions; the views represented herein are those of the author(s).',
			'disclaimer'
		],
		['Harbour TV sent a reporter to Goris with the permission of the border guards.', 'editor’s note'],
		['Last updated 03.05.2021 - 10:15 (Yerevan)', 'time stamp'],
		['(Caucasus Wire Service - CWS)', 'wire sign-off'],
		['Press conference by the Mayor of Goris, Goris, May 3, 2021 (excerpts)', 'transcript heading'],
		['CAUCASUS DAILY  |  NEWS  SPORT  CULTURE', 'navigation'],
		['Goris.am  |  News  Sport  |  Eng  Рус', 'navigation'],
		['Region › Syunik', 'navigation'],
		['Search...', 'page chrome'],
		['Caucasus Daily will keep readers informed.', 'page chrome'],
		['Refresh', 'page chrome'],
		['GORIS.am', 'site name'],
		['Eurasianet, Goris–Kapan', 'byline'],
		['www.harbour-daily.az', 'site name'],
		['Farmers at the market in Goris, May 2021. Photo: Anna Petrosyan.', 'photo caption'],
		['Media caption, Bakers queue for flour in Goris', 'photo caption'],
		[
			'This interview has been edited for length and clarity. Translated from Russian by the desk.',
			'editor’s note'
		],
		[
			'Anna Petrosyan is a visiting fellow. This article is part of a series on the towns of Syunik.',
			'editor’s note'
		]
	])('%s → %s', (line, reason) => {
		expect(why(line)).toBe(reason);
	});
	it('knows the headline and a repeated line', () => {
		expect(why('Peacekeepers leave the town')).toBe('headline');
		expect(furnitureReason('The convoy waited at the bridge.', TITLE, true)).toBe(
			'repeated line (caption or headline echo)'
		);
	});
	it('does not take a dateline for furniture', () => {
		for (const line of [
			'STEPANAKERT, Nagorno-Karabakh',
			'STEPANAKERT',
			'Baku, January 30, AZERTAC',
			'Baku. 13 December. REPORT.AZ'
		]) {
			expect(why(line), line).toBeNull();
		}
	});
	it('does not take reporting for furniture, even a sentence that opens with "By"', () => {
		expect(why('By the end of the week the road had reopened.')).toBeNull();
		expect(why('The peacekeepers left the village of Taghavard on Monday.')).toBeNull();
		expect(why('Tagged vehicles crossed the bridge, the police said.')).toBeNull();
	});
});

describe('paragraphs', () => {
	it('gives each furniture line its reason and keeps the dateline with the reporting', () => {
		const body = [
			TITLE,
			'By Anna Petrosyan',
			'STEPANAKERT, Nagorno-Karabakh — Residents queued for bread on Monday.',
			'A bread queue in the town centre (AFP Photo)',
			'Read more: The corridor in numbers',
			'The queue was long, and the bakery closed at noon.',
			'Tags: Karabakh, bread',
			'We use cookies to improve your experience on our site.',
			'© 2023 Caucasus Daily. All rights reserved.'
		].join('\n');
		const ps = paragraphs(body, TITLE);
		expect(ps.map((p) => [body.slice(p.start, p.end), p.furniture ? p.why : null])).toEqual([
			[TITLE, null],
			['By Anna Petrosyan', 'byline'],
			['STEPANAKERT, Nagorno-Karabakh — Residents queued for bread on Monday.', null],
			['A bread queue in the town centre (AFP Photo)', 'photo caption'],
			['Read more: The corridor in numbers', '“read more” link'],
			['The queue was long, and the bakery closed at noon.', null],
			['Tags: Karabakh, bread', 'tag line'],
			['We use cookies to improve your experience on our site.', 'cookie notice'],
			['© 2023 Caucasus Daily. All rights reserved.', 'copyright line']
		]);
	});
	it('reads a hard-wrapped paragraph as one paragraph, blocks split at blank lines', () => {
		const first = [
			'Russian peacekeepers escorted a convoy of forty trucks from Goris to',
			'Stepanakert on Tuesday, the first since the road was closed, according',
			'to officials in both capitals, who said more would follow this week.'
		].join('\n');
		const second = [
			'The drivers said they had waited at the checkpoint for nine hours,',
			'and that the soldiers searched every truck before letting it through',
			'to the town.'
		].join('\n');
		const body = `${first}\n\n${second}\n`;
		const ps = paragraphs(body, 'T');
		expect(ps.map((p) => [body.slice(p.start, p.end), p.furniture, p.index])).toEqual([
			[first, false, 0],
			[second, false, 1]
		]);
	});
	it('keeps one paragraph per line where lines end as sentences', () => {
		const body = [
			'The convoy left Goris at dawn on Tuesday morning.',
			'It reached Stepanakert by noon, officials said.',
			'More trucks are expected on Wednesday.'
		].join('\n');
		expect(paragraphs(body, 'T').map((p) => body.slice(p.start, p.end))).toEqual(body.split('\n'));
	});
	it('does not join a caption to the long paragraph under it', () => {
		const body =
			'Media caption, Bakers queue for flour outside the market in Goris on Monday\nThe mayor said the town had flour for a week, and the bakeries would open on Tuesday morning if the trucks arrived from Yerevan as promised.';
		expect(
			paragraphs(body, TITLE).map((p) => [body.slice(p.start, p.end).slice(0, 13), p.why ?? null])
		).toEqual([
			['Media caption', 'photo caption'],
			['The mayor sai', null]
		]);
	});
	it('does not join a block of short contact lines into one paragraph', () => {
		const body = 'For more information, contact:\nAnna Petrosyan\nPress office\ntel: +374 10 000000';
		const ps = paragraphs(body, 'T');
		expect(ps).toHaveLength(4);
		// A name alone on a line reads as a heading (it ties no place, so it makes no passage either).
		expect(ps.map((p) => p.why)).toEqual([
			'contact line',
			undefined,
			'press office sign-off',
			'contact line'
		]);
	});
});

describe('extractArticle furniture', () => {
	it('returns the furniture with reasons and makes no record of it', () => {
		const body = [
			'By Anna Petrosyan',
			'A checkpoint near Shusha (AFP Photo)',
			'Russian troops patrolled Shusha on Friday.',
			'Read more: Shusha after the war'
		].join('\n');
		const a = articleOf(body);
		const r = extractArticle(a, matcherFor(fixtureGeodata));
		expect(r.furniture.map((p) => [a.body.slice(p.start, p.end), p.why])).toEqual([
			['By Anna Petrosyan', 'byline'],
			['A checkpoint near Shusha (AFP Photo)', 'photo caption'],
			['Read more: Shusha after the war', '“read more” link']
		]);
		expect(r.records.map((q) => q.text)).toEqual(['Russian troops patrolled Shusha on Friday.']);
		expect(r.mentions.map((m) => a.body.slice(m.start, m.end))).toEqual(['Shusha']);
	});
	it('finds the places of the article’s own headline in the body, and makes no passage of it', () => {
		const title = 'Shusha bakers share flour with Baku volunteers';
		const body = [
			'Caucasus Daily | News | World',
			'Shusha bakers share flour with Baku volunteers: a week on the square',
			'The bakers of Shusha opened their doors on Friday.'
		].join('\n');
		const a = articleOf(body, { title });
		const r = extractArticle(a, matcherFor(fixtureGeodata));
		expect(r.furniture.map((p) => a.body.slice(p.start, p.end))).toEqual(['Caucasus Daily | News | World']);
		expect(r.mentions.map((m) => [a.body.slice(m.start, m.end), m.ids])).toEqual([
			['Shusha', ['shusha']],
			['Baku', ['baku']],
			['Shusha', ['shusha']]
		]);
		expect(r.records.map((q) => q.text)).toEqual(['The bakers of Shusha opened their doors on Friday.']);
	});
});
