import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// No `window.__svelte.v` version stamp: one module less on the first load (docs/performance.md).
		discloseVersion: false,
		// Every component of the site in runes mode, also those with no rune of their own (the map's
		// layers, the legend): one compiled in legacy mode brings Svelte's legacy runtime into the
		// first load (−340 B gzip, docs/performance.md, session 19). Packages keep their own mode.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// Every page is prerendered to build/, so any static web server can host the site.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Prerendered pages get this policy as a <meta> tag, with the hashes of SvelteKit's
		// inline scripts added to script-src. The map's worker is a same-origin file
		// (maplibre-gl-worker.mjs), so no blob: worker and no eval are needed. No 'unsafe-inline'
		// style either: app.html's wrapper is styled in app.css and MapLibre styles through the
		// CSSOM, which CSP does not restrict. The one style attribute left is SvelteKit's route
		// announcer (kit/src/core/sync/write_root.js), allowed by its hash alone; if a kit upgrade
		// changes it, e2e/security.e2e.ts fails on the console error and names the new hash.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
