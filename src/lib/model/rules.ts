/**
 * The site's small rules of form, each decided once: the data step, the article reader, the URL
 * parser, the pages and the tests all call these. Browser-safe (no node: imports).
 */
import { firstInvisible } from '../text/invisible';

/** Ids of features, articles and periods: `shusha`, `line-of-contact-2020`. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const isSlug = (s: string): boolean => SLUG.test(s);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD: 2023-02-30 is refused. */
export function isIsoDate(s: string): boolean {
	if (!ISO_DAY.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Whether `url` may become a link: http(s) only, parseable, no spaces, controls or invisibles. */
export function isHttpUrl(url: string): boolean {
	if (!/^https?:\/\/\S+$/i.test(url) || firstInvisible(url)) return false;
	try {
		const u = new URL(url);
		return u.protocol === 'http:' || u.protocol === 'https:';
	} catch {
		return false;
	}
}

/** The kinds of curated line features; the schema allows these and each line layer draws one. */
export const LINE_KINDS = ['line of contact', 'corridor', 'boundary', 'zone'] as const;
export type LineKindName = (typeof LINE_KINDS)[number];
