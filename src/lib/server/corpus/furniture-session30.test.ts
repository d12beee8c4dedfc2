// Session 30: page lines real saved pages showed (read through the search tool's stored pages, not
// copied), and a wrapped sentence's last word. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';
import { paragraphs } from './extract';

const texts = (body: string, title = 'T') =>
	paragraphs(body, title).map((p) => [body.slice(p.start, p.end), p.furniture]);

describe('furniture: session 30', () => {
	it('knows a template’s ad slot, a text-size switch, a comment form and a comments link', () => {
		for (const line of ['[ad_1]', 'XS', 'LG', 'Please enter your comment!', 'Discuss'])
			expect(why(line)).toBe('page chrome');
		expect(why('Discuss the plan with Baku, the envoy said.')).toBeNull();
	});

	it('knows a reporter’s byline with where they file from, and keeps a sentence that opens with "By"', () => {
		expect(why('By Anna Petrova and Lev Orlov in Goris & Kornidzor, Armenia')).toBe('byline');
		expect(why('By Tuesday in Goris, the aid had arrived.')).not.toBe('byline');
	});

	it('knows a site’s disclaimer however long it runs', () => {
		const note = `We would remind readers that publication of articles on our site does not mean that we share their views. ${'We publish what may help readers form their own opinions. '.repeat(6)}`;
		expect(note.length).toBeGreaterThan(320);
		expect(why(note)).toBe('disclaimer');
	});

	it('keeps a wrapped sentence’s one-word last line in its paragraph, not as a signature', () => {
		const body =
			'A convoy with flour sent from Baku has waited on the road near\nAghdam for three days, the agency’s Karabakh bureau\nreports.\nTwo lorries are parked in front of the\npeacekeepers’ post on the road, its correspondent\nsaw.\neuronews.';
		expect(texts(body)).toEqual([
			[
				'A convoy with flour sent from Baku has waited on the road near\nAghdam for three days, the agency’s Karabakh bureau\nreports.',
				false
			],
			[
				'Two lorries are parked in front of the\npeacekeepers’ post on the road, its correspondent\nsaw.',
				false
			],
			['euronews.', true]
		]);
	});

	it('keeps a wire’s summary under its headline that opens as one, not as a caption', () => {
		const body =
			'All news\n\nTroops enter the Lachin district\n\nEarlier, the army left the Agdam and Kalbajar districts\n\nBAKU, December 1. Units have entered the district, the ministry said.';
		expect(texts(body, 'Troops enter the Lachin district')[2]).toEqual([
			'Earlier, the army left the Agdam and Kalbajar districts',
			false
		]);
	});

	it('knows a page’s date with its weekday, an update line and a view count by the eye, and the headline between them and the story', () => {
		expect(why('Güncelleme: 26.04.2024, Cuma 16:40')).toBe('date line');
		expect(why('26.04.2024, Cuma 15:12')).toBe('date line');
		expect(why('👁 6 305')).toBe('view count');
		const body =
			'CALIBER\nPolitics\n28 October 2023 13:40\n👁 6 305\nPeacekeepers complete withdrawal from posts in Khojavend and Aghdara\n\nThe contingent has dismantled its remaining posts in the Khojavend and Aghdara districts, the ministry reported on Saturday.';
		expect(texts(body, 'Caliber – Peacekeepers hand over the last posts')[4]).toEqual([
			'Peacekeepers complete withdrawal from posts in Khojavend and Aghdara',
			false
		]);
	});

	it('knows footnotes, a newsletter’s footer, an appeal, a live page’s closing notice and links to more stories', () => {
		expect(why('¹ According to the ministry, 15 servicemen were killed.')).toBe('footnote');
		expect(why('You are receiving this email because you subscribed to the daily digest.')).toBe('appeal');
		expect(why('Get updates on the region from around the globe. Join our movement today.')).toBe('appeal');
		expect(why('This live page is now closed. Thanks for joining us.')).toBe('editor’s note');
		expect(why('More reading: Azerbaijan: Strikes in Nagorno-Karabakh')).toBe('“read more” link');
		expect(why('More from World: Armenia looks west, away from Moscow')).toBe('“read more” link');
		expect(why('More from the ministry came on Friday, when it said the road was open.')).toBeNull();
	});

	it('keeps a digest item’s headline over its dateline, and a subtitle in title case under the headline, as content', () => {
		const digest =
			'NEWS OF THE DAY\nParukh: Peacekeepers say the troops pulled back\n\nSTEPANAKERT, March 26. Units that entered the zone near the village of Parukh on March 24 have withdrawn, the ministry said.\n\n13:42 | Views: 4,118\nYerevan: Ministers discuss the situation by phone\n\nYEREVAN, March 26. The foreign minister spoke by phone with his Russian counterpart, the ministry reported.';
		const lines = texts(digest, 'Panorama: news of the day');
		expect(lines[1]).toEqual(['Parukh: Peacekeepers say the troops pulled back', false]);
		expect(lines[4]).toEqual(['Yerevan: Ministers discuss the situation by phone', false]);
		const release =
			'Human Rights Watch\nBlockade Endangers Karabakh Armenians\n\nRussian Peacekeepers, Azerbaijan Should Ensure Free Movement on Lachin Corridor\n\n(Berlin) – The blocking of the only road has cut off about 120,000 people from essential goods, Human Rights Watch said today.';
		expect(texts(release, 'Blockade Endangers Karabakh Armenians | Human Rights Watch')[2]).toEqual([
			'Russian Peacekeepers, Azerbaijan Should Ensure Free Movement on Lachin Corridor',
			false
		]);
	});
});
