/**
 * The ingest command's logic (scripts/ingest.ts is the thin CLI): read article files or saved web
 * pages, report what the join makes of them, and with `write` add them to the corpus — all of
 * them or, when any is refused, none (store.ts makes the write itself crash-safe and exclusive).
 */
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Geodata, QuoteRecord, UnmatchedName } from '../../data/types';
import { ArticleError, foldedSha256, formatArticle, parseArticle, type ParsedArticle } from './article';
import { joinCorpus } from './join';
import { paragraphs } from './extract';
import { quotesByArticle } from '../../data/quote-groups';
import { loadCorpus } from './load';
import { readBounded } from './files';
import { isPage, readPage } from './page';
import type { GeoNamesIndex } from './suggestions';
import { commitArticles, lockCorpus, recoverCorpus, type Manifest } from './store';
import {
	applyCorrections,
	correctionsFor,
	CORRECTIONS_FILE,
	describeFor,
	withAliases,
	type Correction
} from './corrections';

export { formatReport } from './ingest-report';

export interface IngestArticle {
	file: string;
	id: string;
	title: string;
	source: string;
	date: string;
	periods: string[];
	/** For a web page: each header value the page gave, and where it was found. */
	inferred: string[];
	/** The editors' corrections (corpus/corrections.json) that apply to this article, described. */
	corrections: string[];
	quotes: Pick<
		QuoteRecord,
		'text' | 'kind' | 'speaker' | 'speaker_role' | 'places' | 'trace' | 'start' | 'end' | 'corrected'
	>[];
	/** Lines left out as page furniture and parts of a web page removed as not the article, each with the
	 * reason, so the editor can check none was reporting. */
	furniture: { text: string; why: string }[];
}

export interface IngestReport {
	articles: IngestArticle[];
	unmatched: UnmatchedName[];
	errors: { file: string; message: string }[];
	/** What --write did: the ids written (none when anything was refused), and any recovery. */
	written: string[];
	recovered: string[];
}

export interface IngestOptions {
	corpusDir: string;
	geodata: Geodata | null;
	geonames?: GeoNamesIndex;
	write?: boolean;
	corrections?: Correction[];
	/** The date to use for web pages that print none (--date). */
	date?: string;
}

const EMPTY: Geodata = {
	periods: [],
	places: { type: 'FeatureCollection', features: [] },
	lines: { type: 'FeatureCollection', features: [] },
	posts: { type: 'FeatureCollection', features: [] },
	postCounts: []
};

interface Input {
	article: ParsedArticle;
	inferred: string[];
	/** For a web page: the parts it marks as not the article (page.ts), removed before reading. */
	removed: { text: string; why: string }[];
	/** A file of the corpus itself, given to see its report again: reported, never written. */
	inCorpus: boolean;
}

/** One input file, as an article: a saved web page goes through the same parser as a text file. */
function readInput(file: string, opts: IngestOptions): Input {
	const bytes = readBounded(file);
	// A corpus file's id is its file name, as when the build reads it.
	const inCorpus = dirname(resolve(file)) === resolve(opts.corpusDir) && file.endsWith('.txt');
	if (inCorpus)
		return {
			article: parseArticle(bytes, file, basename(file, '.txt')),
			inferred: [],
			removed: [],
			inCorpus
		};
	if (!isPage(file)) return { article: parseArticle(bytes, file), inferred: [], removed: [], inCorpus };
	const page = readPage(bytes, file, { date: opts.date });
	const article = parseArticle(Buffer.from(formatArticle(page.header, page.body)), file);
	return { article, inferred: page.inferred, removed: page.removed, inCorpus };
}

export function ingestFiles(files: string[], opts: IngestOptions): IngestReport {
	const report: IngestReport = { articles: [], unmatched: [], errors: [], written: [], recovered: [] };
	let unlock: (() => void) | undefined;
	try {
		// The lock is taken before the corpus is read, so the duplicate checks still hold at the commit.
		if (opts.write) {
			unlock = lockCorpus(opts.corpusDir);
			report.recovered = recoverCorpus(opts.corpusDir);
		}
		ingestLocked(files, opts, report);
	} catch (e) {
		report.errors.push({
			file: dirname(opts.corpusDir),
			message: e instanceof Error ? e.message : String(e)
		});
	} finally {
		unlock?.();
	}
	return report;
}

function ingestLocked(files: string[], opts: IngestOptions, report: IngestReport): void {
	const corpus = existsSync(opts.corpusDir) ? loadCorpus(opts.corpusDir).articles : [];
	const ids = new Map(corpus.map((a) => [a.meta.id, a.file]));
	const texts = new Map(corpus.map((a) => [foldedSha256(a.body), a]));
	const accepted: Input[] = [];
	for (const file of files) {
		try {
			const input = readInput(file, opts);
			const a = input.article;
			const twin = texts.get(foldedSha256(a.body));
			const itself = input.inCorpus && twin && resolve(twin.file) === resolve(file);
			if (twin && !itself) {
				const how =
					twin.sha256 === a.sha256
						? 'the same body'
						: 'the same text once line endings and whitespace are folded';
				throw new ArticleError(`duplicate: ${how} is already in ${twin.file}`);
			}
			const sameId = ids.get(a.meta.id);
			if (sameId && !itself)
				throw new ArticleError(`duplicate: id "${a.meta.id}" is already used by ${sameId}`);
			ids.set(a.meta.id, file);
			texts.set(foldedSha256(a.body), a);
			accepted.push(input);
		} catch (e) {
			// Anything else (a bug, a full disk) still names the file instead of ending in a stack trace.
			report.errors.push({ file, message: e instanceof Error ? e.message : String(e) });
		}
	}
	const corrections = opts.corrections ?? [];
	const geodata = withAliases(opts.geodata ?? EMPTY, corrections);
	const parsed = accepted.map((i) => i.article);
	// Only the corrections of these articles and of features apply: the rest point at the corpus.
	const mine = correctionsFor(corrections, parsed);
	const joined = applyCorrections(
		joinCorpus(parsed, geodata, { geonames: opts.geonames }),
		mine,
		geodata,
		parsed
	);
	for (const message of joined.errors) report.errors.push({ file: CORRECTIONS_FILE, message });
	const metas = new Map(joined.articles.map((m) => [m.id, m]));
	const quotesOf = quotesByArticle(joined.quotes);
	for (const { article: a, inferred, removed } of accepted) {
		report.articles.push({
			file: a.file,
			id: a.meta.id,
			title: a.meta.title,
			source: a.meta.source,
			date: a.meta.date,
			periods: metas.get(a.meta.id)!.periods,
			inferred,
			corrections: describeFor(mine, a),
			quotes: (quotesOf.get(a.meta.id) ?? []).map(
				({ text, kind, speaker, speaker_role, places, trace, start, end, corrected }) => ({
					text,
					kind,
					speaker,
					...(speaker_role ? { speaker_role } : {}),
					places,
					...(trace ? { trace } : {}),
					start,
					end,
					...(corrected ? { corrected } : {})
				})
			),
			// The join's own paragraph rule, so the report lists exactly what the map leaves out.
			furniture: removed.concat(
				paragraphs(a.body, a.meta.title)
					.filter((p) => p.furniture)
					.map((p) => ({ text: a.body.slice(p.start, p.end), why: p.why ?? 'furniture' }))
			)
		});
	}
	report.unmatched = joined.unmatched;
	// All or nothing: one refused file and the run writes no file at all.
	const fresh = accepted.filter((i) => !i.inCorpus);
	if (!opts.write || report.errors.length || fresh.length === 0) return;
	const contents = new Map<string, string>();
	const entries: Manifest = {};
	for (const { article: a } of fresh) {
		// The file name carries the id; the header keeps the checksum.
		const header = { ...a.header };
		delete header.id;
		delete header.sha256;
		contents.set(a.meta.id, formatArticle(header, a.body));
		entries[a.meta.id] = {
			copied_from: basename(a.file),
			sha256: a.sha256,
			bytes: Buffer.byteLength(a.body)
		};
	}
	commitArticles(opts.corpusDir, contents, entries);
	report.written = [...contents.keys()];
}
