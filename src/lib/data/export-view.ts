/**
 * The downloads of the home page: what the map draws in the time shown, as GeoJSON and CSV. Every
 * curated feature drawn (places, lines, zone, corridors, posts) with its state in that time and
 * the quotes its popup lists; both files say which time it was. Built in the browser from map.json
 * and quotes.json through the time model, so they always match the map; loaded on first use.
 */
import type { Feature, Geometry } from 'geojson';
import type { CuratedProps } from '$lib/map/curated';
import { featureTime, isDrawn, type Selection } from '$lib/time/model';
import type { Change, CompareDates } from '$lib/time/changes';
import { quotesFor } from '$lib/ui/quotes';
import { csvCell, QUOTE_COLUMNS, quoteCells } from './csv';
import type { ArticleMeta, QuoteRecord } from './types';

export interface ExportInput {
	features: readonly Feature<Geometry, CuratedProps>[];
	quotes: readonly QuoteRecord[];
	articles: ReadonlyMap<string, ArticleMeta>;
	selection: Selection;
	/** The time shown, in words ("2024: the withdrawal"). */
	shown: string;
	/**
	 * In the "What changed" view: the two days and each feature's change (src/lib/time/changes.ts).
	 * The files then hold what the map draws there (features there on either day) and say the change.
	 */
	compare?: { dates: CompareDates; changes: Record<string, Change> };
}

function drawn(input: ExportInput) {
	return input.features.flatMap((f) => {
		const p = f.properties;
		const dates = { valid_from: p.valid_from || null, valid_to: p.valid_to || null };
		const state = featureTime(dates, input.selection);
		const change = input.compare?.changes[p.id]?.status;
		if (input.compare ? !change || change === 'absent' : !isDrawn(state)) return [];
		const quotes = isDrawn(state)
			? quotesFor(p.id, input.quotes, input.articles, input.selection, dates)
			: [];
		return [{ f, state, change, quotes }];
	});
}

const metadata = (input: ExportInput) => ({
	time_shown: input.shown,
	ranges: input.selection.map((r) => ({ start: r.start, end: r.end })),
	...(input.compare
		? {
				compare: { from: input.compare.dates.a, to: input.compare.dates.b },
				note: 'What changed between the two days: features there on either day, with their change (established, removed, moved-from, moved-to, unchanged) and the quotes whose article date is between the two days.'
			}
		: {
				note: 'Features drawn on the map in this time, with their state in it and the quotes whose article date is in it.'
			})
});

export function exportGeoJSON(input: ExportInput): string {
	const features = drawn(input).map(({ f, state, change, quotes }) => ({
		type: 'Feature',
		geometry: f.geometry,
		properties: { ...f.properties, time_state: state, ...(change ? { change } : {}), quotes }
	}));
	// `metadata` is a GeoJSON foreign member (RFC 7946 §6.1): readers that do not know it ignore it.
	return JSON.stringify({ type: 'FeatureCollection', metadata: metadata(input), features });
}

const COLUMNS = ['time_shown', 'feature', 'group', 'time_state', ...QUOTE_COLUMNS];

/** One row per feature drawn and quote listed for it; a feature without quotes gets one row. */
export function exportCSV(input: ExportInput): string {
	const rows = [
		(input.compare ? [...COLUMNS.slice(0, 4), 'change', ...COLUMNS.slice(4)] : COLUMNS).join(',')
	];
	for (const { f, state, change, quotes } of drawn(input)) {
		const head = [
			input.shown,
			f.properties.id,
			f.properties.group,
			state,
			...(input.compare ? [change ?? ''] : [])
		];
		if (quotes.length === 0) rows.push([...head, ...QUOTE_COLUMNS.map(() => '')].map(csvCell).join(','));
		for (const q of quotes)
			rows.push([...head, ...quoteCells(q, input.articles.get(q.article))].map(csvCell).join(','));
	}
	return `${rows.join('\r\n')}\r\n`;
}

/** "karabakh-peacekeepers-2022-12-12_2023-04-23": the file name says the time too. */
export function exportName(selection: Selection): string {
	const first = selection[0]?.start ?? '';
	const last = selection.at(-1)?.end ?? '';
	return `karabakh-peacekeepers-${first}_${last}${selection.length > 1 ? '-periods' : ''}`;
}
