/** Formatting shared by the popup, the list, the reader and the about page. */
import type { Period, PlaceTrace } from '$lib/data/types';
import { foldName } from '$lib/names/fold';
import type { Precision } from '$lib/geodata/precision';

const DATE = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	timeZone: 'UTC'
});

/** "9 Oct 2023" from "2023-10-09". */
export function formatDate(iso: string | null | undefined): string {
	if (!iso) return '';
	const d = new Date(`${iso}T00:00:00Z`);
	return Number.isNaN(d.getTime()) ? iso : DATE.format(d);
}

/** "10 Nov 2020 – 20 Sep 2023", "since 30 Jan 2021", "" when both ends are open. */
export function formatRange(from: string | null | undefined, to: string | null | undefined): string {
	if (from && to) return `${formatDate(from)} – ${formatDate(to)}`;
	if (from) return `from ${formatDate(from)}`;
	if (to) return `until ${formatDate(to)}`;
	return '';
}

export const PRECISION_TEXT: Record<Precision, string> = {
	exact: 'exact (within about 1 km)',
	approx: 'approximate (within about 5 km)',
	schematic: 'schematic (a reconstruction, within about 10 km; not a surveyed position)'
};

export function periodLabels(ids: readonly string[], periods: readonly Period[]): string {
	return periods
		.filter((p) => ids.includes(p.id))
		.map((p) => p.label)
		.join(', ');
}

/** Only http(s) links are ever rendered as links; anything else is shown as text. */
export function safeHref(url: string | null | undefined): string | null {
	if (!url) return null;
	try {
		const u = new URL(url);
		return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
	} catch {
		return null;
	}
}

/** For the few strings that must go through an HTML sink we don't control (MapLibre's attribution). */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * How the text of an article was tied to a place, for the reader: "‘Choucha’ → Shusha, a name on
 * record for it", "‘Khodjaly’ → Khojaly, read as a spelling variant". Nothing is hidden: the join
 * is only as true as this line, and the reader can check it.
 */
export function traceText(trace: PlaceTrace, featureName: string): string {
	const found = `‘${trace.text.replace(/\s+/g, ' ')}’ → ${featureName}`;
	switch (trace.how) {
		case 'name':
			return found;
		case 'alias':
			return `${found}, another name on record for it${foldName(trace.name) === foldName(trace.text) ? '' : ` (${trace.name})`}`;
		case 'variant':
			return `${found}, read as a spelling variant of ${trace.name}`;
		case 'correction':
			return `${found}, tied by the editors`;
	}
}
