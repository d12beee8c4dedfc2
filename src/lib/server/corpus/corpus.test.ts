// The committed corpus: every body is exactly what was copied in (checksums in each header and in
// corpus/manifest.json, taken from the seed files at copy time), and every file parses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256 } from './article';
import type { ManifestEntry } from './store';
import { checkCorpusState } from './consistency';
import { loadCorpus } from './load';

const { articles, errors } = loadCorpus('corpus/articles');
const manifest = JSON.parse(readFileSync('corpus/manifest.json', 'utf8')) as Record<string, ManifestEntry>;

describe('corpus/articles', () => {
	it('loads without errors', () => {
		expect(errors).toEqual([]);
		expect(articles.length).toBeGreaterThanOrEqual(5);
	});
	it.each(articles.map((a) => [a.meta.id, a] as const))('%s: body unedited since it was copied', (id, a) => {
		expect(sha256(Buffer.from(a.body, 'utf8'))).toBe(a.header.sha256);
		expect(manifest[id], `no manifest entry for ${id}`).toBeDefined();
		expect(a.sha256).toBe(manifest[id]!.sha256);
		expect(Buffer.byteLength(a.body)).toBe(manifest[id]!.bytes);
	});
	it('is whole: no interrupted write, no leftover, no article twice (the build checks the same)', () => {
		expect(checkCorpusState('corpus/articles', articles)).toEqual({ errors: [], warnings: [] });
	});
	it('lists no article in the manifest that is missing from the folder', () => {
		expect(Object.keys(manifest).sort()).toEqual(articles.map((a) => a.meta.id).sort());
	});
	it('keeps the five seeds with their dates and date notes', () => {
		const byId = new Map(articles.map((a) => [a.meta.id, a.meta]));
		expect(byId.get('2023-10-09-azatutyun-galuzin-peacekeepers-stay')?.date_note).toMatch(/Monday/);
		expect(byId.get('2020-10-31-wire-russia-ready-to-help-yerevan')?.date_note).toMatch(/Saturday/);
		expect(byId.get('2020-11-02-azatutyun-aliyev-neutrality')?.date).toBe('2020-11-02');
		const seeds = Object.values(manifest).filter((m) => /^00\d_/.test(m.copied_from));
		expect(seeds).toHaveLength(5);
	});
});
