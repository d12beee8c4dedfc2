// Places the blind sets of session 22 still missed, each on a sentence written for the test: a front's
// axis named by its town ("the Askeran direction"); a compass adjective before a common noun ("Western
// proposals"), which is no place; the second city of a dateline after a slash; a curated town's
// namesake that the text puts by a landmark far from it ("Martuni on Lake Sevan"); a place inside a
// society's, a port's or an information headquarters' own name.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 23', () => {
	const run = (body: string) => placesJudged(body);

	it('reports a town no feature draws when the text names a front’s axis by it', () => {
		expect(run('Shelling went on overnight in the Askeran direction, the bulletin said.').unmatched).toEqual([
			'Askeran'
		]);
	});

	it('reads a compass adjective before a common noun as no place', () => {
		expect(
			run('He said so in a clear reference to Western proposals for a mission of monitors.').unmatched
		).toEqual([]);
	});

	it('reports the second city of a dateline after a slash', () => {
		expect(run('GORIS / BOSTON — The road has been shut for a month.').unmatched).toEqual(['BOSTON']);
	});

	it('reports a curated town’s namesake that the text puts by a landmark far from it', () => {
		const out = run('Monitors drive out from their bases in Goris and Martuni on Lake Sevan.');
		expect(out.joined).toEqual(['Goris → goris']);
		expect(out.unmatched).toContain('Martuni');
		// A landmark near the curated town leaves it joined.
		expect(run('Shells fell on Martuni near Stepanakert.').joined).toContain('Martuni → martuni');
	});

	it('leaves a place inside a society’s, a port’s or an information headquarters’ name', () => {
		const out = run(
			'Aid went to Khankendi, the Azerbaijan Red Crescent Society said. The director of the Baku International Sea Trade Port and the Information Headquarters of Artsakh spoke too.'
		);
		expect(out.joined).toEqual(['Khankendi → stepanakert']);
	});

	it('reads a house of worship named in lower case "in" a town as the town, a named cathedral as a compound', () => {
		expect(run('Soldiers raised a flag over the ruins of the mosque in Agdam.').joined).toEqual([
			'Agdam → aghdam'
		]);
		expect(run('He served as the priest of the church in Goris.').joined).toEqual(['Goris → goris']);
		expect(run('Pilgrims came to the Ghazanchetsots Cathedral in Shushi.').unmatched).toEqual([
			'Ghazanchetsots Cathedral in Shushi'
		]);
	});

	it('joins a town that names a building where a facility stands, not the facility', () => {
		expect(run('They queued at the registration point at the Stepanakert sports complex.').joined).toEqual([
			'Stepanakert → stepanakert'
		]);
	});

	it('reports the villages a list names after "among them"', () => {
		expect(
			run('Residents of three villages near the new line, among them Aravik and Soghutlu, were told to stay.')
				.unmatched
		).toEqual(expect.arrayContaining(['Aravik', 'Soghutlu']));
	});

	it('reads no far town GeoNames knows by a common word in a title-case headline', () => {
		expect(run('At the Pier, the Ferry From Portvale Arrives in Cars and Tears').unmatched).toEqual([]);
	});

	it('reports the other name of heights "known locally as", and a town a road’s turn is named by', () => {
		expect(
			run('Two soldiers died on the heights above Zarbulagh, known locally as Kirmizikaya.').unmatched
		).toEqual(['Zarbulagh', 'Kirmizikaya']);
		expect(run('The patrol stopped near the Vardzhakhpyur turn on the old road.').unmatched).toEqual([
			'Vardzhakhpyur'
		]);
	});
});
