// Session 30: names of units and past states built on a place's name (eval/README, settled in session 30;
// holdout43's "Moscow region"). Text written for the test.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 30', () => {
	it('reports a region named after a city far from the map as a region, not the city', () => {
		const { joined, unmatched } = placesJudged(
			'The sergeant’s mother spoke by phone from the Moscow region; his unit had left the Moscow oblast in May. Moscow said nothing.',
			'2023-09-22'
		);
		expect(joined).toEqual(['Moscow → moscow']);
		expect(unmatched).toEqual(['Moscow region', 'Moscow oblast']);
	});

	it('still joins a district named after a town on the map to the town', () => {
		expect(
			placesJudged('Shelling was reported in the Martakert region overnight.', '2021-05-01').joined
		).toEqual(['Martakert → martakert']);
	});

	it('reports a Soviet republic or a past empire as a historical state, never as today’s country', () => {
		const { joined, unmatched } = placesJudged(
			'In 1923 the area was given to the Azerbaijan SSR, not the Armenian SSR; the Azerbaijan Soviet Socialist Republic kept it, as the Russian Empire had once kept the Karabakh Khanate. The Russian Federation now sends troops.',
			'2023-05-01'
		);
		expect(joined).toEqual(['Russian Federation → russia']);
		expect(unmatched.sort()).toEqual([
			'Armenian SSR',
			'Azerbaijan SSR',
			'Azerbaijan Soviet Socialist Republic',
			'Karabakh Khanate',
			'Russian Empire'
		]);
	});

	it('reads two roads named by their ends that share a plural head as two roads, never as their towns', () => {
		const shared = placesJudged(
			'Traffic on the Aghdam–Khankendi and Lachin–Khankendi roads is now controlled by police.',
			'2023-10-10'
		);
		expect(shared.joined).toEqual(['Lachin–Khankendi roads → lachin-corridor-2022']);
		expect(shared.unmatched).toEqual(['Aghdam–Khankendi']);
		const built = placesJudged(
			'Officials said the Kalbajar–Lachin and Lachin–Hakari roads were built.',
			'2023-10-10'
		);
		expect(built.joined).toEqual([]);
		expect(built.unmatched).toEqual(['Kalbajar–Lachin', 'Lachin–Hakari roads']);
		// Two towns and a plural head name the towns' routes, not a road by its two ends.
		expect(
			placesJudged('They want to open the Aghdam and Lachin routes at the same time.', '2023-05-01').joined
		).toEqual(['Aghdam → aghdam', 'Lachin → lachin']);
	});

	it('never reports a division of an organisation named "Europe and Central Asia" as places', () => {
		expect(
			placesJudged(
				'“We count on it,” said Martin Keller, the ICRC’s regional director for Europe and Central Asia. “It is,” said Anna Lind, associate Europe and Central Asia director at Human Rights Watch.',
				'2023-09-28'
			).unmatched
		).toEqual([]);
		const both = placesJudged(
			'Gas flows from the Caspian to Europe. “It will last,” said Olga Lind, program director for Europe\nand Central Asia at a think tank.',
			'2023-09-28'
		);
		expect(both.unmatched).toEqual(['Caspian', 'Europe']);
		expect(both.out.unmatched.find((u) => u.name === 'Europe')!.count).toBe(1);
	});

	it('reports the Urals like Siberia, a region of Russia named with no cue', () => {
		expect(placesJudged('Conscripts from Siberia and the Urals rotate every few months.').unmatched).toEqual([
			'Siberia',
			'Urals'
		]);
	});
});
