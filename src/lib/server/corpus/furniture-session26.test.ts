// Session 26: a saved page whose title is worded otherwise than its headline (a search title, an
// outlet's rewording) lost its headline, and the places in it, to the furniture. Pages written for the
// test, in the shapes real pages have (read through the search tool's stored pages, not copied).
import { describe, expect, it } from 'vitest';
import { kept } from './__fixtures__/furniture-run';

describe('furniture: session 26', () => {
	it('keeps the headline over the story when the title is worded otherwise', () => {
		const page = [
			'Loading...',
			'°C,',
			'Ferry crews in Lindmoor stay at the quay',
			'12 May 2021, 14:35',
			'The crews of the ferry said on Tuesday that they would stay at the quay until the strike ends.'
		].join('\n\n');
		expect(kept(page, 'Strike news roundup')).toEqual([
			'Ferry crews in Lindmoor stay at the quay',
			'The crews of the ferry said on Tuesday that they would stay at the quay until the strike ends.'
		]);
	});

	it('keeps a caption above the story out, however the title is worded', () => {
		// A caption says a sentence and who took the photo: never the page's headline.
		const page = [
			'The quay at Lindmoor. Photo: Harbour News',
			'12 May 2021, 14:35',
			'The crews of the ferry said on Tuesday that they would stay at the quay until the strike ends.'
		].join('\n\n');
		expect(kept(page, 'Strike news roundup')).toEqual([
			'The crews of the ferry said on Tuesday that they would stay at the quay until the strike ends.'
		]);
	});
});
