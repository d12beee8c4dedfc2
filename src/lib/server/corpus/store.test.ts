// The corpus is never half-written: one refused file and a run writes nothing; a kill leaves the
// old corpus or (after recovery) the new one; two writers never interleave. Real processes,
// SIGKILL at named stages (TEST_PAUSE_AT), every wait bounded.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCorpusState } from './consistency';
import { loadCorpus } from './load';
import {
	articleFiles,
	ingest,
	killHard,
	killStarted,
	scratchRepo,
	startPaused,
	tree
} from './__fixtures__/processes';
import { REPO, scriptCommand } from './__fixtures__/processes';
import { readManifest } from './store';

let dir: string;
let corpusDir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'store-'));
	corpusDir = scratchRepo(dir);
});
afterEach(() => {
	killStarted();
	rmSync(dir, { recursive: true, force: true });
});

const corpusTree = () => tree(join(dir, 'corpus'));
/** The corpus is whole: loads, matches its manifest, no journal; returns its ids. */
function wholeIds(): string[] {
	const { articles, errors } = loadCorpus(corpusDir);
	expect(errors).toEqual([]);
	expect(checkCorpusState(corpusDir, articles).errors).toEqual([]);
	expect(Object.keys(readManifest(corpusDir)).sort()).toEqual(articles.map((a) => a.meta.id).sort());
	return articles.map((a) => a.meta.id);
}

describe('ingest --write is all or nothing', () => {
	it('good.txt + bad.txt (a 5,000-character title): exit 1, the error names the file and the field, nothing written, no stack trace', () => {
		const [good] = articleFiles(join(dir, 'in'), 1);
		const bad = join(dir, 'in', 'bad.txt');
		writeFileSync(bad, `title: ${'Long '.repeat(1000)}\nsource: S\ndate: 2023-09-25\n\nBody in Stepanakert.`);
		const before = corpusTree();
		const res = ingest(corpusDir, '--write', good!, bad);
		expect(res.status).toBe(1);
		expect(res.stdout).toContain(`✗ ${bad}\n  title: 4999 characters, over the limit of 300 (header line 1)`);
		expect(res.stdout).toMatch(/nothing was written: a run adds all its files or none/);
		expect(res.stdout + res.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
		expect(corpusTree()).toEqual(before);
	}, 60_000);
});

describe('a write killed at any stage leaves the old corpus or the new one', () => {
	const N = 40;
	it('killed while staging (before the commit): the corpus is the old one; the leftover is reported, then removed', async () => {
		const before = corpusTree();
		const oldIds = wholeIds();
		const child = await startPaused('staged', 'ingest', REPO, corpusDir, [
			'--write',
			...articleFiles(join(dir, 'in'), N)
		]);
		await killHard(child);
		const state = checkCorpusState(corpusDir, loadCorpus(corpusDir).articles);
		expect(state.errors).toEqual([]);
		expect(state.warnings).toEqual([
			expect.stringMatching(/\.ingest-staging-\d+: left by an `ingest --write` killed before its commit/)
		]);
		expect(wholeIds()).toEqual(oldIds);
		// The next write takes over the dead process's lock and removes what it left.
		const res = ingest(corpusDir, '--recover');
		expect(res.status, res.stderr).toBe(0);
		expect(res.stdout).toMatch(/removed .*\.ingest-staging-\d+, left by a write killed before its commit/);
		expect(corpusTree()).toEqual(before);
	}, 90_000);

	it.each(['committed', 'moving'])(
		'killed after the commit (%s): the build refuses, naming the journal; --recover finishes it',
		async (stage) => {
			const oldIds = wholeIds();
			const files = articleFiles(join(dir, 'in'), N);
			const child = await startPaused(stage, 'ingest', REPO, corpusDir, ['--write', ...files]);
			await killHard(child);
			const state = checkCorpusState(corpusDir, loadCorpus(corpusDir).articles);
			expect(state.errors).toEqual([
				{
					file: join(dir, 'corpus', '.ingest-journal.json'),
					message: expect.stringMatching(
						/was interrupted while committing 40 article\(s\); run `npm run ingest -- --recover`/
					)
				}
			]);
			const res = ingest(corpusDir, '--recover');
			expect(res.status, res.stderr).toBe(0);
			expect(res.stdout).toMatch(/finished the interrupted write of pid \d+ \(40 article\(s\)/);
			expect(wholeIds()).toHaveLength(oldIds.length + N);
			expect(readdirSync(join(dir, 'corpus')).filter((f) => f.startsWith('.'))).toEqual([]);
		},
		90_000
	);
});

describe('two writers', () => {
	it('the second refuses while the first holds the lock, naming it; nothing of either is lost', async () => {
		const first = articleFiles(join(dir, 'a'), 5, 'first');
		const second = articleFiles(join(dir, 'b'), 5, 'second');
		const child = await startPaused('staged', 'ingest', REPO, corpusDir, ['--write', ...first]);
		const res = ingest(corpusDir, '--write', ...second);
		expect(res.status).toBe(1);
		expect(res.stdout).toMatch(
			new RegExp(
				`being written by another \`ingest --write\` \\(pid ${child.pid}, since .*\\); nothing was written`
			)
		);
		await killHard(child);
		// The first died before its commit: the second now goes through, alone.
		const again = ingest(corpusDir, '--write', ...second);
		expect(again.status, again.stdout).toBe(0);
		expect(wholeIds().filter((id) => id.includes('second'))).toHaveLength(5);
	}, 90_000);

	it('two runs started together, both with the same article: each writes all of its files or none; that body once', async () => {
		const { spawn } = await import('node:child_process');
		const [same] = articleFiles(join(dir, 'both'), 1, 'same');
		const sets = [
			[...articleFiles(join(dir, 'a'), 25, 'left'), same!],
			[...articleFiles(join(dir, 'b'), 25, 'right'), same!]
		];
		const [node, args] = scriptCommand('scripts/ingest.ts');
		const runs = sets.map(
			(files) =>
				new Promise<{ code: number | null; out: string }>((done) => {
					const c = spawn(node, [...args, '--write', ...files], {
						cwd: REPO,
						env: { ...process.env, CORPUS_DIR: corpusDir }
					});
					let out = '';
					c.stdout.on('data', (d) => (out += d));
					const timer = setTimeout(() => c.kill('SIGKILL'), 60_000);
					c.on('exit', (code) => (clearTimeout(timer), done({ code, out })));
				})
		);
		const results = await Promise.all(runs);
		const ids = wholeIds();
		results.forEach((r, i) => {
			const side = i === 0 ? 'left' : 'right';
			if (r.code === 0) expect(ids.filter((id) => id.includes(side))).toHaveLength(25);
			else {
				// Refused while the other wrote, or after it, as the duplicate of what it wrote.
				expect(r.out).toMatch(
					/being written by another `ingest --write`|duplicate: the same body is already in/
				);
				expect(ids.filter((id) => id.includes(side))).toHaveLength(0);
			}
		});
		expect(results.filter((r) => r.code === 0)).toHaveLength(1);
		expect(ids.filter((id) => id.includes('same'))).toHaveLength(1);
		expect(existsSync(join(dir, 'corpus', '.ingest.lock'))).toBe(false);
		expect(readFileSync(join(dir, 'corpus', 'manifest.json'), 'utf8')).toMatch(/\n$/);
	}, 90_000);
});
