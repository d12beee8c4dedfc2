// Session 31: lines real saved pages showed (read through the search tool's stored pages, not copied):
// a cookie notice, a bookmarks tab, a "Similar news:" label, and a standfirst printed again as the lead.
// Lines written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';
import { paragraphs } from './extract';

const texts = (body: string, title = 'T') =>
	paragraphs(body, title).map((p) => [body.slice(p.start, p.end), p.furniture ?? false]);

describe('furniture: session 31', () => {
	it('knows a cookie notice that opens "This website uses cookies", a bookmarks tab and "Similar news:"', () => {
		expect(why('This website uses cookies. Some keep the site working and cannot be switched off.')).toBe(
			'cookie notice'
		);
		expect(why('Bookmarks')).toBe('page chrome');
		expect(why('Similar news:')).toBe('“read more” link');
		expect(why('Bookmarks were burned with the archive, the librarian said.')).toBeNull();
	});

	it('keeps the lead paragraph that repeats the standfirst right above it, and the standfirst stays furniture', () => {
		const lead =
			'As shelling goes on around the town, hundreds of families are leaving for the border villages to escape the fighting.';
		expect(
			texts(
				`Families flee the fighting\n${lead}\n${lead}\nBuses left at dawn, officials said.`,
				'Families flee the fighting'
			)
		).toEqual([
			['Families flee the fighting', false],
			[lead, true],
			[lead, false],
			['Buses left at dawn, officials said.', false]
		]);
	});
});
