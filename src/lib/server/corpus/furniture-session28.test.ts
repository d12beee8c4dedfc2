// Session 28: a live page's chrome that a blind set (holdout41) carried into the story: entry times with
// their date and a middle dot, the page's "Published On …" line, its closing notice; and so the entries'
// headings, which the time over them makes content. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';
import { paragraphs } from './extract';

describe('furniture: session 28', () => {
	it('knows an entry time with its date and a middle dot, and the page’s own dates', () => {
		expect(why('21 Sep 2023 · 09:40 GMT')).toBe('time stamp');
		expect(why('Sep 21, 2023 · 9:40')).toBe('time stamp');
		expect(why('Published On 21 Sep 2023 · 21 Sep 2023 · Updated 22 Sep 2023')).toBe('time stamp');
		expect(why('Posted on March 3, 2022')).toBe('time stamp');
		expect(why('This live page is now closed.')).toBe('editor’s note');
		// A sentence that opens with "Published" is no stamp.
		expect(why('Published on 3 March 2022, the report named the villages where posts stood.')).not.toBe(
			'time stamp'
		);
	});

	it('knows an image’s file, a story number, a share row, a breadcrumb, a byline’s label and a credit in capitals', () => {
		expect(why('Map of the corridor Website Banner.jpg (180 KB)')).toBe('page chrome');
		expect(why('7.png (12 KB)')).toBe('page chrome');
		expect(why('Story Code : 771203')).toBe('page chrome');
		expect(why('Post this story to Twitter Post this story to Facebook')).toBe('page chrome');
		expect(why('News.Az » Region » Peacekeepers hand over the Aghdam post')).toBe('navigation');
		expect(why('Author')).toBe('byline');
		expect(why('Cars wait at the Hakari bridge (PHOTO: Hetq)')).toBe('photo caption');
		// A sentence that names a photograph is reporting.
		expect(why('The soldiers posed for a photo (one of them smiled) before they left.')).toBeNull();
	});

	it('keeps an entry’s heading under such a time as content', () => {
		const body = [
			'Live: convoys leave the region',
			'21 Sep 2023 · 09:40 GMT',
			'Talks open in Yevlakh',
			'Delegations from Baku and Stepanakert met at the town hall, officials said.',
			'Share'
		].join('\n');
		const laid = paragraphs(body, 'Live: convoys leave the region').map((p) => [
			body.slice(p.start, p.end),
			p.furniture ? p.why : null
		]);
		expect(laid).toContainEqual(['Talks open in Yevlakh', null]);
		expect(laid).toContainEqual(['21 Sep 2023 · 09:40 GMT', 'time stamp']);
	});
});
