/**
 * The pages the benchmark serves itself, built with Vite into bench-results/pages/: the baseline
 * (a bare MapLibre map with the site's basemap style) and, with `?events=…`, the 50,000-event map.
 * They read /data/basemap.geojson, copied from the site's build so both maps draw the same file.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

export async function buildBenchPages(outDir: string, siteBuild: string): Promise<void> {
	rmSync(outDir, { recursive: true, force: true });
	await build({
		configFile: false,
		root: join(here, 'baseline'),
		base: '/',
		logLevel: 'warn',
		build: { outDir: resolve(outDir), emptyOutDir: true, chunkSizeWarningLimit: 1500 }
	});
	mkdirSync(join(outDir, 'data'), { recursive: true });
	copyFileSync(join(siteBuild, 'data', 'basemap.geojson'), join(outDir, 'data', 'basemap.geojson'));
}
