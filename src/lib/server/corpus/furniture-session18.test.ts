// Furniture holdout18 and holdout19 showed read as reporting (session 18), on lines written for the test:
// a TV site's video links with their running time, a wire's contact line, a briefing's contact label; the
// headlines under a list's label (in English, Russian, Azerbaijani, Turkish or Armenian) that look like a
// wrapped paragraph; an author's note at a page's end; a byline with a place's other name in brackets.
import { describe, expect, it } from 'vitest';
import { furnitureReason } from './furniture';
import { paragraphs } from './extract';

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

describe('furniture: lists of links and the author’s note', () => {
	const furniture = (body: string) =>
		paragraphs(body, 'Convoy stopped at the bridge')
			.filter((p) => p.furniture)
			.map((p) => body.slice(p.start, p.end));
	const story =
		'The convoy waited at the bridge for a third day, drivers said on Monday.\n\n"We sleep in the cabs," one of them said.\n\n';

	it('keeps the headlines under a list’s label apart, however wrapped they look', () => {
		for (const label of ['Read more:', 'Читайте также:', 'Oxşar xəbərlər', 'İlgili Haberler', 'Կարդացեք նաև'])
			expect(
				furniture(
					`${story}${label}\nProtesters gather outside the government building in the capital tonight\nWho commands the peacekeepers, and what are his orders now?\nSITE.am, 2020. Reprinting is allowed with a link to the source.`
				)
			).toContain('Protesters gather outside the government building in the capital tonight');
	});

	it('skips the author’s note at the page’s end, and keeps such a sentence in the story', () => {
		const note = 'Lusine Avetisyan is a political analyst based in the South Caucasus.';
		expect(furniture(`${story}${note}\nShare this article: Facebook | X | Email`)).toContain(note);
		const early = `${note}\n\n${story}${'More reporting follows.\n\n'.repeat(12)}`;
		expect(furniture(early)).not.toContain(note);
	});

	it('reads a byline with the place’s other name in brackets', () => {
		expect(furnitureReason('By Ani Grigoryan in Kalbajar (Karvachar)', 'T', false)).toBe('byline');
	});
});
