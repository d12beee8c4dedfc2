import { describe, expect, it } from 'vitest';
import { parseArticle, sha256 } from '../../src/lib/server/corpus/article';
import { generateCorpus, sentencePool, type SyntheticSource } from './synthetic';

const src: SyntheticSource = {
	bodies: [
		'Home » News\n\nRussia said on Saturday it was ready to help Armenia. The talks in Moscow failed.\n“We are ready,” Putin said in Moscow. Azerbaijan rejected the offer on Sunday.',
		'Peacekeepers arrived in Stepanakert on Tuesday after the ceasefire. The corridor through Lachin stayed open.'
	],
	sources: ['Azatutyun.am', 'Unknown outlet'],
	names: ['Stepanakert', 'Khankendi', 'Shusha', 'Lachin corridor', 'Gyumri']
};
const digest = (xs: { id: string; bytes: Uint8Array }[]) =>
	sha256(xs.map((x) => `${x.id}\n${sha256(x.bytes)}`).join('\n'));

describe('synthetic corpus', () => {
	it('is the same for the same seed, and different for another seed', () => {
		const a = generateCorpus(50, 7, src);
		const b = generateCorpus(50, 7, src);
		expect(digest(a)).toBe(digest(b));
		expect(digest(generateCorpus(50, 8, src))).not.toBe(digest(a));
	});
	it('a smaller corpus is a prefix of a larger one with the same seed', () => {
		expect(digest(generateCorpus(10, 3, src))).toBe(digest(generateCorpus(20, 3, src).slice(0, 10)));
	});
	it('writes valid article files with unique ids, built from the source sentences and names', () => {
		const pool = new Set(sentencePool(src.bodies));
		const files = generateCorpus(30, 1, src);
		expect(new Set(files.map((f) => f.id)).size).toBe(30);
		for (const f of files) {
			const a = parseArticle(f.bytes, `${f.id}.txt`, f.id);
			expect(a.header.sha256).toBe(a.sha256);
			expect(src.sources).toContain(a.meta.source);
			expect([...pool].some((s) => a.body.includes(s))).toBe(true);
		}
	});
	it('splits sentences and skips short lines', () => {
		const pool = sentencePool(src.bodies);
		expect(pool).toContain('The talks in Moscow failed.');
		expect(pool).not.toContain('Home » News');
	});
});
