// One invisible/control-character rule (invisible.ts) for article headers (ingest), geodata names,
// aliases and descriptions: every character the issue tried is refused by all three, and plain
// names in any script pass.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../server/corpus/article';
import { feat, run } from '../server/geodata/__fixtures__/helpers';
import { formatGeodataError } from '../server/geodata/validate';
import { firstInvisible } from './invisible';

const CASES: [string, string][] = [
	['zero-width joiner', '\u200d'],
	['zero-width non-joiner', '\u200c'],
	['zero-width space', '\u200b'],
	['left-to-right mark', '\u200e'],
	['right-to-left mark', '\u200f'],
	['Arabic letter mark', '\u061c'],
	['soft hyphen', '\u00ad'],
	['tag character (TAG LATIN SMALL LETTER A)', '\u{e0061}'],
	['right-to-left override', '\u202e'],
	['first strong isolate', '\u2068'],
	['word joiner', '\u2060'],
	['byte-order mark', '\ufeff'],
	['bell', '\u0007'],
	['escape', '\u001b'],
	['tab', '\t'],
	['C1 control (NEL)', '\u0085'],
	['line separator', '\u2028'],
	['interlinear annotation anchor', '\ufff9']
];
const code = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

describe('one rule for headers, names and descriptions', () => {
	it.each(CASES)('%s: refused in an article header', (_, ch) => {
		const text = `title: Peace${ch}keepers\nsource: S\ndate: 2023-09-25\n\nBody.`;
		expect(() => parseArticle(new TextEncoder().encode(text), 'x.txt')).toThrow(
			`title: contains the invisible or control character ${code(ch)} at column 6 (header line 1); remove it`
		);
	});
	it.each(CASES)('%s: refused in a geodata name and in a description', (_, ch) => {
		const r = run((d) => {
			feat(d.places, 'shusha').properties.aliases = [`Shu${ch}sha`];
			feat(d.places, 'kornidzor').properties.description = `A village on the ${ch}road.`;
		});
		// Positions are checked in validate.test.ts; here, which names are refused and why.
		expect(r.errors.map((e) => formatGeodataError({ ...e, at: undefined }))).toEqual([
			`geodata/places.geojson: feature "shusha": properties.aliases[0]: contains the invisible character ${code(ch)}; remove it`,
			`geodata/places.geojson: feature "kornidzor": properties.description: contains the invisible character ${code(ch)}; remove it`
		]);
	});
	it('lets every script and its punctuation through', () => {
		for (const s of [
			'Stepanakert',
			'Xankəndi',
			'Şuşa',
			'Ստեփանակերտ',
			'Степанакерт',
			'خانکندی',
			'Lachin — “corridor”',
			'Nagorno-Karabakh'
		])
			expect(firstInvisible(s), s).toBeNull();
	});
});
