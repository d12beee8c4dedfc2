/** Formatting shared by the popup, the list, the reader and the about page. */
import type { Period } from '$lib/data/types';
import { isHttpUrl } from '$lib/model/rules';
import type { Precision } from '$lib/model/precision';

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
	return url && isHttpUrl(url) ? new URL(url).href : null;
}

/** For the few strings that must go through an HTML sink we don't control (MapLibre's attribution). */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
