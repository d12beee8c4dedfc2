/**
 * `npm run bench`: builds the site once (with hidden source maps, for the JS split), builds the
 * baseline page and the 50,000-event data, serves both on ports 4273/4274, measures in the
 * system Chromium, prints a table and writes bench-results/bench-<time>.json (and latest.json).
 * Environment: BENCH_RUNS (default 5), BENCH_SKIP_BUILD=1 to reuse the last copy in bench-results/site/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { classify, totals, type ShippedRow } from './bundle';
import { launch, loadOnce, type LoadRun } from './browser';
import type { IngestRun } from './ingest';
import { panFps, timePopups, timeToggles } from './interact';
import { buildBenchPages } from './pages';
import { kb, mmm, table, type Row } from './report';
import { buildEvents } from './scale';
import { serveDir } from './server';
import { median, summarize } from './stats';

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
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

async function main() {
	mkdirSync(OUT, { recursive: true });
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
		const popups: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			site.push(
				await loadOnce(browser, SITE, 0, i === 0, async (page) => {
					toggles.push(...(await timeToggles(page, 10)));
					popups.push(...(await timePopups(page, POPUP_IDS)));
				})
			);
			base.push(await loadOnce(browser, PAGES_URL, 0, i === 0));
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
	} finally {
		await browser?.close();
		for (const s of servers) s.close();
		process.exit(0);
	}
}

interface Collected {
	site: LoadRun[];
	base: LoadRun[];
	toggles: number[];
	popups: number[];
	shipped: ShippedRow[];
	baseShipped: ShippedRow[];
	ingest: IngestRun[];
	scaleBuild: ReturnType<typeof buildEvents>;
	scaleLoads: LoadRun[];
	scaleShipped: ShippedRow[];
	fps: number[];
	baseFps: number[];
	buildMs: number;
}

function assemble(c: Collected) {
	const strip = (runs: LoadRun[]) => runs.map((r) => ({ ...r, resources: undefined }));
	const siteIdle = summarize(c.site.map((r) => r.mapIdle));
	const baseIdle = summarize(c.base.map((r) => r.mapIdle));
	const ratio = siteIdle.median / baseIdle.median;
	const fc = summarize(c.site.map((r) => r.firstContent ?? NaN));
	const fcRel = summarize(c.site.map((r) => (r.firstContent ?? NaN) / r.mapIdle));
	const t = totals(c.shipped);
	const all = t.maplibre + t.framework + t.app + t.data;
	const small = t.framework + t.app + t.data;
	const toggle = summarize(c.toggles);
	const popup = summarize(c.popups);
	const [i1k, i10k] = c.ingest;
	const scaleRatio = i10k && i1k ? i10k.totalMs / i1k.totalMs : NaN;
	const fps = summarize(c.fps);
	const scaleBytes = totals(c.scaleShipped);
	const scalePage = c.scaleShipped.reduce((n, r) => n + r.gzip, 0);
	const rows: Row[] = [
		{ figure: '1. map idle, site (ms)', value: mmm(siteIdle), target: '', pass: null },
		{ figure: '1. map idle, baseline (ms)', value: mmm(baseIdle), target: '', pass: null },
		{
			figure: '1. MapLibre requested at, site / baseline (ms)',
			value: `${median(c.site.map((r) => r.maplibreStart ?? NaN)).toFixed(0)} / ${median(c.base.map((r) => r.maplibreStart ?? NaN)).toFixed(0)}`,
			target: '',
			pass: null
		},
		{ figure: '1. site / baseline (medians)', value: ratio.toFixed(2), target: '≤ 1.10', pass: ratio <= 1.1 },
		{ figure: '2. first content (ms)', value: mmm(fc), target: '', pass: null },
		{
			figure: '2. first content / map idle',
			value: mmm(fcRel, '', 2),
			target: '≤ 0.50',
			pass: fcRel.median <= 0.5
		},
		{ figure: '3. JS+data gzip: maplibre', value: kb(t.maplibre), target: '', pass: null },
		{
			figure: '3. … framework / app / data',
			value: `${kb(t.framework)} / ${kb(t.app)} / ${kb(t.data)}`,
			target: '',
			pass: null
		},
		{ figure: '3. … all (basemap apart)', value: kb(all), target: '≤ 340 KB', pass: all <= 340 * 1024 },
		{ figure: '3. … app + framework + data', value: kb(small), target: '≤ 45 KB', pass: small <= 45 * 1024 },
		{ figure: '3. … basemap.geojson (both pages)', value: kb(t.basemap), target: '', pass: null },
		...(t.other > 0
			? [{ figure: '3. … JS without a source map (!)', value: kb(t.other), target: 'rebuild', pass: false }]
			: []),
		{
			figure: '4. period toggle → render (ms)',
			value: `${mmm(toggle, '', 1)}; p95 ${toggle.p95.toFixed(1)}`,
			target: '≤ 16 (median)',
			pass: toggle.median <= 16
		},
		{
			figure: '4. place popup open (ms)',
			value: `${mmm(popup, '', 1)}; p95 ${popup.p95.toFixed(1)}`,
			target: '≤ 50 (median)',
			pass: popup.median <= 50
		}
	];
	for (const r of c.ingest) {
		rows.push({
			figure: `5. ingest+join ${r.articles.toLocaleString('en')} articles`,
			value: `${(r.totalMs / 1000).toFixed(2)} s; ${r.articlesPerS.toFixed(0)} art/s; ${r.mbPerS.toFixed(2)} MB/s`,
			target: r.articles === 10_000 ? '≤ 5 s' : '',
			pass: r.articles === 10_000 ? r.totalMs <= 5000 : null
		});
	}
	rows.push(
		{ figure: '5. 10k / 1k time', value: scaleRatio.toFixed(2), target: '≤ 11', pass: scaleRatio <= 11 },
		{
			figure: '6. 50k events: build (join + file)',
			value: `${((c.scaleBuild.joinMs + c.scaleBuild.writeMs) / 1000).toFixed(2)} s (${c.scaleBuild.articles} articles)`,
			target: '',
			pass: null
		},
		{
			figure: '6. … events file, gzip (raw)',
			value: `${kb(c.scaleBuild.gzip)} (${kb(c.scaleBuild.raw)})`,
			target: '',
			pass: null
		},
		{
			figure: '6. … page load, gzip (JS / data)',
			value: `${kb(scalePage)} (${kb(scaleBytes.maplibre)} / ${kb(scaleBytes.data)})`,
			target: '',
			pass: null
		},
		{
			figure: '6. … map idle (ms)',
			value: mmm(summarize(c.scaleLoads.map((r) => r.mapIdle))),
			target: '',
			pass: null
		},
		{
			figure: '6. … fps panning 5 s, clustered',
			value: mmm(fps, '', 1),
			target: '≥ 30',
			pass: fps.median >= 30
		},
		{ figure: '6. … fps panning, baseline', value: mmm(summarize(c.baseFps), '', 1), target: '', pass: null }
	);
	return {
		date: new Date().toISOString(),
		machine: {
			cpus: cpus().length,
			cpu: cpus()[0]?.model ?? 'unknown',
			memGB: Math.round(totalmem() / 2 ** 30),
			loadavg: loadavg(),
			node: process.version,
			webgl: 'SwiftShader (software)'
		},
		runs: c.site.length,
		buildMs: c.buildMs,
		load: { site: siteIdle, baseline: baseIdle, ratio, siteRuns: strip(c.site), baselineRuns: strip(c.base) },
		firstContent: { ms: fc, relative: fcRel },
		shipped: { totals: t, rows: c.shipped, baseline: totals(c.baseShipped) },
		interactions: { toggle, popup, toggleRaw: c.toggles, popupRaw: c.popups },
		ingest: { runs: c.ingest, ratio: scaleRatio },
		scale: {
			build: c.scaleBuild,
			fps,
			baselineFps: summarize(c.baseFps),
			loads: strip(c.scaleLoads),
			shipped: scaleBytes
		},
		median: median(c.site.map((r) => r.mapIdle)),
		rows
	};
}

await main();
