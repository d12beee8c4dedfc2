/**
 * The legend's markup, rendered on the server (prerendering) only. On the client a non-empty
 * placeholder: a hydrating `{@html}` adopts the server's nodes without comparing them. Both imports
 * sit in the branch the client build drops, so neither the component nor Svelte's server renderer
 * ships to the browser.
 */
export const legendMarkup: string = import.meta.env.SSR
	? (await import('svelte/server')).render((await import('./Legend.svelte')).default).body
	: ' ';
