import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureGeodata } from './__fixtures__/gazetteer';
import { MAX_BODY_BYTES } from './article';
import { ingestFiles } from './ingest';
import { loadCorpus } from './load';
import type { GeoNamesIndex } from './suggestions';

const GOOD =
	'title: Shelling reported in Khankendi\nsource: Test Wire\ndate: 2023-09-20\n\n' +
	'Shelling hit Khankendi overnight. “We stay,” the mayor told reporters in Tbilisi.';
const geonames: GeoNamesIndex = {
	lookup: (k) => (k === 'tbilisi' ? [{ name: 'Tbilisi', country: 'GE', lon: 44.83, lat: 41.69 }] : undefined)
};

let dir: string;
let corpusDir: string;
const file = (name: string, content: string | Uint8Array) => {
	const p = join(dir, name);
	writeFileSync(p, content);
	return p;
};
const snapshot = () => readdirSync(corpusDir).map((f) => [f, readFileSync(join(corpusDir, f), 'utf8')]);

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'ingest-'));
	corpusDir = join(dir, 'corpus', 'articles');
	cpSync('corpus', join(dir, 'corpus'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ingestFiles', () => {
	it('reports a good article without writing anything', () => {
		const before = snapshot();
		const r = ingestFiles([file('good.txt', GOOD)], { corpusDir, geodata: fixtureGeodata, geonames });
		expect(r.errors).toEqual([]);
		expect(r.articles[0]).toMatchObject({
			id: '2023-09-20-test-shelling-reported-in-khankendi',
			periods: ['offensive-2023']
		});
		expect(r.articles[0]!.quotes.find((q) => q.kind === 'quote')).toMatchObject({
			text: 'We stay,',
			speaker: null
		});
		expect(r.unmatched).toEqual([
			expect.objectContaining({
				name: 'Tbilisi',
				count: 1,
				suggestion: expect.objectContaining({ country: 'GE' })
			})
		]);
		expect(snapshot()).toEqual(before);
	});
	it('with write, adds the article and its checksum; the corpus then loads it', () => {
		const r = ingestFiles([file('good.txt', GOOD)], { corpusDir, geodata: fixtureGeodata, write: true });
		const id = r.articles[0]!.id;
		const loaded = loadCorpus(corpusDir);
		expect(loaded.errors).toEqual([]);
		expect(loaded.articles.find((a) => a.meta.id === id)?.body).toBe(GOOD.split('\n\n')[1]);
		const manifest = JSON.parse(readFileSync(join(dir, 'corpus', 'manifest.json'), 'utf8'));
		expect(manifest[id]).toMatchObject({ copied_from: 'good.txt' });
		expect(readdirSync(corpusDir).some((f) => f.includes('.tmp-'))).toBe(false);
	});
	const bad: [string, string | Uint8Array, RegExp][] = [
		['empty file', '', /file is empty/],
		['no blank line', 'title: T\nsource: S\ndate: 2020-11-10\nBody.', /no blank line/],
		['missing date', 'title: T\nsource: S\n\nBody.', /missing header "date"/],
		['impossible date', 'title: T\nsource: S\ndate: 2023-02-30\n\nBody.', /not a real calendar date/],
		['unknown key', 'title: T\nsource: S\ndate: 2020-11-10\nauthor: A\n\nBody.', /unknown header key/],
		[
			'non-UTF-8',
			new Uint8Array([...Buffer.from('title: T\nsource: S\ndate: 2020-11-10\n\nCaf'), 0xe9]),
			/UTF-8/
		],
		[
			'oversized',
			`title: T\nsource: S\ndate: 2020-11-10\n\n${'x'.repeat(MAX_BODY_BYTES + 1)}`,
			/over the limit/
		],
		[
			'duplicate body',
			readFileSync('corpus/articles/2020-10-31-wire-russia-ready-to-help-yerevan.txt'),
			/duplicate: the same body/
		],
		[
			'duplicate id',
			'id: 2023-10-09-azatutyun-galuzin-peacekeepers-stay\ntitle: T\nsource: S\ndate: 2020-11-10\n\nNew.',
			/duplicate: id/
		]
	];
	it.each(bad)(
		'rejects %s, still reports the others, and writes no file of the run (all or nothing)',
		(_, content, message) => {
			const before = snapshot();
			const r = ingestFiles([file('bad.txt', content), file('good.txt', GOOD)], {
				corpusDir,
				geodata: fixtureGeodata,
				write: true
			});
			expect(r.errors).toEqual([{ file: join(dir, 'bad.txt'), message: expect.stringMatching(message) }]);
			expect(r.articles.map((a) => a.file)).toEqual([join(dir, 'good.txt')]);
			expect(r.written).toEqual([]);
			expect(snapshot()).toEqual(before);
		}
	);
	it('a file of the corpus itself is reported, not a duplicate, and --write leaves it alone', () => {
		const before = snapshot();
		const own = join(corpusDir, '2020-10-31-wire-russia-ready-to-help-yerevan.txt');
		const r = ingestFiles([own], { corpusDir, geodata: fixtureGeodata, write: true });
		expect(r.errors).toEqual([]);
		expect(r.articles.map((a) => a.id)).toEqual(['2020-10-31-wire-russia-ready-to-help-yerevan']);
		expect(r.written).toEqual([]);
		expect(snapshot()).toEqual(before);
	});
	it('rejects the second of two inputs with the same body', () => {
		const r = ingestFiles([file('a.txt', GOOD), file('b.txt', GOOD)], { corpusDir, geodata: fixtureGeodata });
		expect(r.errors.map((e) => e.file)).toEqual([join(dir, 'b.txt')]);
	});
});

describe('npm run ingest (end to end)', () => {
	const run = (...args: string[]) =>
		spawnSync('npx', ['tsx', 'scripts/ingest.ts', ...args], {
			encoding: 'utf8',
			env: { ...process.env, CORPUS_DIR: corpusDir }
		});
	it('prints one JSON document with exactly articles, unmatched, errors, written, recovered; exit 0', () => {
		const p = file(
			'new-article.txt',
			'title: Peacekeepers leave a post near Shushi\nsource: Fixture Daily\ndate: 2023-10-02\n\n' +
				'Russian peacekeepers left a post near Shushi on Monday, witnesses in Goris said.\n' +
				'“We were told to pack,” a soldier said in Stepanakert. The convoy drove towards Lachin and Gumri.'
		);
		const res = run('--json', p);
		expect(res.status, res.stderr).toBe(0);
		const doc = JSON.parse(res.stdout);
		expect(Object.keys(doc)).toEqual(['articles', 'unmatched', 'errors', 'written', 'recovered']);
		const a = doc.articles[0];
		expect(Object.keys(a)).toEqual([
			'file',
			'id',
			'title',
			'source',
			'date',
			'periods',
			'inferred',
			'corrections',
			'quotes',
			'furniture'
		]);
		expect(Object.keys(a.quotes[0])).toEqual(['text', 'kind', 'speaker', 'places', 'trace', 'start', 'end']);
		// The match, per quote: Shushi is another name of Shusha, and the report says so.
		const traces = a.quotes.flatMap((q: { trace: { id: string; text: string; how: string }[] }) => q.trace);
		expect(traces).toContainEqual(expect.objectContaining({ id: 'shusha', text: 'Shushi', how: 'name' }));
		expect(traces).toContainEqual(expect.objectContaining({ id: 'gyumri', text: 'Gumri', how: 'alias' }));
		const places = new Set(a.quotes.flatMap((q: { places: string[] }) => q.places));
		expect(places).toContain('shusha');
		expect(places).toContain('stepanakert');
		expect(places).toContain('gyumri');
		for (const u of doc.unmatched)
			expect(Object.keys(u)).toEqual(['name', 'file', 'count', 'spans', 'sentence', 'why', 'suggestion']);
		expect(existsSync(join(corpusDir, `${a.id}.txt`))).toBe(false);
	}, 120_000);
	it('exits 1 when a file is rejected, still reporting the others', () => {
		const res = run(file('bad.txt', 'title: T\nsource: S\ndate: 2023-02-30\n\nBody.'), file('ok.txt', GOOD));
		expect(res.status).toBe(1);
		expect(res.stdout).toMatch(/✗ .*bad\.txt\n {2}date "2023-02-30" is not a real calendar date/);
		expect(res.stdout).toMatch(/1 read, 1 rejected/);
	}, 120_000);
});
