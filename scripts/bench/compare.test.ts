import { describe, expect, it } from 'vitest';
import { compareRows, GEODATA, resolveEngine, verdict, type EngineRun } from './compare';

const tree = (...files: string[]) => {
	const set = new Set(files.map((f) => `/old/${f}`));
	return (p: string) => set.has(p);
};

const run = (totalMs: number, digest = 'a'): EngineRun => ({
	articles: 2000,
	parseMs: 0,
	joinMs: totalMs,
	totalMs,
	cpuMs: totalMs,
	quotes: 10,
	digest,
	geodata: 'geodata',
	engine: 'src/lib/corpus/join.ts'
});

describe('bench compare: where the geoparser is', () => {
	it('finds it under src/lib/corpus/ (before the move)', () => {
		const exists = tree('src/lib/corpus/article.ts', 'src/lib/corpus/join.ts', 'src/lib/geodata/load.ts');
		expect(resolveEngine('/old', exists)).toEqual({
			article: '/old/src/lib/corpus/article.ts',
			join: '/old/src/lib/corpus/join.ts',
			geodata: '/old/src/lib/geodata/load.ts'
		});
	});
	it('prefers src/lib/server/ (after the move), module by module', () => {
		const exists = tree(
			'src/lib/server/corpus/article.ts',
			'src/lib/server/corpus/join.ts',
			'src/lib/corpus/join.ts',
			'src/lib/geodata/load.ts'
		);
		expect(resolveEngine('/old', exists)).toEqual({
			article: '/old/src/lib/server/corpus/article.ts',
			join: '/old/src/lib/server/corpus/join.ts',
			geodata: '/old/src/lib/geodata/load.ts'
		});
	});
	it('names what is missing', () => {
		expect(() => resolveEngine('/old', tree('src/lib/corpus/article.ts'))).toThrow(
			/\/old: no join under src\/lib\/server\/corpus or src\/lib\/corpus/
		);
	});
});

describe('bench compare: the verdict', () => {
	it('is the ratio of the medians, new / old, with the spread of the pairs', () => {
		const v = verdict([100, 200, 100, 100, 100], [110, 110, 120, 90, 100]);
		expect(v.ratio).toBeCloseTo(1.1);
		expect(v.pairs.min).toBeCloseTo(0.55);
		expect(v.pairs.max).toBeCloseTo(1.2);
		expect(v.pairs.n).toBe(5);
		expect(v.pass).toBe(true);
	});
	it('passes at 1.2 and fails above it', () => {
		expect(verdict([100, 100, 100, 100, 100], [120, 120, 120, 120, 120]).pass).toBe(true);
		expect(verdict([100, 100, 100, 100, 100], [121, 121, 121, 121, 121]).pass).toBe(false);
	});
	it('fails with fewer than 5 pairs, however fast', () => {
		expect(verdict([100, 100, 100, 100], [50, 50, 50, 50]).pass).toBe(false);
	});
	it('shows the wall-time ratio beside the CPU verdict', () => {
		const v = verdict([100, 100, 100, 100, 100], [90, 90, 90, 90, 90]);
		const rows = compareRows('abc', v, [run(200)], [run(300)]);
		expect(rows[2]!.value).toBe('200 (200–200) → 300 (300–300): 1.50; pairs 1.50 (1.50–1.50)');
		expect(rows.at(-1)!.pass).toBe(true);
	});
	it('reports whether the output changed', () => {
		const v = verdict([100, 100, 100, 100, 100], [90, 90, 90, 90, 90]);
		const same = compareRows('abc', v, [run(100)], [run(90)]);
		expect(same.map((r) => r.pass)).toEqual([null, null, null, null, null, true]);
		expect(same[4]!.value).toBe("the working tree's geodata/ on both sides");
		expect(same[3]!.value).toBe('identical (10 quotes)');
		const differs = compareRows('abc', v, [run(100, 'a')], [{ ...run(90, 'b'), quotes: 12 }]);
		expect(differs[3]!.value).toBe('differs: 10 → 12 quotes');
		expect(differs[5]!.target).toBe('≤ 1.20 in ≥ 5 pairs');
		const own = compareRows('abc', v, [{ ...run(100), geodata: '/tmp/x/geodata' }], [run(90)]);
		expect(own[4]!.value).toMatch(/^old: its commit's geodata/);
		const lent = compareRows('abc', v, [{ ...run(100), geodata: GEODATA.loadedByWorkingTree }], [run(90)]);
		expect(lent[4]!.value).toMatch(/on both sides \(the old loader refuses it/);
	});
});
