/**
 * Search over places (any name or alias), speakers and the words of quotes. The map page loads
 * it when a reader first searches (PlaceIndex.svelte): the name folding is not part of the first load,
 * nor are the aliases (they come with notes.json, data-files.ts).
 */
import type { FeatureDetails } from '$lib/data/data-files';
import type { QuoteRecord } from '$lib/data/types';
import { foldName } from '$lib/names/fold';

/** The quotes a feature's row searches, loaded with search so the first view does not ship them. */
export { quotesFor } from './quotes';

/** Case- and accent-insensitive form for search. */
export function fold(s: string): string {
	// The gazetteer's own folding (diacritics, ı/ə, dashes, apostrophes): O’Brien ~ obrien.
	return foldName(s);
}

/** `aliases`: the feature's other names from notes.json, empty until it is in. */
export function placeMatches(details: FeatureDetails, aliases: readonly string[], query: string): boolean {
	const q = fold(query.trim());
	if (!q) return true;
	const p = details.properties;
	return [p.name, p.contested_name ?? '', ...aliases].some((n) => fold(n).includes(q));
}

export function quoteMatches(quote: QuoteRecord, query: string): boolean {
	const q = fold(query.trim());
	if (!q) return true;
	return fold(quote.text).includes(q) || (quote.speaker !== null && fold(quote.speaker).includes(q));
}
