/**
 * The ingest command's logic (scripts/ingest.ts is the thin CLI): read article files, report what
 * the join makes of them, and with `write` add the valid ones to the corpus atomically.
 */
import { existsSync, readFileSync, renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Geodata, QuoteRecord, UnmatchedName } from '../data/types';
import { ArticleError, formatArticle, parseArticle, type ParsedArticle } from './article';
import { joinCorpus } from './join';
import { quotesByArticle } from '../data/prepare';
import { loadCorpus } from './load';
import type { GeoNamesIndex } from './placelike';

export interface IngestArticle {
	file: string;
	id: string;
	title: string;
	source: string;
	date: string;
	periods: string[];
	quotes: Pick<QuoteRecord, 'text' | 'kind' | 'speaker' | 'places' | 'start' | 'end'>[];
}

export interface IngestReport {
	articles: IngestArticle[];
	unmatched: UnmatchedName[];
	errors: { file: string; message: string }[];
}

export interface IngestOptions {
	corpusDir: string;
	geodata: Geodata | null;
	geonames?: GeoNamesIndex;
	write?: boolean;
}

export interface ManifestEntry {
	copied_from: string;
	sha256: string;
	bytes: number;
}

const EMPTY: Geodata = {
	periods: [],
	places: { type: 'FeatureCollection', features: [] },
	lines: { type: 'FeatureCollection', features: [] },
	posts: { type: 'FeatureCollection', features: [] },
	postCounts: []
};

export const manifestPath = (corpusDir: string) => join(dirname(corpusDir), 'manifest.json');

/** Write via a temporary file and rename, so a crash never leaves half a file. */
export function writeAtomic(path: string, content: string): void {
	const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
	try {
		writeFileSync(tmp, content, { flag: 'wx' });
		renameSync(tmp, path);
	} finally {
		if (existsSync(tmp)) unlinkSync(tmp);
	}
}

export function ingestFiles(files: string[], opts: IngestOptions): IngestReport {
	const report: IngestReport = { articles: [], unmatched: [], errors: [] };
	const corpus = existsSync(opts.corpusDir) ? loadCorpus(opts.corpusDir).articles : [];
	const ids = new Map(corpus.map((a) => [a.meta.id, a.file]));
	const sums = new Map(corpus.map((a) => [a.sha256, a.file]));
	const accepted: ParsedArticle[] = [];
	for (const file of files) {
		try {
			let bytes: Buffer;
			try {
				bytes = readFileSync(file);
			} catch (e) {
				throw new ArticleError(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? e})`);
			}
			const a = parseArticle(bytes, file);
			const sameBody = sums.get(a.sha256);
			if (sameBody) throw new ArticleError(`duplicate: the same body is already in ${sameBody}`);
			const sameId = ids.get(a.meta.id);
			if (sameId) throw new ArticleError(`duplicate: id "${a.meta.id}" is already used by ${sameId}`);
			ids.set(a.meta.id, file);
			sums.set(a.sha256, file);
			accepted.push(a);
		} catch (e) {
			report.errors.push({ file, message: e instanceof Error ? e.message : String(e) });
		}
	}
	const joined = joinCorpus(accepted, opts.geodata ?? EMPTY, { geonames: opts.geonames });
	const metas = new Map(joined.articles.map((m) => [m.id, m]));
	const quotesOf = quotesByArticle(joined.quotes);
	for (const a of accepted) {
		report.articles.push({
			file: a.file,
			id: a.meta.id,
			title: a.meta.title,
			source: a.meta.source,
			date: a.meta.date,
			periods: metas.get(a.meta.id)!.periods,
			quotes: (quotesOf.get(a.meta.id) ?? []).map(({ text, kind, speaker, places, start, end }) => ({
				text,
				kind,
				speaker,
				places,
				start,
				end
			}))
		});
	}
	report.unmatched = joined.unmatched;
	if (opts.write) writeArticles(accepted, opts.corpusDir);
	return report;
}

function writeArticles(articles: ParsedArticle[], corpusDir: string): void {
	if (articles.length === 0) return;
	const mpath = manifestPath(corpusDir);
	const manifest: Record<string, ManifestEntry> = existsSync(mpath) ? JSON.parse(readFileSync(mpath, 'utf8')) : {};
	for (const a of articles) {
		// The file name carries the id; the header keeps the checksum.
		const header = { ...a.header };
		delete header.id;
		delete header.sha256;
		writeAtomic(join(corpusDir, `${a.meta.id}.txt`), formatArticle(header, a.body));
		manifest[a.meta.id] = { copied_from: basename(a.file), sha256: a.sha256, bytes: Buffer.byteLength(a.body) };
	}
	writeAtomic(mpath, `${JSON.stringify(manifest, null, '\t')}\n`);
}

/**
 * Control and bidi characters from a hostile body would act on the editor's terminal (escape
 * sequences) or reorder the report's lines; the readable report shows them as `\u{…}` instead.
 */
// eslint-disable-next-line no-control-regex
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
export const terminalSafe = (s: string) =>
	s.replace(TERMINAL_UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);

/** The readable report (without --json). */
export function formatReport(r: IngestReport): string {
	const out: string[] = [];
	for (const a of r.articles) {
		out.push(`✓ ${a.file}`, `  id      ${a.id}`, `  title   ${a.title}`, `  source  ${a.source}`, `  date    ${a.date}`);
		out.push(`  periods ${a.periods.length ? a.periods.join(', ') : '(none: shown outside any period)'}`);
		const quotes = a.quotes.filter((q) => q.kind === 'quote');
		const passages = a.quotes.filter((q) => q.kind === 'passage');
		out.push(`  ${quotes.length} quotes, ${passages.length} passages`);
		for (const q of a.quotes) {
			const who = q.kind === 'quote' ? (q.speaker ?? 'speaker unknown') : 'passage';
			const text = q.text.length > 100 ? `${q.text.slice(0, 97)}…` : q.text;
			out.push(`   - [${who}] “${text}” → ${q.places.length ? q.places.join(', ') : '(no place)'}`);
		}
		const un = r.unmatched.filter((u) => u.file === a.file);
		if (un.length) {
			out.push('  place-like names not in geodata/:');
			for (const u of un) {
				const s = u.suggestion;
				out.push(
					`   - ${u.name} ×${u.count}` +
						(s ? ` → GeoNames ${s.name}, ${s.country} (${s.lon}, ${s.lat})\n     ${JSON.stringify(s.feature)}` : '')
				);
			}
		}
		out.push('');
	}
	for (const e of r.errors) out.push(`✗ ${e.file}\n  ${e.message}\n`);
	out.push(`${r.articles.length} read, ${r.errors.length} rejected`);
	return terminalSafe(out.join('\n'));
}
