import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// MapLibre alone is ~1 MB raw; it is loaded lazily, so the warning is noise.
		chunkSizeWarningLimit: 1500
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
