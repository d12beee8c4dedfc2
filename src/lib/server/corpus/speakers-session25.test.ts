// Session 25: speakers that real pages (read through the search tool's stored pages, not copied) gave
// wrongly. Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 25', () => {
	it('keeps a body named "of the self-proclaimed X Republic" whole, not the republic its name ends with', () => {
		expect(
			speakersOf(
				'“Two soldiers were hurt near Portvale overnight,” the Defence Ministry of the unrecognised Lindish Republic said.'
			)
		).toEqual([
			[
				'Two soldiers were hurt near Portvale overnight,',
				'Defence Ministry of the unrecognised Lindish Republic'
			]
		]);
		expect(
			speakersOf(
				'“The shelling stopped at dawn and the roads are open,” said the Interior Ministry of the self-proclaimed Lindish Republic.'
			)
		).toEqual([
			[
				'The shelling stopped at dawn and the roads are open,',
				'Interior Ministry of the self-proclaimed Lindish Republic'
			]
		]);
		expect(
			speakersOf(
				'The Defence Ministry of the breakaway Lindish Republic reported new shelling on Monday.\n\n“Two soldiers were hurt near Portvale,” it said.'
			)
		).toEqual([
			['Two soldiers were hurt near Portvale,', 'Defence Ministry of the breakaway Lindish Republic']
		]);
	});
});
