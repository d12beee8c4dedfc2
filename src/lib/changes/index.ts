/**
 * The "What changed" view, loaded with its first use (the first view does not grow): the feature
 * states (states.ts), the layers that draw them and the panel that lists them.
 */
import type { FeatureDetails } from '$lib/data/data-files';
export { compareStates, compareRange } from './states';
export { default as ChangeLayers } from './ChangeLayers.svelte';
export { default as ComparePanel } from './ComparePanel.svelte';

/** Which feature each one replaced (geodata's `replaces`), read from the first view's details. */
export function replacesOf(details: Record<string, FeatureDetails>): Record<string, string | null> {
	const out: Record<string, string | null> = {};
	for (const [id, d] of Object.entries(details))
		out[id] = (d.properties as { replaces?: string | null }).replaces ?? null;
	return out;
}
