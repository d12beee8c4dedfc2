import { describe, expect, it } from 'vitest';
import { aliasKey, normalize, normalizeCodes } from './fold';

/** Each normalised character with the original text it came from. */
const pairs = (text: string) => {
	const { norm, starts, ends } = normalize(text);
	return [...norm].map((c, i) => [c, text.slice(starts[i], ends[i])]);
};

describe('normalize', () => {
	it('folds case and diacritics, and maps every character back to its original span', () => {
		expect(normalize('Şuşa – Xankəndi').norm).toBe('susa xankendi');
		expect(pairs('Aé – b')).toEqual([
			['a', 'A'],
			['e', 'é'],
			[' ', ' – '],
			['b', 'b']
		]);
	});
	it('keeps the offsets right when a letter becomes two (ß → ss), however long the text', () => {
		const text = `${'ß'.repeat(40)} Baku`;
		const { norm, starts, ends } = normalize(text);
		expect(norm).toBe(`${'ss'.repeat(40)} baku`);
		expect([starts[1], ends[1], starts[80], ends[80]]).toEqual([0, 1, 40, 41]);
		expect(text.slice(starts[81], ends[84])).toBe('Baku');
	});
	it('treats apostrophes alike and everything else as a boundary', () => {
		expect(normalize('O’Brien `x´ «Baku»!').norm).toBe("o'brien 'x' |baku||");
	});
	it('folds a lone surrogate by what follows it, not by a cached neighbour', () => {
		// The same unpaired high surrogate before a space and before a letter.
		expect(normalize('\ud800 a').norm).toBe(' a');
		expect(normalize('\ud800ab').norm).toBe('|b');
		expect(normalize('\ud800 a').norm).toBe(' a');
	});
	it('marks the end with two boundaries, so the matcher may look past the last character', () => {
		const { codes, length } = normalizeCodes('ab');
		expect(length).toBe(2);
		expect(String.fromCharCode(...codes.subarray(0, length + 2))).toBe('ab||');
	});
	it('folds Azerbaijani ğ as the press romanises it, gh (Ağdam = Aghdam), and the other letters to their base', () => {
		expect(aliasKey('Ağdam')).toBe(aliasKey('Aghdam'));
		expect(aliasKey('Dağlıq Qarabağ')).toBe('daghliq qarabagh');
		expect(aliasKey('Şuşa Laçın Füzuli Xocavənd Göygöl')).toBe('susa lacin fuzuli xocavend goygol');
	});
	it('gives alias keys without apostrophes or boundaries', () => {
		expect(aliasKey(' Shush’i (town) ')).toBe('shushi town');
	});
});
