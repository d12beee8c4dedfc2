import type { Handle } from '@sveltejs/kit';

/**
 * Prerendering: besides SvelteKit's own JS and CSS preloads, a `<link rel="preload" as="font">`
 * for the one face the first view's text needs before it can lay out (Noto Sans 400, Latin;
 * src/fonts.css), so it loads with the HTML instead of after the CSS. Runs at build time only:
 * nothing of it ships to the browser.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: ({ type, path }) =>
			type === 'js' || type === 'css' || (type === 'font' && path.includes('/noto-sans-latin-400-normal.'))
	});
