// Furniture holdout18 and holdout19 showed read as reporting (session 18), on lines written for the test:
// a TV site's video links with their running time, a wire's contact line, a briefing's contact label; and
// a timeline's timed entries, which are reporting.
import { describe, expect, it } from 'vitest';
import { furnitureReason } from './furniture';

const why = (line: string) => furnitureReason(line, 'Convoy stopped at the bridge', false);

describe('furniture: video links and contact lines', () => {
	it('skips a video link by its running time or its play sign', () => {
		expect(why('▶ Farmers count their losses after the hail (03:12)')).toBe('video link');
		expect(why('Watch the evening bulletin in full (1:02:40)')).toBe('video link');
		expect(why('► Watch: the convoy at the bridge')).toBe('video link');
		// A bullet of reporting with no running time stays reporting.
		expect(why('► The peacekeepers set up 27 observation posts along the line.')).toBeNull();
	});

	it('skips a wire’s and a briefing’s contact lines', () => {
		expect(why('To contact the reporter on this story: Ani Sargsyan in Yerevan')).toBe('contact line');
		expect(why('For more information on this topic, please contact:')).toBe('contact line');
		expect(why('To contact the families, the Red Cross set up a hotline on Monday.')).toBeNull();
	});
});
