// Session 57: lines a blind set showed read the wrong way. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { laidOut } from './__fixtures__/furniture-run';

describe('furniture: session 57', () => {
	it('reads a live page’s reworded headline as its own when the title has the day before it ("March 3, 2022 - …")', () => {
		const layout = laidOut(
			[
				'HARBOUR',
				'Live Updates',
				'Portvale declares “security measures” along the Lindmoor road',
				'By Vera Lind, Harbour',
				'Updated 9:12 a.m. ET, March 3, 2022',
				'Portvale said on Thursday that its troops had closed the road to Lindmoor for what it called security reasons.'
			].join('\n'),
			'March 3, 2022 - Portvale declares emergency measures along the Lindmoor road | Harbour'
		);
		expect(layout[2]![1]).toBeNull();
		expect(layout[2]![2]).toBe(true);
	});
});
