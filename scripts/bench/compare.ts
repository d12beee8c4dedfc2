/**
 * `BENCH_COMPARE=<commit> npm run bench`: the geoparser of the working tree against the one of an
 * older commit, interleaved in one run (issue 18: "each geoparsing change within 1.2× of the code
 * before it"). The commit's src/ and geodata/ are extracted with `git archive` into
 * bench-results/engines/<sha>/ (node_modules resolve from the working tree), the working tree's into
 * bench-results/engines/working-tree/ with the same tsconfig (copyWorkingTree); then old and new each
 * ingest + join the same synthetic corpus in alternating child processes (engine.ts), the order
 * swapped every pair. The verdict is the ratio of the medians, new / old, with the spread of the
 * per-pair ratios, of CPU time (on a shared machine wall time mostly measures the neighbours: the
 * same code against itself gave 0.61–1.91 per pair at load average 6); wall time is shown beside it. BENCH_COMPARE_PAIRS (default and minimum 5), BENCH_COMPARE_ARTICLES (default 2,000).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pairedRatios } from './assemble';
import { mmm, type Row } from './report';
import { summarize, type Summary } from './stats';

export const COMPARE = { maxRatio: 1.2, minPairs: 5, articles: 2000 } as const;

/** Which geodata a side joined against (EngineRun.geodata), when not its commit's own folder. */
export const GEODATA = {
	own: 'geodata',
	loadedByWorkingTree: 'geodata, loaded by the working tree'
} as const;

/** One side's timed run, as engine.ts prints it. */
export interface EngineRun {
	articles: number;
	parseMs: number;
	joinMs: number;
	totalMs: number;
	/** CPU time of the same section (user + system, GC threads included): what the verdict reads */
	cpuMs: number;
	quotes: number;
	/** sha256 (16 hex) of the joined quotes: equal digests, equal output */
	digest: string;
	/** the geodata folder this side loaded */
	geodata: string;
	/** the join module this side ran, relative to the working tree */
	engine: string;
}

/**
 * Where a tree keeps the geoparser: `src/lib/server/corpus/` (after the move) or
 * `src/lib/corpus/` (before it); the geodata loader likewise. `.ts` first, `.js` for a build.
 */
export function resolveEngine(
	root: string,
	exists: (path: string) => boolean
): { article: string; join: string; geodata: string } {
	const find = (dirs: string[], file: string) => {
		for (const dir of dirs)
			for (const ext of ['.ts', '.js']) {
				const p = join(root, dir, file + ext);
				if (exists(p)) return p;
			}
		throw new Error(`${root}: no ${file} under ${dirs.join(' or ')}`);
	};
	const corpus = ['src/lib/server/corpus', 'src/lib/corpus'];
	return {
		article: find(corpus, 'article'),
		join: find(corpus, 'join'),
		geodata: find(['src/lib/server/geodata', 'src/lib/geodata'], 'load')
	};
}

export interface Verdict {
	old: Summary;
	new: Summary;
	/** median(new) / median(old) */
	ratio: number;
	/** new / old of each pair */
	pairs: Summary;
	pass: boolean;
}

/** New over old by the medians, judged against COMPARE.maxRatio with at least minPairs pairs. */
export function verdict(oldMs: readonly number[], newMs: readonly number[]): Verdict {
	const o = summarize(oldMs);
	const n = summarize(newMs);
	const ratio = n.median / o.median;
	const enough = Math.min(oldMs.length, newMs.length) >= COMPARE.minPairs;
	return {
		old: o,
		new: n,
		ratio,
		pairs: summarize(pairedRatios(newMs, oldMs)),
		pass: enough && ratio <= COMPARE.maxRatio
	};
}

export function compareRows(label: string, v: Verdict, oldRuns: EngineRun[], newRuns: EngineRun[]): Row[] {
	const wall = verdict(
		oldRuns.map((r) => r.totalMs),
		newRuns.map((r) => r.totalMs)
	);
	const n = Math.min(oldRuns.length, newRuns.length);
	const same = new Set([...oldRuns, ...newRuns].map((r) => r.digest)).size === 1;
	const articles = (newRuns[0] ?? oldRuns[0])?.articles ?? 0;
	const from = new Set(oldRuns.map((r) => r.geodata));
	const geodata = from.has(GEODATA.own)
		? "the working tree's geodata/ on both sides"
		: from.has(GEODATA.loadedByWorkingTree)
			? "the working tree's geodata/ on both sides (the old loader refuses it: loaded by the new one)"
			: `old: its commit's geodata/ (the working tree's does not load or join under it)`;
	return [
		{ figure: `5c. ingest+join, ${label}: CPU (ms)`, value: mmm(v.old), target: '', pass: null },
		{ figure: '5c. ingest+join, working tree: CPU (ms)', value: mmm(v.new), target: '', pass: null },
		{
			figure: '5c. … wall time, old → new (ms)',
			value: `${mmm(wall.old)} → ${mmm(wall.new)}: ${wall.ratio.toFixed(2)}; pairs ${mmm(wall.pairs, '', 2)}`,
			target: '',
			pass: null
		},
		{
			figure: '5c. … output',
			value: same
				? `identical (${newRuns[0]?.quotes ?? 0} quotes)`
				: `differs: ${oldRuns[0]?.quotes ?? 0} → ${newRuns[0]?.quotes ?? 0} quotes`,
			target: '',
			pass: null
		},
		{
			figure: '5c. … geodata',
			value: geodata,
			target: '',
			pass: null
		},
		{
			figure: '5c. … CPU new / old (medians), spread of pairs',
			value: `${v.ratio.toFixed(2)}; ${mmm(v.pairs, '', 2)} in ${n} pairs of ${articles.toLocaleString('en')} articles`,
			target: `≤ ${COMPARE.maxRatio.toFixed(2)} in ≥ ${COMPARE.minPairs} pairs`,
			pass: v.pass
		}
	];
}

function exec(cmd: string, args: string[], input?: Buffer): Buffer {
	const r = spawnSync(cmd, args, { input, maxBuffer: 1 << 30 });
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr.toString().trim()}`);
	return r.stdout;
}

/** The commit's src/ and geodata/ in bench-results/engines/<sha>/, extracted once. */
export function materialise(commit: string, out = 'bench-results/engines'): { sha: string; root: string } {
	const sha = exec('git', ['rev-parse', '--verify', `${commit}^{commit}`])
		.toString()
		.trim();
	const root = resolve(out, sha.slice(0, 12));
	if (!existsSync(join(root, '.done'))) {
		rmSync(root, { recursive: true, force: true });
		mkdirSync(root, { recursive: true });
		exec('tar', ['-x', '-C', root], exec('git', ['archive', '--format=tar', sha, 'src', 'geodata']));
		writeTsconfig(root);
		writeFileSync(join(root, '.done'), sha);
	}
	return { sha, root };
}

/** `$lib/…` imports of a copied tree resolve inside it, not in the working tree. */
function writeTsconfig(root: string): void {
	const tsconfig = {
		compilerOptions: {
			allowImportingTsExtensions: true,
			resolveJsonModule: true,
			paths: { $lib: ['./src/lib'], '$lib/*': ['./src/lib/*'] }
		}
	};
	writeFileSync(join(root, 'tsconfig.json'), JSON.stringify(tsconfig, null, '\t'));
}

/**
 * The working tree's src/ and geodata/ copied to bench-results/engines/working-tree/, to run as the
 * commit's copy runs, with the same tsconfig. Run in place, under the project's own tsconfig, the same
 * code took 15 % more CPU than its copy (session 27: HEAD against HEAD), which every comparison had
 * counted against the new side.
 */
export function copyWorkingTree(out = 'bench-results/engines'): string {
	const root = resolve(out, 'working-tree');
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	for (const dir of ['src', 'geodata']) cpSync(dir, join(root, dir), { recursive: true });
	writeTsconfig(root);
	return root;
}

function runSide(root: string, articles: number, tsconfig?: string): EngineRun {
	const r = spawnSync(
		process.execPath,
		['--import', 'tsx', 'scripts/bench/engine.ts', '--root', root, '--articles', String(articles)],
		{ encoding: 'utf8', env: { ...process.env, ...(tsconfig ? { TSX_TSCONFIG_PATH: tsconfig } : {}) } }
	);
	const line = r.stdout?.split('\n').find((l) => l.startsWith('{'));
	if (r.status !== 0 || !line) throw new Error(`engine at ${root} failed (${r.status}):\n${r.stderr}`);
	return JSON.parse(line) as EngineRun;
}

/** Old and new, alternately (old first in even pairs, new first in odd ones). */
export function compareAgainst(
	commit: string,
	pairs: number = COMPARE.minPairs,
	articles: number = COMPARE.articles,
	log: (s: string) => void = () => {}
): { sha: string; rows: Row[]; old: EngineRun[]; new: EngineRun[]; verdict: Verdict } {
	const { sha, root } = materialise(commit);
	const oldRuns: EngineRun[] = [];
	const newRuns: EngineRun[] = [];
	const old = () => oldRuns.push(runSide(root, articles, join(root, 'tsconfig.json')));
	const tree = copyWorkingTree();
	const cur = () => newRuns.push(runSide(tree, articles, join(tree, 'tsconfig.json')));
	for (let i = 0; i < pairs; i++) {
		for (const side of i % 2 === 0 ? [old, cur] : [cur, old]) side();
		const [o, n] = [oldRuns.at(-1)!, newRuns.at(-1)!];
		log(
			`pair ${i + 1}/${pairs}: old ${o.cpuMs.toFixed(0)} ms CPU (${o.totalMs.toFixed(0)} wall), new ${n.cpuMs.toFixed(0)} ms CPU (${n.totalMs.toFixed(0)} wall)`
		);
	}
	const v = verdict(
		oldRuns.map((r) => r.cpuMs),
		newRuns.map((r) => r.cpuMs)
	);
	return {
		sha,
		rows: compareRows(sha.slice(0, 9), v, oldRuns, newRuns),
		old: oldRuns,
		new: newRuns,
		verdict: v
	};
}
