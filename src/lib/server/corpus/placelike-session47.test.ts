// Session 47: names holdout79 and two probes of real pages showed joined where they are no place, or lost. Sentences
// written for the test; GeoNames and the curated geodata as the engine loads them.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 47', () => {
	it('joins no place inside a site named by its address', () => {
		const { joined } = placesJudged(
			'The relics were moved to a chapel in Shusha, the "russia-artsakh.ru" site informs.',
			'2021-05-01'
		);
		expect(joined).toEqual(['Shusha → shusha']);
	});

	it('joins the plain Latin spelling of a curated Russian name, however short its key', () => {
		expect(
			placesJudged('The new road will start from the village of Tekh, which lies in Syunik.', '2022-08-10')
				.joined
		).toContain('Tekh → tegh');
	});

	it('reports a river named after the word "river"', () => {
		expect(
			placesJudged(
				'Police refused to escort the marchers to the bridge over the river Kelvarn.',
				'2023-01-10'
			).unmatched
		).toContain('Kelvarn');
	});

	it('reports a square or a mosque named for a place whole, never as the place', () => {
		const { joined, unmatched } = placesJudged(
			"Crowds gathered on the Place d'Arménie in Marseille. Only the Aghdam Juma Mosque was left standing.",
			'2023-09-30'
		);
		expect(joined).not.toContain('Arménie → armenia');
		expect(joined).not.toContain('Aghdam → aghdam');
		expect(unmatched).toEqual(expect.arrayContaining(["Place d'Arménie", 'Aghdam Juma Mosque']));
	});

	it('reports both sides\' names after "known to X as A and to Y as B"', () => {
		expect(
			placesJudged(
				'The village, known to Azerbaijanis as Kelvarnly and to Armenians as Kelvarnashen, lies near Portvale.',
				'2023-09-20'
			).unmatched
		).toEqual(expect.arrayContaining(['Kelvarnly', 'Kelvarnashen']));
	});

	it('reports springs named before "mineral springs"', () => {
		expect(
			placesJudged('The district is known for the Kelvarn mineral springs.', '2021-05-01').unmatched
		).toContain('Kelvarn');
	});

	it('joins no place inside a holiday\'s or an event\'s name, and the country of a state agency named "of" it', () => {
		const { joined } = placesJudged(
			'On June 12, Russia Day, the column left. The Khankendi Marathon will start at the airport. The Mine Action Agency of Azerbaijan reported new finds.',
			'2024-06-12'
		);
		expect(joined).toEqual(['Azerbaijan → azerbaijan']);
	});

	it('takes a timeline entry\'s date with an ordinal day ("November 10th 2020.") for the corridor it names', () => {
		const { joined } = placesJudged(
			'Its four years, in brief:\n\nNovember 10th 2020. A ceasefire ends the war. Some 2,000 Russian troops deploy along the Lachin corridor.',
			'2024-06-20'
		);
		expect(joined).toContain('Lachin corridor → lachin-corridor-2020');
	});

	it('reports a river after "rivers …, including the" and springs after "the mineral springs of"', () => {
		const { unmatched } = placesJudged(
			'Trucks polluted the rivers of the region, including the Kelvarnchay. The mineral springs of Dornisu were lost.',
			'2021-01-10'
		);
		expect(unmatched).toEqual(expect.arrayContaining(['Kelvarnchay', 'Dornisu']));
	});

	it('reports "St. Petersburg" once, not "Petersburg" inside it again, and no place in "the Moscow Agreement"', () => {
		const { joined, unmatched } = placesJudged(
			'Shortly after the Moscow Agreement, the leaders met in St. Petersburg, Russia, on Monday.',
			'2022-12-26'
		);
		expect(joined).toEqual(['Russia → russia']);
		expect(unmatched).toEqual(['St. Petersburg']);
	});
});
