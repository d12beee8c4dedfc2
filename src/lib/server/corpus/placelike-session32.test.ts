// Session 32: border villages real Armenian and Azerbaijani pages name in ways the engine lost (a list whose
// last names end like an adjective, "one such village, X", "the X District"). Names of real villages; the
// sentences are written for the test.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 32', () => {
	it('keeps a list of places going past a name that ends like an adjective ("Artanish")', () => {
		const { joined, unmatched } = placesJudged(
			'Shells fell on Kapan, Jermuk, Artanish, and Ishkhanasar overnight.',
			'2022-09-13'
		);
		expect(joined).toEqual(['Kapan → kapan']);
		expect(unmatched).toEqual(['Jermuk', 'Artanish', 'Ishkhanasar']);
		// A people's adjective stays one, even listed after a place.
		expect(
			placesJudged('Fighters from Syria, Turkish and Kurdish, were seen.', '2022-09-13').unmatched
		).toEqual(['Syria']);
	});

	it('reads the name set beside "one such village" or "a nearby village" as the village', () => {
		expect(
			placesJudged('The head of one such village, Verin Shorzha, spoke of heavy gunfire.', '2022-09-13')
				.unmatched
		).toEqual(['Verin Shorzha']);
		// "the village" alone is where someone speaks, and the name after it is theirs.
		expect(
			placesJudged('In the village, Armen Petrosyan told us the road was closed.', '2022-09-13').unmatched
		).toEqual([]);
	});

	it('reports "the X District" whole, and leaves a military district alone', () => {
		expect(
			placesJudged('Positions in the Vardenis District came under fire on Tuesday.', '2022-09-13').unmatched
		).toEqual(['Vardenis District']);
		expect(
			placesJudged('Troops of the Southern Military District arrived on Tuesday.', '2022-09-13').unmatched
		).toEqual([]);
	});

	it('joins Kapan’s Soviet and Azerbaijani names, and reads a road named by its ends with "state highway" whole', () => {
		expect(
			placesJudged('From Meghri the lorries went on to Gafan and then to Kafan’s market.', '2022-09-13')
				.joined
		).toEqual(['Gafan → kapan', 'Kafan → kapan']);
		const road = placesJudged(
			'The Chayzam stretch of the Yerevan-Kapan state highway stays closed.',
			'2022-09-13'
		);
		expect(road.joined).toEqual([]);
		expect(road.unmatched).toContain('Yerevan-Kapan state highway');
	});

	it('reads a faction named after the country as a body, not the country', () => {
		expect(
			placesJudged('Anna Harutyunyan, deputy of the “Armenia” faction, objected.', '2022-09-13').joined
		).toEqual([]);
		expect(placesJudged('Deputies from Armenia objected.', '2022-09-13').joined).toEqual([
			'Armenia → armenia'
		]);
	});
});
