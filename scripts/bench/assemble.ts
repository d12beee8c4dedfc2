/**
 * The benchmark's results: every figure with its target and a pass mark (the printed table),
 * plus the raw runs, as written to bench-results/latest.json.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { totals, type ShippedRow } from './bundle';
import type { LoadRun } from './browser';
import type { IngestRun } from './ingest';
import { kb, mmm, type Row } from './report';
import type { buildEvents } from './scale';
import { median, summarize } from './stats';

export interface Collected {
	site: LoadRun[];
	base: LoadRun[];
	toggles: number[];
	/** The same frame timing for a style change on the bare baseline map. */
	repaints: number[];
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

export function assemble(c: Collected) {
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
	const repaint = summarize(c.repaints);
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
			figure: '4. period toggle → frame with the new view (ms)',
			value: `${mmm(toggle, '', 1)}; p95 ${toggle.p95.toFixed(1)}`,
			target: '≤ 16 (median)',
			pass: toggle.median <= 16
		},
		{
			figure: '4. … baseline: style change → next frame (ms)',
			value: `${mmm(repaint, '', 1)}; p95 ${repaint.p95.toFixed(1)}`,
			target: '',
			pass: null
		},
		{
			figure: '4. … toggle / baseline frame (medians)',
			value: (toggle.median / repaint.median).toFixed(2),
			target: '',
			pass: null
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
		interactions: {
			toggle,
			repaint,
			popup,
			toggleRaw: c.toggles,
			repaintRaw: c.repaints,
			popupRaw: c.popups
		},
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
