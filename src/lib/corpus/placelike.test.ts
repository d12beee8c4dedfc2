import { describe, expect, it } from 'vitest';
import { isBare, tidy } from './placelike';

describe('isBare', () => {
	it('holds only for pieces that tidy() leaves unchanged', () => {
		expect(tidy(' Baku’s-')).toBe('Baku');
		expect(isBare('Kapan', 0, 5)).toBe(true);
		for (const piece of ['Baku’s', 'Goris ', '-Kapan', 'Yerevan’', 'Lachin', 'Tehran', 'x', 'Éva']) {
			if (isBare(piece, 0, piece.length)) expect(tidy(piece)).toBe(piece);
		}
		const chars = ['A', 'b', 's', 'S', '’', "'", '-', ' ', '\u00a0', 'é', '.'];
		let seed = 13;
		const rnd = (n: number) => Math.floor(((seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647) * n);
		let bare = 0;
		for (let round = 0; round < 3000; round++) {
			const piece = Array.from({ length: 1 + rnd(6) }, () => chars[rnd(chars.length)]).join('');
			if (!isBare(piece, 0, piece.length)) continue;
			bare++;
			expect(tidy(piece), JSON.stringify(piece)).toBe(piece);
		}
		expect(bare).toBeGreaterThan(100);
	});
});
