// Session 50: lines a blind set and four probes of real pages showed read the wrong way. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { laidOut, why } from './__fixtures__/furniture-run';

describe('furniture: session 50', () => {
	it.each([
		['Friday, 26 August 2022, 15:08 CEST', 'time stamp'],
		['Tuesday, 3 May 2022, 09:40 EEST', 'time stamp'],
		['17 апр 2024, 13:05', 'time stamp'],
		['BACKGROUND', 'section label'],
		[
			'Write an article and join a growing community of more than 90,000 writers from 3,000 harbours.',
			'disclaimer'
		],
		['KARO DORNICK/EPA', 'photo caption'],
		['VERA LIND/AFP VIA GETTY IMAGES', 'photo caption'],
		['bur-gw/jj', 'wire credits'],
		['Follow Harbour News on WhatsApp', 'share or subscribe line'],
		['Watch Harbour News live', 'share or subscribe line'],
		['Wednesday 20 September 2023 19:30, UK', 'time stamp'],
		['Harbour Post will update this page as the situation develops.', 'editor’s note'],
		['Vera Lind @veralind · 1 Dec 2020, 08:42 · 12.4K views', 'embedded post'],
		['Lev Darvin @Lev_Darvin · Sep 19, 2023 · 17:58 · 221K views', 'embedded post']
	])('skips %j as %s', (line, reason) => {
		expect(why(line)).toBe(reason);
	});

	it.each([
		'The ferry left Kelvarn at 15:08 on Friday, 26 August, an hour late.',
		'Background checks on the crews in Portvale took a week.',
		'The ferry will follow the coast road on Tuesday.',
		'Fishermen will update their boats this winter.'
	])('keeps %j as reporting', (line) => {
		expect(why(line)).toBeNull();
	});

	it('reads a writer and an outlet in title case, "Vera Lind/Harbour Post", as a byline, not a photo credit', () => {
		expect(why('Vera Lind/Harbour Post')).toBe('byline');
	});

	it('frees a wrapped lead from the wire time stamp and the headline printed over it with no blank line', () => {
		const title = 'Fishermen leave Kelvarn as Dornia takes over the harbour road';
		const body = [
			'Harbour Wire',
			'Politics > Conflicts',
			'Friday, 26 August 2022, 15:08 CEST',
			title,
			'Portvale (hw) - Fishermen have begun leaving the town of Kelvarn,',
			'known to them as Sev Kelvarn, and two nearby villages ahead of',
			'their handover to Dornia this week, as a new road opens.'
		].join('\n');
		const laid = laidOut(body, title);
		expect(laid).toContainEqual(['Friday, 26 August 2022, 15:08 CEST', 'time stamp', false]);
		expect(laid).toContainEqual([title, null, true]);
		expect(laid.at(-1)![1]).toBeNull();
		expect(laid.at(-1)![0]).toMatch(/^Portvale \(hw\) - Fishermen[^]*new road opens\.$/);
	});

	it('reads a caption over a credit in capitals as the caption, above the lead', () => {
		const title = 'Ferry crews pour into Kelvarn as fishermen count their losses';
		const body = [
			'The Harbour Times',
			title,
			'Columns of trucks crossed from Portvale after a deal that hands the harbour to Dornia',
			'Vera Lind, Portvale',
			'Thursday November 12 2020, 5.00pm, The Harbour Times',
			'Ferry crews on the road near Kelvarn on the Dornian side of the bay yesterday',
			'KARO DORNICK/EPA',
			'PORTVALE, Dornia — The first ferry crews rolled through this harbour town at dawn yesterday, a column of trucks heading for the coast road.'
		].join('\n');
		const laid = laidOut(body, title);
		expect(laid).toContainEqual([
			'Ferry crews on the road near Kelvarn on the Dornian side of the bay yesterday',
			'photo caption',
			false
		]);
		expect(laid).toContainEqual([title, null, true]);
	});

	it('reads the topics between the last paragraph and the page’s boxes as tags', () => {
		const body = [
			'For now, the piers are quiet most nights. But the question of what happens next year is already asked in Kelvarn.',
			'Kelvarn',
			'Dornia',
			'Lindia',
			'Ferries',
			'Want to write?',
			'Write an article and join a growing community of more than 90,000 writers from 3,000 harbours.',
			'Republish this article'
		].join('\n');
		const laid = laidOut(body, 'Who guards the piers of Kelvarn?');
		expect(laid.slice(1, 5).map((l) => l[1])).toEqual(['tag line', 'tag line', 'tag line', 'tag line']);
		expect(laid[0]![1]).toBeNull();
	});

	it('keeps names under a colon that closes the last paragraph as reporting', () => {
		const body = [
			'The storm cut the coast road, and these villages are still without power:',
			'Kelvarn',
			'Dornick',
			'Sev Lich',
			'Want to write?'
		].join('\n');
		expect(
			laidOut(body, 'Storm cuts the coast road')
				.slice(1, 4)
				.map((l) => l[1])
		).not.toContain('tag line');
	});

	it('reads a translated page’s headline under its translator’s note as the headline', () => {
		const title = 'Дарвин подтвердил уход паромщиков из Кельварна';
		const body = [
			'ГАВАНЬ',
			'Политика | Экономика | Общество',
			'17 апр 2024, 13:05',
			'Translated from Russian',
			'Darvin confirmed the departure of the ferry crews from Kelvarn',
			'Harbour spokesman Lev Darvin has confirmed that the ferry crews are leaving Kelvarn. Asked by reporters on Wednesday whether the reports were true, he answered briefly.'
		].join('\n');
		expect(laidOut(body, title)).toContainEqual([
			'Darvin confirmed the departure of the ferry crews from Kelvarn',
			null,
			true
		]);
	});

	it('reads a headline over its standfirst, the author’s name and the date as the headline', () => {
		const body = [
			'Harbour | World | Opinion',
			'World / Dornia',
			'The short life of the ferry crews in Kelvarn',
			'The ferry service was born of a midnight deal and died quietly, its last boats leaving as the harbour became a memory',
			'Vera Lind',
			'Published: 6:00am, 12 Jun 2024',
			'The ferry service of Kelvarn, which ended this month at the age of three, was never meant to last long, and few in Portvale will miss it.'
		].join('\n');
		expect(laidOut(body, 'An obituary of the ferry service | Harbour Post')).toContainEqual([
			'The short life of the ferry crews in Kelvarn',
			null,
			true
		]);
	});
});
