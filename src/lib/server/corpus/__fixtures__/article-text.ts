// An invented article for the geoparser's tests, parsed as the corpus parses a file, and the
// curated geodata/ the engine joins against (null where a test tree has no geodata/).
import { existsSync } from 'node:fs';
import { loadGeodata } from '../../geodata/load';
import { parseArticle } from '../article';
import { extractArticle, matcherFor } from '../join';
import { loadGeoNames } from '../geonames';
import type { Matcher } from '../matcher';

export function articleOf(body: string, { date = '2021-03-01', title = 'T', id = 'a', source = 'S' } = {}) {
	return parseArticle(
		new TextEncoder().encode(`title: ${title}\nsource: ${source}\ndate: ${date}\n\n${body}`),
		`${id}.txt`,
		id
	);
}

export const curatedGeodata = existsSync('geodata/places.geojson') ? loadGeodata('geodata').geodata : null;

/** The geoparser on an invented article: its mentions as [text, ids, name, how], unmatched names as [name, why]. */
export function joinedText(matcher: Matcher, body: string, date = '2021-03-01') {
	const a = articleOf(body, { date });
	const r = extractArticle(a, matcher);
	return {
		r,
		mentions: r.mentions.map((m) => [a.body.slice(m.start, m.end), m.ids, m.name, m.how]),
		unmatched: r.unmatched.map((u) => [u.name, u.why])
	};
}

/** The places an invented article joins ("Goris → goris") and the names it reports unmatched. */
export function placesOf(matcher: Matcher, body: string, { date = '2021-03-01', title = 'T' } = {}) {
	const a = articleOf(body, { title, date });
	const out = extractArticle(a, matcher);
	return {
		joined: out.mentions.map((m) => `${a.body.slice(m.start, m.end)} → ${m.ids.join()}`),
		unmatched: out.unmatched.map((u) => u.name)
	};
}

/** The places an invented article joins against the curated geodata, with GeoNames as the join runs it. */
export function placesJudged(body: string, date = '2023-04-12') {
	const a = articleOf(body, { date });
	const out = extractArticle(a, matcherFor(curatedGeodata!), { geonames: loadGeoNames() });
	return {
		out,
		joined: out.mentions.map((m) => `${a.body.slice(m.start, m.end)} → ${m.ids.join()}`),
		unmatched: out.unmatched.map((u) => u.name)
	};
}
