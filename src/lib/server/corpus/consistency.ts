/**
 * Is the corpus on disk one whole corpus? The build refuses to publish it otherwise, naming what
 * is wrong: an interrupted or running write (store.ts), an article without its manifest entry or
 * the other way round, a body that differs from what the manifest recorded, or the same text twice.
 */
import { relative } from 'node:path';
import { foldedSha256, type ParsedArticle } from './article';
import { journalPath, leftovers, lockHolder, readJournal, readManifest, manifestPath } from './store';

export interface CorpusState {
	/** Each one means: do not publish. */
	errors: { file: string; message: string }[];
	/** Leftovers that are not part of the corpus (a write killed before its commit). */
	warnings: string[];
}

export function checkCorpusState(corpusDir: string, articles: ParsedArticle[]): CorpusState {
	const state: CorpusState = { errors: [], warnings: [] };
	const err = (file: string, message: string) => state.errors.push({ file, message });
	const journal = readJournal(corpusDir);
	const holder = lockHolder(corpusDir);
	if (journal) {
		err(
			journalPath(corpusDir),
			holder
				? `an \`ingest --write\` (pid ${holder.pid}) is committing articles right now; run the build again when it has finished`
				: `an \`ingest --write\` (pid ${journal.pid}) was interrupted while committing ${journal.ids.length} article(s); run \`npm run ingest -- --recover\` to finish it`
		);
		return state; // the rest would only list the half-moved files
	}
	for (const path of leftovers(corpusDir)) {
		state.warnings.push(
			`${path}: left by an \`ingest --write\` killed before its commit; not part of the corpus (the next write removes it)`
		);
	}
	const mpath = manifestPath(corpusDir);
	let manifest: ReturnType<typeof readManifest>;
	try {
		manifest = readManifest(corpusDir);
	} catch (e) {
		err(mpath, `is not valid JSON (${(e as Error).message})`);
		return state;
	}
	const seen = new Map<string, string>();
	for (const a of articles) {
		const entry = manifest[a.meta.id];
		const bytes = Buffer.byteLength(a.body);
		if (!entry)
			err(
				a.file,
				`has no entry in ${mpath}: it was not added by \`npm run ingest -- --write\`, or that write did not finish`
			);
		else if (entry.sha256 !== a.sha256 || entry.bytes !== bytes) {
			err(
				a.file,
				`body (sha256 ${a.sha256.slice(0, 12)}…, ${bytes} bytes) differs from ${mpath} (${entry.sha256.slice(0, 12)}…, ${entry.bytes} bytes)`
			);
		}
		const folded = foldedSha256(a.body);
		const twin = seen.get(folded);
		if (twin)
			err(a.file, `the same text as ${twin} (after folding line endings and whitespace): one article twice`);
		seen.set(folded, a.file);
	}
	const ids = new Set(articles.map((a) => a.meta.id));
	for (const id of Object.keys(manifest)) {
		if (!ids.has(id))
			err(
				mpath,
				`lists "${id}", but ${relative('.', corpusDir) || corpusDir}/${id}.txt is missing or was refused`
			);
	}
	return state;
}
