/**
 * `npm run bench`: builds the site once (with hidden source maps, for the JS split), builds the
 * baseline page and the 50,000-event data, serves both on ports 4273/4274, measures in the
 * system Chromium, prints a table and writes bench-results/bench-<time>.json (and latest.json).
 * Environment: BENCH_RUNS (default 7, the fewest the idle target is judged on; fewer to try the code
 * path, e.g. BENCH_RUNS=1), BENCH_SKIP_BUILD=1 to reuse the last copy in bench-results/site/.
 * BENCH_COMPARE=<commit>: only the geoparser, the working tree's against that commit's (compare.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { classify } from './bundle';
import { launch, loadOnce, type LoadRun } from './browser';
import type { IngestRun } from './ingest';
import { panFps, timePopups, timeRepaints, timeToggles } from './interact';
import { assemble, TARGETS } from './assemble';
import { COMPARE, compareAgainst } from './compare';
import { buildBenchPages } from './pages';
import { summaryLine, table } from './report';
import { buildEvents } from './scale';
import { serveDir } from './server';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? TARGETS.idleRuns));
const SITE_PORT = 4273;
const PAGES_PORT = 4274;
const OUT = 'bench-results';
const PAGES = `${OUT}/pages`;
/** A copy of build/ taken right after the build: others may rebuild build/ during the run. */
const SITE_DIR = `${OUT}/site`;
const SITE = `http://127.0.0.1:${SITE_PORT}/`;
const PAGES_URL = `http://127.0.0.1:${PAGES_PORT}/`;
/** Places with quotes in the real corpus, for the popup timing. */
const POPUP_IDS = ['stepanakert', 'shusha', 'lachin-corridor-2022', 'gyumri', 'moscow'];
const KARABAKH: [number, number] = [46.75, 39.8];

const log = (s: string) => console.log(`bench: ${s}`);
const started = performance.now();

function sh(cmd: string, args: string[], env: Record<string, string> = {}): number {
	const t = performance.now();
	const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
	return performance.now() - t;
}

function ingestInChild(): IngestRun[] {
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/ingest.ts'], { encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`ingest bench failed:\n${r.stderr}`);
	return r.stdout
		.trim()
		.split('\n')
		.filter((l) => l.startsWith('{'))
		.map((l) => JSON.parse(l) as IngestRun);
}

/** BENCH_COMPARE=<commit>: old and new geoparser interleaved, one table, one summary line. */
function compareMain(commit: string) {
	const pairs = Math.max(COMPARE.minPairs, Number(process.env.BENCH_COMPARE_PAIRS ?? COMPARE.minPairs));
	const articles = Number(process.env.BENCH_COMPARE_ARTICLES ?? COMPARE.articles);
	log(`geoparser: working tree against ${commit}, ${pairs} pairs of ${articles} articles, interleaved …`);
	const r = compareAgainst(commit, pairs, articles, log);
	const results = { date: new Date().toISOString(), loadavg: loadavg(), commit: r.sha, ...r };
	writeFileSync(`${OUT}/compare-latest.json`, JSON.stringify(results, null, '\t'));
	console.log(`\n${table(r.rows)}\n`);
	log(
		`load average ${loadavg()
			.map((x) => x.toFixed(1))
			.join(' ')}; wrote ${OUT}/compare-latest.json`
	);
	console.log(summaryLine(r.rows));
}

async function main() {
	mkdirSync(OUT, { recursive: true });
	const commit = process.env.BENCH_COMPARE;
	if (commit) return compareMain(commit);
	let buildMs = NaN;
	if (process.env.BENCH_SKIP_BUILD !== '1') {
		log('building the site (npm run data + vite build --sourcemap hidden) …');
		buildMs =
			sh('npm', ['run', '--silent', 'data']) +
			sh('npx', ['vite', 'build', '--sourcemap', 'hidden', '--logLevel', 'warn']);
		rmSync(SITE_DIR, { recursive: true, force: true });
		cpSync('build', SITE_DIR, { recursive: true });
	}
	const chunks = `${SITE_DIR}/_app/immutable/chunks`;
	if (!existsSync(chunks) || !readdirSync(chunks).some((f) => f.endsWith('.js.map'))) {
		throw new Error(`${SITE_DIR} has no source maps (build/ changed during the build?): run again`);
	}
	log('building the baseline page and the 50,000-event data …');
	await buildBenchPages(PAGES, SITE_DIR);
	const scaleBuild = buildEvents(`${PAGES}/data/events.geojson`);

	log('ingest + join throughput (child process) …');
	const ingest = ingestInChild();

	const servers = [await serveDir(SITE_DIR, SITE_PORT), await serveDir(PAGES, PAGES_PORT)];
	let browser: Browser | undefined;
	try {
		browser = await launch();
		log(`loads: ${RUNS} runs each, site and baseline interleaved, fresh contexts …`);
		await loadOnce(browser, SITE); // warm-up: OS file cache, Chromium's first start
		await loadOnce(browser, PAGES_URL);
		const site: LoadRun[] = [];
		const base: LoadRun[] = [];
		const toggles: number[] = [];
		const repaints: number[] = [];
		const popups: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			site.push(
				await loadOnce(browser, SITE, 0, i === 0, async (page) => {
					toggles.push(...(await timeToggles(page, 10)));
					popups.push(...(await timePopups(page, POPUP_IDS)));
				})
			);
			base.push(
				await loadOnce(browser, PAGES_URL, 0, i === 0, async (page) => {
					repaints.push(...(await timeRepaints(page, 10)));
				})
			);
		}
		log('50,000 events: load and pan …');
		const scaleLoads: LoadRun[] = [];
		const fps: number[] = [];
		const baseFps: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			scaleLoads.push(
				await loadOnce(browser, `${PAGES_URL}?events=/data/events.geojson`, 0, i === 0, async (page) => {
					fps.push(await panFps(page, 5, KARABAKH, 7));
				})
			);
			if (i < 3)
				await loadOnce(
					browser,
					PAGES_URL,
					0,
					false,
					async (page) => void baseFps.push(await panFps(page, 5, KARABAKH, 7))
				);
		}

		const shipped = classify(site[0]!.resources!, SITE_DIR);
		const baseShipped = classify(base[0]!.resources!, null);
		const scaleShipped = classify(scaleLoads[0]!.resources!, null);
		const results = assemble({
			site,
			base,
			toggles,
			repaints,
			popups,
			shipped,
			baseShipped,
			ingest,
			scaleBuild,
			scaleLoads,
			scaleShipped,
			fps,
			baseFps,
			buildMs
		});
		const stamp = new Date().toISOString().replace(/[:.]/g, '-');
		writeFileSync(`${OUT}/bench-${stamp}.json`, JSON.stringify(results, null, '\t'));
		writeFileSync(`${OUT}/latest.json`, JSON.stringify(results, null, '\t'));
		console.log(`\n${table(results.rows)}\n`);
		log(`wrote ${OUT}/latest.json; ${((performance.now() - started) / 1000).toFixed(0)} s in all`);
		console.log(summaryLine(results.rows));
	} finally {
		await browser?.close();
		for (const s of servers) s.close();
		process.exit(0);
	}
}

await main();
