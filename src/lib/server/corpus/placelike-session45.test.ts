// Session 45: names holdout74 and probes 30 and 31 showed reported as places though they are none, lost though they are
// places, or joined to the wrong feature. Sentences written for the test; GeoNames and the curated geodata as the engine loads them.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';
import { insideOtherName } from './mention-context';

describe.runIf(curatedGeodata)('places: session 45', () => {
	it('reports the place a collective farm is named after', () => {
		expect(
			placesJudged('Two posts stand near the former collective farm of Dornick, on the coast road.').unmatched
		).toContain('Dornick');
	});

	it('reports the other name given after "the Azerbaijani name of the village,"', () => {
		expect(
			placesJudged(
				'The ministry wrote that no such village existed, using the Azerbaijani name of the village, Kelvarn, instead.'
			).unmatched
		).toContain('Kelvarn');
	});

	it('joins a town’s possessive before its base to the base, and reports one before a depot whole', () => {
		const { joined, unmatched } = placesJudged(
			'Supplies came by road from Armenia, where Gyumri’s 102nd base has stood since Soviet times. A blast at Stepanakert’s fuel depot killed dozens.',
			'2023-09-26'
		);
		expect(joined).toContain('Gyumri’s 102nd base → russian-102nd-base');
		expect(joined).not.toContain('Gyumri → gyumri');
		expect(unmatched).toContain('Stepanakert’s fuel depot');
	});

	it('keeps a state’s possessive before its base the state', () => {
		const { joined } = placesJudged(
			'Protesters gathered outside Russia’s 102nd base in Gyumri.',
			'2023-01-10'
		);
		expect(joined).toEqual(['Russia → russia', '102nd base in Gyumri → russian-102nd-base']);
	});

	it('reads a country before a count of hours as the place, not a channel ("France 24")', () => {
		const { joined } = placesJudged(
			'Fighting broke out in Nagorno-Karabakh 24 hours after the talks ended; France 24 showed the shelling.',
			'2023-09-20'
		);
		expect(joined).toContain('Nagorno-Karabakh → nagorno-karabakh');
		expect(joined).not.toContain('France → france');
	});

	it('joins "contact lines" and "lines of contact" to the line of the day', () => {
		expect(
			placesJudged(
				'The peacekeepers took positions along contact lines and along the lines of contact.',
				'2021-02-01'
			).joined
		).toEqual(['contact lines → line-of-contact-2020', 'lines of contact → line-of-contact-2020']);
	});

	it('reports a height named by its altitude', () => {
		expect(placesJudged('The soldiers held Height 1,372 above the coast road.').unmatched).toContain(
			'Height 1,372'
		);
	});

	it('reports the place of a release’s dateline in brackets with its day', () => {
		expect(
			placesJudged('(Dornick, 9 October 2023) – A team from the harbour office arrived.').unmatched
		).toContain('Dornick');
	});

	it('reports a village’s other name before "– the name X use for the village –"', () => {
		expect(
			placesJudged(
				'The ministry replied that Kelvarn – the name Azerbaijanis use for the village – is its territory.'
			).unmatched
		).toContain('Kelvarn');
	});

	it('reports the places a list of sites or villages names after "including" or a dash', () => {
		expect(
			placesJudged(
				'They asked for guarantees for Dadivank and other sites, including Dornick, on the far side.',
				'2021-01-01'
			).unmatched
		).toContain('Dornick');
		expect(
			placesJudged(
				'Mets Shen is one of four villages — with Dornick, Kelvarn and Portvale — cut off by the protest.',
				'2023-01-01'
			).unmatched
		).toEqual(expect.arrayContaining(['Dornick', 'Kelvarn', 'Portvale']));
	});

	it('reads "Trade" in a title-case headline as the verb, not a trade body’s name', () => {
		const line = 'Armenia, Azerbaijan Trade Accusations Over Lachin Corridor';
		const at = line.indexOf('Azerbaijan');
		expect(insideOtherName(line, { start: at, end: at + 10, ids: ['azerbaijan'] })).toBeNull();
		const port = 'the director of the Baku International Sea Trade Port';
		expect(insideOtherName(port, { start: 20, end: 24, ids: ['baku'] })).not.toBeNull();
	});
});
