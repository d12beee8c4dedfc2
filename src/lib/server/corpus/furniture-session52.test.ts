// Session 52: lines a blind set and three probes of real pages showed read the wrong way. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { laidOut, why } from './__fixtures__/furniture-run';

describe('furniture: session 52', () => {
	it('skips a caption over its gallery’s counter, in one block, and keeps the story under it', () => {
		const lines = laidOut(
			[
				'Columns of Dornian armoured vehicles drove into Lindmoor on Thursday, a day after the ceasefire took effect, witnesses said.',
				'A Dornian soldier stands guard near a checkpoint outside Lindmoor, November 12, 2020, as the first columns arrive from Portvale\n1 of 6',
				'The deal, signed on Monday in Portvale by the three leaders, ended six weeks of fighting over the hills around Lindmoor.'
			].join('\n\n'),
			'Soldiers drive into Lindmoor'
		);
		expect(lines.map(([, reason]) => reason)).toEqual([null, 'photo caption', 'headline or caption', null]);
	});

	it('skips a reprint notice that asks for "an active link"', () => {
		expect(why('Harbour.am. When quoting, an active link to Harbour is mandatory.')).toBe('copyright line');
	});
});
