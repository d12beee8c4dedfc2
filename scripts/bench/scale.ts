/**
 * Figure 6, the data half: 50,000 quote events from the real join over a synthetic corpus. Each
 * (quote, place) pair becomes one point near its place (deterministic jitter, so clusters have
 * spread), with its period ids; the page (baseline/events.ts) draws them clustered. The file is
 * written next to the bench pages, never into the site.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Position } from 'geojson';
import { parseArticle } from '../../src/lib/server/corpus/article';
import { joinCorpus } from '../../src/lib/server/corpus/join';
import { periodsOfDate } from '../../src/lib/server/geodata/periods';
import type { Geodata } from '../../src/lib/data/types';
import { gz } from './bundle';
import { loadInputs, SEED } from './ingest';
import { prng } from './stats';
import { generateCorpus } from './synthetic';

export interface ScaleBuild {
	events: number;
	articles: number;
	joinMs: number;
	writeMs: number;
	raw: number;
	gzip: number;
}

function centers(geodata: Geodata): Map<string, Position> {
	const out = new Map<string, Position>();
	const mean = (ps: Position[]) => [0, 1].map((k) => ps.reduce((s, p) => s + p[k]!, 0) / ps.length);
	for (const f of [...geodata.places.features, ...geodata.posts.features])
		out.set(f.properties.id, f.geometry.coordinates);
	for (const f of geodata.lines.features) {
		const g = f.geometry;
		const ps =
			g.type === 'LineString'
				? g.coordinates
				: g.type === 'Polygon'
					? g.coordinates[0]!
					: g.coordinates.flat();
		out.set(f.properties.id, mean(ps));
	}
	return out;
}

export function buildEvents(file: string, target = 50_000): ScaleBuild {
	const { geodata, source } = loadInputs();
	const where = centers(geodata);
	// ~40 events per synthetic article: generate enough, then keep exactly `target`.
	const files = generateCorpus(Math.ceil(target / 25), SEED + 6, source);
	const t0 = performance.now();
	const articles = files.map((f) => parseArticle(f.bytes, `${f.id}.txt`, f.id));
	const joined = joinCorpus(articles, geodata);
	const t1 = performance.now();
	const periods = new Map(articles.map((a) => [a.meta.id, periodsOfDate(a.meta.date, geodata.periods)]));
	const rnd = prng(SEED);
	const features: string[] = [];
	for (const q of joined.quotes) {
		for (const id of q.places) {
			const c = where.get(id);
			if (!c || features.length >= target) continue;
			const lon = (c[0]! + (rnd() - 0.5) * 0.3).toFixed(4);
			const lat = (c[1]! + (rnd() - 0.5) * 0.2).toFixed(4);
			features.push(
				`{"type":"Feature","geometry":{"type":"Point","coordinates":[${lon},${lat}]},"properties":{"q":${JSON.stringify(q.id)},"p":${JSON.stringify(id)},"t":${JSON.stringify(periods.get(q.article) ?? [])}}}`
			);
		}
	}
	if (features.length < target)
		throw new Error(`only ${features.length} events from ${files.length} articles`);
	const text = `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}`;
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
	const t2 = performance.now();
	return {
		events: features.length,
		articles: files.length,
		joinMs: t1 - t0,
		writeMs: t2 - t1,
		raw: Buffer.byteLength(text),
		gzip: gz(text)
	};
}
