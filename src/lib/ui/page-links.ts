/**
 * What PageLinks.svelte's buttons do, loaded on the first click: nothing of it is needed to draw the
 * first view, so it stays out of the first load.
 */
import { base } from '$app/paths';
import { exportCSV, exportGeoJSON, exportName, type ExportInput } from '$lib/data/export-view';
import { embedSnippet, mapUrls } from '$lib/state/embed';
import type { ViewParams } from '$lib/state/url';

/** Downloads the time shown as GeoJSON or CSV. */
export function download(format: 'geojson' | 'csv', input: ExportInput): void {
	const text = format === 'geojson' ? exportGeoJSON(input) : exportCSV(input);
	const type = format === 'geojson' ? 'application/geo+json' : 'text/csv';
	const a = document.createElement('a');
	a.href = URL.createObjectURL(new Blob([text], { type }));
	a.download = `${exportName(input.selection)}.${format}`;
	a.click();
	setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** The embed code of the view shown. */
export function embedCode(view: ViewParams): string {
	return embedSnippet(
		mapUrls(location.origin, base, view, location.hash).embed,
		'Russian peacekeepers in and around Nagorno-Karabakh, 2020–2024: a map of the news'
	);
}
