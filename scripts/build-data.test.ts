// The data step: it refuses an inconsistent corpus, a corrupt basemap or a stale correction,
// naming what is wrong, and its swap of static/data leaves the old or the new folder at every
// instant — proven by SIGKILL at each stage of the swap (real processes, bounded).
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	rmSync,
	unlinkSync,
	writeFileSync
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	dataStep,
	killHard,
	killStarted,
	REPO,
	startPaused
} from '../src/lib/server/corpus/__fixtures__/processes';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'build-data-'));
	cpSync(join(REPO, 'geodata'), join(dir, 'geodata'), { recursive: true });
	cpSync(join(REPO, 'corpus'), join(dir, 'corpus'), { recursive: true });
	// No static/ folder: a fresh clone has none (nothing in it is tracked).
});
afterEach(() => {
	killStarted();
	rmSync(dir, { recursive: true, force: true });
});

const articles = () => join(dir, 'corpus', 'articles');
const first = '2020-11-02-azatutyun-aliyev-neutrality';
const manifest = () => JSON.parse(readFileSync(join(dir, 'corpus', 'manifest.json'), 'utf8'));
const writeManifest = (m: unknown) => writeFileSync(join(dir, 'corpus', 'manifest.json'), JSON.stringify(m));

describe('npm run data refuses what must not be published, naming it', () => {
	it.each([
		[
			'an article with no manifest entry (a write that never finished)',
			() => {
				const m = manifest();
				delete m[first];
				writeManifest(m);
			},
			new RegExp(`${first}\\.txt: has no entry in .*manifest\\.json`)
		],
		[
			'a manifest entry whose file is missing',
			() => unlinkSync(join(articles(), `${first}.txt`)),
			new RegExp(`manifest\\.json: lists "${first}", but .*${first}\\.txt is missing`)
		],
		[
			'a journal left by a write killed after its commit',
			() =>
				writeFileSync(
					join(dir, 'corpus', '.ingest-journal.json'),
					JSON.stringify({ pid: 999999, staging: '.ingest-staging-999999', ids: ['x'] })
				),
			/\.ingest-journal\.json: an `ingest --write` \(pid 999999\) was interrupted while committing 1 article\(s\); run `npm run ingest -- --recover`/
		],
		[
			'the same article twice, once with CRLF line endings',
			() => {
				const text = readFileSync(join(articles(), `${first}.txt`), 'utf8');
				const [head, ...body] = text.split('\n\n');
				const crlf = body.join('\n\n').replace(/\n/g, '\r\n');
				const sum = createHash('sha256').update(crlf).digest('hex');
				writeFileSync(
					join(articles(), 'twin.txt'),
					`${head!.replace(/sha256: \w+/, `sha256: ${sum}`)}\n\n${crlf}`
				);
				writeManifest({
					...manifest(),
					twin: { copied_from: 'twin.txt', sha256: sum, bytes: Buffer.byteLength(crlf) }
				});
			},
			new RegExp(
				`twin\\.txt: the same text as .*${first}\\.txt \\(after folding line endings and whitespace\\)`
			)
		],
		[
			'a corrupt basemap polygon',
			() => {
				const p = join(dir, 'geodata', 'basemap', 'ne_10m_land.geojson');
				const fc = JSON.parse(readFileSync(p, 'utf8'));
				fc.features[0].geometry.coordinates[0][0].pop();
				writeFileSync(p, JSON.stringify(fc));
			},
			/ne_10m_land\.geojson: feature #0: geometry\.coordinates\[0\]\[0\]: ring is not closed/
		],
		[
			'a correction that points at a quote that does not exist',
			() =>
				writeFileSync(
					join(dir, 'corpus', 'corrections.json'),
					JSON.stringify([{ kind: 'speaker', quote: `${first}:999999`, speaker: 'Someone', note: 'test' }])
				),
			new RegExp(
				`corrections\\.json: #0 \\(speaker of ${first}:999999 → Someone\\): quote "${first}:999999" does not exist`
			)
		]
	])(
		'%s',
		(_, breakIt, message) => {
			breakIt();
			const res = dataStep(dir);
			expect(res.status, res.stdout).toBe(1);
			expect(res.stderr).toMatch(/the data is not valid, nothing was written/);
			expect(res.stderr).toMatch(message);
			expect(existsSync(join(dir, 'static', 'data'))).toBe(false);
		},
		60_000
	);
});

describe('the static/data swap', () => {
	const target = () => readlinkSync(join(dir, 'static', 'data'));
	const readable = () => JSON.parse(readFileSync(join(dir, 'static', 'data', 'map.json'), 'utf8'));

	it.each([
		['data-written', 'old'],
		['data-swapping', 'old'],
		['data-swapped', 'new']
	])(
		'killed at %s: static/data is the %s folder, whole',
		async (stage, which) => {
			expect(dataStep(dir).status).toBe(0);
			const old = target();
			const child = await startPaused(stage, 'data', dir, articles());
			await killHard(child);
			expect(readable()).toHaveProperty('features');
			if (which === 'old') expect(target()).toBe(old);
			else expect(target()).not.toBe(old);
			// The next run cleans up and leaves exactly one generation.
			expect(dataStep(dir).status).toBe(0);
			expect(readdirSync(join(dir, '.data'))).toEqual([target().split('/').pop()]);
		},
		90_000
	);

	it('a checkout with a real static/data folder is moved to the link once', () => {
		mkdirSync(join(dir, 'static', 'data'), { recursive: true });
		writeFileSync(join(dir, 'static', 'data', 'previous.json'), '{}');
		expect(dataStep(dir).status).toBe(0);
		expect(target()).toMatch(/^\.\.\/\.data\/\d+-\d+$/);
		expect(readable()).toHaveProperty('features');
	}, 60_000);
});
