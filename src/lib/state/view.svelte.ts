/**
 * The view a page shows, read from the URL (`src/lib/state/url.ts`) and written back to it. The
 * map page and the list share it, so both read a link the same way and at the same moment.
 */
import { browser } from '$app/environment';
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { onMount } from 'svelte';
import { DEFAULT_VIEW, parseViewParams, viewSearch, type ViewParams } from './url';

export interface PageView {
	/** The view now: the default until the page is mounted, then the URL's (or history's). */
	readonly current: ViewParams;
	/**
	 * Shallow routing: the view goes into history state and the URL, so the map and the popup change
	 * at once (no navigation, no load) and back/forward walk the selections. Switches replace the
	 * entry; opening a feature adds one.
	 */
	set(next: ViewParams, mode?: 'push' | 'replace'): void;
}

/**
 * Call during a page's initialisation. The URL is read only after mount: the prerendered HTML is
 * the default view, and hydration must see the same markup before the URL's view is applied.
 */
export function pageView(known: () => { periods: readonly string[]; ids: ReadonlySet<string> }): PageView {
	let mounted = $state(false);
	onMount(() => (mounted = true));
	const current = $derived.by<ViewParams>(() => {
		if (!mounted || !browser) return DEFAULT_VIEW;
		const k = known();
		return page.state.view ?? parseViewParams(page.url.searchParams, k.periods, k.ids);
	});
	return {
		get current() {
			return current;
		},
		set(next, mode = 'push') {
			const url = `${location.pathname}${viewSearch(next)}${location.hash}`;
			(mode === 'push' ? pushState : replaceState)(url, { view: next });
		}
	};
}
