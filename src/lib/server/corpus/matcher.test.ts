import { describe, expect, it } from 'vitest';
import { fixtureGeodata } from './__fixtures__/gazetteer';
import { compileMatcher, gazetteerFrom } from './matcher';
import { pickByDate } from './feature-versions';

const m = compileMatcher(gazetteerFrom(fixtureGeodata));
const found = (t: string) => m.match(t).map((x) => [t.slice(x.start, x.end), x.ids.join('+')]);

describe('the place-name matcher', () => {
	it('is case-, diacritic- and apostrophe-insensitive, mapping offsets back', () => {
		expect(found('SHUSHA, Şuşa, choucha; Xankəndi and Khankendi; Gumri')).toEqual([
			['SHUSHA', 'shusha'],
			['Şuşa', 'shusha'],
			['choucha', 'shusha'],
			['Xankəndi', 'stepanakert'],
			['Khankendi', 'stepanakert'],
			['Gumri', 'gyumri']
		]);
		expect(found("Moscow’s position, Baku's reply")).toEqual([
			['Moscow', 'moscow'],
			['Baku', 'baku']
		]);
	});
	it('matches an initialism with its full stops, never the word it spells', () => {
		const g = compileMatcher([
			{ id: 'united-states', name: 'United States', layer: 'places', names: ['United States', 'U.S.'] }
		]);
		const hits = (t: string) => g.match(t).map((x) => t.slice(x.start, x.end));
		expect(hits('A U.S. envoy flew in; talks in the U.S. ended.')).toEqual(['U.S.', 'U.S.']);
		expect(hits('Give us the U S map, said the US team.')).toEqual([]);
	});
	it('matches whole words only', () => {
		expect(found('Pashinian, Bakuvian, Gyumrian, Armenians and Moscowite')).toEqual([]);
	});
	it('matches multi-word names, longest first, across hyphen or space', () => {
		expect(
			found('Nagorno-Karabakh, Nagorno Karabakh, Karabakh’s, the “line of contact” and the Lachin corridor')
		).toEqual([
			['Nagorno-Karabakh', 'nagorno-karabakh'],
			['Nagorno Karabakh', 'nagorno-karabakh'],
			['Karabakh', 'nagorno-karabakh'],
			['line of contact', 'line-of-contact-2020'],
			['Lachin corridor', 'lachin-corridor']
		]);
	});
	it('matches names in other scripts', () => {
		expect(found('в Степанакерте? no: Степанакерт.')).toEqual([['Степанакерт', 'stepanakert']]);
	});
	it('picks among same-named features by the article date', () => {
		const entries = new Map([
			[
				'loc-1994',
				{
					id: 'loc-1994',
					name: 'a',
					layer: 'lines' as const,
					names: [],
					valid_from: '1994-05-12',
					valid_to: '2020-11-10'
				}
			],
			[
				'loc-2020',
				{
					id: 'loc-2020',
					name: 'b',
					layer: 'lines' as const,
					names: [],
					valid_from: '2020-11-10',
					valid_to: '2023-09-20'
				}
			]
		]);
		expect(pickByDate(['loc-1994', 'loc-2020'], '2020-10-31', entries)).toEqual(['loc-1994']);
		expect(pickByDate(['loc-1994', 'loc-2020'], '2023-10-09', entries)).toEqual(['loc-2020']);
	});
	// Throughput is measured by `npm run bench` (figure 5), never timed here: CI machines are shared.
	it('finds every mention in a long text in one pass', () => {
		const text =
			'Reports of shelling near Stepanakert and Shushi, the base in Gumri, Baku and Yerevan. '.repeat(50);
		expect(m.match(text)).toHaveLength(50 * 5);
	});
});
