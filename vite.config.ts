import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Each client chunk's static imports, as the bundle has them just before Vite writes the lists of
 * files a dynamic `import()` preloads (its own `generateBundle` runs after the plugins').
 */
const staticImports = new Map<string, readonly string[]>();
const recordStaticImports: Plugin = {
	name: 'record-static-imports',
	applyToEnvironment: (environment) => environment.config.consumer === 'client',
	generateBundle(_options, bundle) {
		staticImports.clear();
		for (const [file, chunk] of Object.entries(bundle))
			if (chunk.type === 'chunk') staticImports.set(file, chunk.imports);
	}
};
/** A chunk and everything it imports statically: all loaded before its code can run an `import()`. */
function loadedWith(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	for (const next of staticImports.get(file) ?? []) loadedWith(next, seen);
	return seen;
}

export default defineConfig({
	plugins: [sveltekit(), recordStaticImports],
	build: {
		// MapLibre alone is ~1 MB raw; it is loaded lazily, so the warning is noise.
		chunkSizeWarningLimit: 1500,
		modulePreload: {
			// A dynamic import preloads only the chunks its importer has not already loaded: the
			// importer's own static imports are in by the time it runs, so listing them (the Svelte
			// runtime, the shared chunks) in every `import()`'s preload list only cost first-load bytes
			// (−143 B gzip, docs/performance.md, session 19). CSS files are added by Vite after this.
			resolveDependencies: (_file, deps, { hostId }) => {
				const loaded = loadedWith(hostId);
				return deps.filter((dep) => !loaded.has(dep));
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Generous: CI machines are shared; a test that needs speed is a benchmark, not a test.
		testTimeout: 60_000,
		reporters: ['default', 'json'],
		outputFile: { json: 'reports/unit.json' }
	}
});
