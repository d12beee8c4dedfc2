// Session 31: a UN official's title names a division of the Secretariat, not places (eval/README, settled in
// session 30; holdout47). Text written for the test.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 31', () => {
	it('reads "Assistant Secretary-General for Europe, Central Asia and the Americas" as a title, no place', () => {
		const { joined, unmatched } = placesJudged(
			'Briefing the Council, Mira Jansen, Assistant Secretary-General for Europe, Central Asia and the Americas, said the road to Stepanakert must reopen.',
			'2022-12-20'
		);
		expect(joined).toEqual(['Stepanakert → stepanakert']);
		expect(unmatched).toEqual([]);
		// A region named as where something happens stays a place.
		expect(
			placesJudged('Gas prices rose across Europe and Central Asia that winter.', '2022-12-20').unmatched
		).toEqual(['Europe', 'Central Asia']);
	});

	it('finds a place right after "told <outlet>", where only a country makes the outlet’s local edition', () => {
		const { joined } = placesJudged(
			'Some of those fleeing told Reuters Nagorno-Karabakh was finished. One driver told the BBC Stepanakert was empty. Sputnik Armenia reported the same.',
			'2023-09-26'
		);
		expect(joined).toEqual(['Nagorno-Karabakh → nagorno-karabakh', 'Stepanakert → stepanakert']);
	});

	it('keeps a country’s name a place when a channel named after it speaks', () => {
		const { unmatched } = placesJudged(
			'In Iran, experts warned against any new corridor. Iran International, a channel based abroad, said Tehran had “protested to Moscow”.',
			'2024-09-05'
		);
		expect(unmatched).toContain('Iran');
	});

	it('keeps a country a place after a delegate speaks for another country or a title names one', () => {
		const { unmatched } = placesJudged(
			'The delegate for the United States said the closure had “grave humanitarian consequences” and urged Baku to act.\nThe representative of the United Kingdom said the winter would make things worse. “This cannot go on,” he said.',
			'2022-12-20'
		);
		expect(unmatched).toContain('United Kingdom');
	});
});
