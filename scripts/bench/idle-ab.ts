/**
 * Map idle of two builds of the site against the bare map, interleaved in one run: what a change
 * does to figure 1 without the rest of `npm run bench` (no build, no ingest, no interactions).
 * `npx tsx scripts/bench/idle-ab.ts <before build/> <after build/> [runs]` (default 7). Each run loads
 * the bare map, the before and the after build once each, in fresh contexts, in an order that rotates
 * from run to run so neither build always follows the other. Prints medians, each build's ratio to
 * the bare map with the spread of its per-run ratios, after / before per run, and the load average.
 */
import { loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { launch, loadOnce } from './browser';
import { buildBenchPages } from './pages';
import { serveDir } from './server';
import { median } from './stats';

const [beforeDir, afterDir, runsArg] = process.argv.slice(2);
if (!beforeDir || !afterDir) throw new Error('usage: idle-ab.ts <before build/> <after build/> [runs]');
const RUNS = Math.max(1, Number(runsArg ?? 7));
const PAGES = 'bench-results/pages-ab';
const PORTS = { bare: 4275, before: 4276, after: 4277 } as const;
type Name = keyof typeof PORTS;
const NAMES = Object.keys(PORTS) as Name[];

const load = () =>
	loadavg()
		.map((x) => x.toFixed(1))
		.join(' ');
const fmt = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;

async function main() {
	await buildBenchPages(PAGES, beforeDir!);
	const dirs: Record<Name, string> = { bare: PAGES, before: beforeDir!, after: afterDir! };
	const servers = await Promise.all(NAMES.map((n) => serveDir(dirs[n], PORTS[n])));
	const url = (n: Name) => `http://127.0.0.1:${PORTS[n]}/`;
	const idle: Record<Name, number[]> = { bare: [], before: [], after: [] };
	let browser: Browser | undefined;
	console.log(`idle-ab: ${RUNS} runs; load average at start ${load()}`);
	try {
		browser = await launch();
		for (const n of NAMES) await loadOnce(browser, url(n)); // warm-up: file cache, Chromium's start
		for (let i = 0; i < RUNS; i++) {
			const order = NAMES.map((_, k) => NAMES[(i + k) % NAMES.length]!);
			for (const n of order) idle[n].push((await loadOnce(browser, url(n))).mapIdle);
			const r = (n: Name) => (idle[n][i]! / idle.bare[i]!).toFixed(2);
			console.log(
				`run ${i + 1} (${order.join(', ')}): bare ${idle.bare[i]!.toFixed(0)} ms, before ${r('before')}, after ${r('after')}; load ${load()}`
			);
		}
	} finally {
		await browser?.close();
		for (const s of servers) s.close();
	}
	const ratios = (n: Name) => idle[n].map((v, i) => v / idle.bare[i]!);
	const m = (n: Name) => median(idle[n]);
	for (const n of NAMES)
		console.log(
			`${n.padEnd(6)} median ${m(n).toFixed(0)} ms (${fmt(idle[n].map((v) => v / 1000))} s)` +
				(n === 'bare' ? '' : `; / bare ${(m(n) / m('bare')).toFixed(2)}, per run ${fmt(ratios(n))}`)
		);
	const ab = idle.after.map((v, i) => v / idle.before[i]!);
	const lower = ab.filter((x) => x < 1).length;
	console.log(
		`after / before ${(m('after') / m('before')).toFixed(2)} by medians; per run ${fmt(ab)}, lower in ${lower} of ${RUNS}; load average at end ${load()}`
	);
}

await main();
