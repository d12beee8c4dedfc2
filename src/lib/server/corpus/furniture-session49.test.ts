// Session 49: lines a blind set and four probes of real pages showed read the wrong way: chrome kept as
// reporting, or a wrapped lead read line by line as captions. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { laidOut, why } from './__fixtures__/furniture-run';

describe('furniture: session 49', () => {
	it.each([
		['25 Ноября 2020 [10:14] - Harbour.Az', 'time stamp'],
		[
			'Write to Vera Lind at vera.lind@example.com and Lev M. Darvin at lev.darvin@example.com',
			'contact line'
		],
		[
			'Left: ferry crews at the pier in Kelvarn, Dornia, in December. File photo by Karo Dornick/Harbour Post',
			'photo caption'
		],
		['Tərcümə: Harbour Post', 'editor’s note'],
		['Translation: Harbour Post', 'editor’s note'],
		['Перевод: Harbour.Az', 'editor’s note'],
		['PORTVALE - Anadolu Agency', 'byline'],
		['Lev Darvin, Ani Lindqvist Dec 14, 2022', 'byline'],
		['Vera Lind and Lev Darvin Dec. 14, 2022', 'byline'],
		['Map: The ferry posts near Kelvarn and the coast road. Source: Harbour Post', 'photo caption'],
		['Infographic: 60 crew + 60 guards | boats | reports daily to Portvale', 'photo caption'],
		['UPDATE, March 26, 19:05:', 'time stamp'],
		['UPDATE, March 24, 22:15 (first published):', 'time stamp'],
		['Earlier:', 'page chrome'],
		[
			'Copying, reprinting or other use of materials is allowed only with a hyperlink to Harbour News Agency.',
			'copyright line'
		],
		[
			'Harbour Post is a project of the Coast Journalists NGO. Reprinting is permitted with a link to Harbour Post.',
			'copyright line'
		],
		[
			'Harbour Post has been declared an "undesirable organization" in Dornia. Any donation to us is now a crime. But you can help us anonymously.',
			'page chrome'
		],
		['Story by Vera Lind. Translation by Lev Darvin.', 'byline'],
		['27 Sep 15.40 BST Kelvarn: 6,500 passengers crossed so far', '“read more” link']
	])('skips %j as %s', (line, reason) => {
		expect(why(line)).toBe(reason);
	});

	it.each([
		'Translation: the word means a border post in the local dialect.',
		'She said the photo by Karo Dornick had been taken in Kelvarn.',
		'The map showed the coast road to Kelvarn and the two posts on it.',
		'The story by Vera Lind won a prize in Portvale.'
	])('keeps %j as reporting', (line) => {
		expect(why(line)).toBeNull();
	});

	it('reads a headline of names and a day as no byline', () => {
		expect(why('Dornia Meets Lindia Dec 14, 2022')).not.toBe('byline');
	});

	it('reads a wrapped lead printed right under the masthead and the headline, with no blank line, as one paragraph', () => {
		const title = 'Ferry crews stay on in a harbour emptied of boats';
		const body = [
			'Harbour News',
			'Politics | Arts | Nation | World | Economy',
			'World',
			'By Vera Lind, Lev Darvin',
			'Jan 10, 2024 6:35 PM EST',
			title,
			'Ten days after the ferry company of Kelvarn formally stopped its',
			'service, the crews sent to guard its piers are still there, guarding',
			'a harbour where almost no boats remain.',
			'',
			'About 200 crew members were sent in November under an agreement that'
		].join('\n');
		const laid = laidOut(body, title);
		expect(laid).toContainEqual([title, null, true]);
		expect(laid).toContainEqual([
			'Ten days after the ferry company of Kelvarn formally stopped its\nservice, the crews sent to guard its piers are still there, guarding\na harbour where almost no boats remain.',
			null,
			false
		]);
	});

	it('reads a wrapped lead under a headline wrapped over two lines as one paragraph', () => {
		const title = 'Over 2,000 passengers return to Kelvarn via the coast road under escort';
		const body = [
			'HARBOUR News Agency',
			'SOCIETY',
			'14:27 20.11.2020',
			'Over 2,000 passengers return to Kelvarn via the coast road under',
			'escort',
			'PORTVALE, November 20. /HARBOUR/. More than 2,000 residents of',
			'Kelvarn who fled the storm have returned to their homes over the',
			'past week under escort, the harbour office said on Friday.'
		].join('\n');
		const laid = laidOut(body, title);
		expect(laid.filter((l) => l[2]).map((l) => l[0])).toEqual([
			'Over 2,000 passengers return to Kelvarn via the coast road under',
			'escort'
		]);
		expect(laid.at(-1)?.[0]).toBe(
			'PORTVALE, November 20. /HARBOUR/. More than 2,000 residents of\nKelvarn who fled the storm have returned to their homes over the\npast week under escort, the harbour office said on Friday.'
		);
	});

	it("keeps an English headline under a rubric and a date in the site's language as the article's own, its title in another language", () => {
		const body = [
			'Harbour.Az',
			'Политика | Общество | В мире | Экономика',
			'25 Ноября 2020 [10:14] - Harbour.Az',
			'Политика',
			'Ferry crews enter Kelvarn harbour',
			'Crews of the coast guard entered the Kelvarn harbour on Wednesday, the harbour office of Dornia reported.'
		].join('\n');
		const laid = laidOut(body, 'Паромные экипажи вошли в гавань Кельварна');
		expect(laid).toContainEqual(['Ferry crews enter Kelvarn harbour', null, true]);
	});

	it("keeps the title's part before its colon, alone over a lead that opens with the part after it, as the headline", () => {
		const body = [
			'Harbour Post',
			'News | Features | Explainers',
			'Feature',
			'12 June 2024',
			'The ferryman of Kelvarn',
			'A ferryman who spent three and a half years on the Kelvarn crossing has died at home in Portvale. He was 61.',
			'He learnt the coast as a boy, his sister said.'
		].join('\n');
		const laid = laidOut(
			body,
			'The ferryman of Kelvarn: A ferryman who spent three and a half years on the Kelvarn crossing has died at home in Portvale — Harbour Post'
		);
		expect(laid).toContainEqual(['The ferryman of Kelvarn', null, true]);
	});
});
