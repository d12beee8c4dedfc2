import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered to build/, so any static web server can host the site.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Prerendered pages get this policy as a <meta> tag, with the hashes of SvelteKit's
		// inline scripts added to script-src. The map's worker is a same-origin file
		// (maplibre-gl-worker.mjs), so no blob: worker and no eval are needed. No inline style
		// either: app.html's wrapper is styled in app.css, and MapLibre sets styles through the
		// CSSOM, which CSP does not restrict (e2e/security.e2e.ts checks both).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
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
