// Session 45: lines holdout74 and probes 30 and 31 (real pages) showed kept as reporting though they are a page's chrome,
// or skipped though they are reporting. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { laidOut, why } from './__fixtures__/furniture-run';
import { isOwnHeadline } from './furniture-title';

describe('furniture: session 45', () => {
	it.each([
		['Follow the topics in this article: Dornia | Lindmoor | Harbours', 'tag line'],
		['Watch the briefing in the player above.', 'page chrome'],
		['Our live coverage has ended. Follow the latest news on the strike here.', 'page chrome'],
		['Some information for this report came from Harbour Press and the Lindmoor Herald.', 'byline'],
		['When using materials of the “Harbour Herald”, a hyperlink is required.', 'disclaimer'],
		['Harbour.dn materials may be used with a reference to the source.', 'disclaimer'],
		['Par Vera Lind (envoyée spéciale à Lindmoor)', 'byline'],
		['Écouter cet article', 'page chrome'],
		['Earlier', 'page chrome'],
		['Watch the full interview on Harbour Radio’s YouTube channel.', 'page chrome'],
		['Support Harbour-Post', 'page chrome'],
		['Corrects the number of ferries in the second paragraph of story published Oct. 10.', 'wire credits'],
		['Lev Darvin is Harbour-Post’s chief correspondent.', 'author’s note'],
		[
			'A woman walks past a shop in Lindmoor. EPA-EFE/VERA LIND ATTENTION: This Image is part of a PHOTO SET',
			'photo caption'
		],
		['Vera Lind organised the rally in Kelvarn. (Lev d’Arvin/HRT)', 'photo caption'],
		['A family arrives at Lindmoor airport in 1991.Vera Lind / AFP via Getty Images', 'photo caption'],
		['>> Dornia: seven questions about the harbour strike', '“read more” link'],
		['WATCH Ferries leave the quay at Lindmoor', '“read more” link'],
		['Harbour English - Reuters', 'byline'],
		['Vera Lind / Harbour Herald', 'byline'],
		['fb/dj (AFP, AP, dpa. Reuters)', 'byline'],
		['Know more? Do not be silent!', 'page chrome'],
		['Send a message, photo or video to the “Harbour Herald” via messengers', 'page chrome'],
		['Please REGISTER to post.', 'page chrome'],
		['Video duration:', 'page chrome'],
		['A screenshot from a video released by Dornian media shows ferries leaving Lindmoor.', 'photo caption'],
		['23 September, 08:15 Share on social media:', 'share or subscribe line']
	])('skips %j as %s', (line, reason) => {
		expect(why(line)).toBe(reason);
	});

	it('keeps reporting that reads like those lines', () => {
		expect(why('Some information came from the harbour master, who watched the ferries leave.')).toBeNull();
		expect(why('Our coverage of the strike has been read by thousands in Lindmoor.')).toBeNull();
		expect(why('Support for the strike fell in Lindmoor.')).toBeNull();
		expect(why('Par ailleurs, les ferries sont restés au port.')).toBeNull();
		expect(why('Send a message to the crews, the protesters said on Tuesday.')).toBeNull();
	});

	it('takes a live page’s headline as its own when the title puts the day before it', () => {
		const title = 'March 4, 2024 Dornia closes the harbour at Lindmoor | Harbour Radio';
		expect(isOwnHeadline('Dornia closes the harbour at Lindmoor', title)).toBe(true);
		expect(isOwnHeadline('Ferries stay in port', title)).toBe(false);
	});

	it('takes the headlines under "More Stories From <outlet>" for links', () => {
		const body = [
			'Ferries stayed in port on Tuesday as the strike spread along the coast to Kelvarn.',
			'More Stories From Harbour Radio',
			'Dornia says the harbour at Lindmoor will open after a one-day strike',
			'Fire at a fuel depot in Kelvarn kills three'
		].join('\n');
		const lines = laidOut(body, 'Ferries stay in port');
		expect(lines[2]![1]).toBe('“read more” link');
		expect(lines[3]![1]).toBe('“read more” link');
	});

	it('takes the headlines under "À lire aussi" for links', () => {
		const body = [
			'Ferries stayed in port on Tuesday as the strike spread along the coast to Kelvarn.',
			'À lire aussi',
			'Dornie : la grève s’étend à Lindmoor',
			'Kelvarn : les ferries restent à quai'
		].join('\n');
		const lines = laidOut(body, 'Ferries stay in port');
		expect(lines[2]![1]).toBe('“read more” link');
		expect(lines[3]![1]).toBe('“read more” link');
	});

	it('keeps a hard-wrapped lead’s first line, which stops on a preposition, as reporting', () => {
		expect(why('Dornia began flying almost 2,000 crews to Lindmoor after')).toBeNull();
		expect(why('Dornia closes the harbour at Lindmoor')).toBe('headline or caption');
	});

	it('reads a live page’s reworded headline as its own, its "live updates" label aside', () => {
		const title = 'Dornia shuts the harbour at Lindmoor - Harbour News';
		expect(isOwnHeadline('Dornia closes the harbour at Lindmoor: live updates', title)).toBe(true);
		expect(isOwnHeadline('Kelvarn closes the harbour at Portvale: live updates', title)).toBe(false);
	});

	it('reads the line over the story, under a date and tag lines, as the page’s headline', () => {
		const body = [
			'Harbour.dn',
			'12:18, 13.12.2022',
			'Region: Dornia, Lindmoor',
			'Theme: Politics',
			'Crews keep the Lindmoor quay closed, 1,100 people stranded',
			'A group of dock workers presenting themselves as activists continues to block the quay at Lindmoor, the harbour office said on Tuesday.'
		].join('\n');
		expect(laidOut(body, 'Dock workers block Lindmoor quay for second day')[4]).toEqual([
			'Crews keep the Lindmoor quay closed, 1,100 people stranded',
			null,
			true
		]);
	});

	it('takes a broadcaster’s desk and a district as a byline, so the headline above it stands', () => {
		expect(why('BBC News, Kalbajar district')).toBe('byline');
	});
});
