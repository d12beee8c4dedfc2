/**
 * Writing the corpus (corpus/articles/*.txt + corpus/manifest.json) so that a crash, a kill or a
 * second editor never leaves it half-written. Node only: ingest writes through it, the build and
 * the tests check it (consistency.ts).
 *
 * A write is a small journal, as databases do it:
 *  1. everything new (article files and the whole new manifest) is written and fsynced in a
 *     staging folder `corpus/.ingest-staging-<pid>/`; a crash here leaves the corpus as it was and
 *     a leftover folder that the next write removes (the build reports it);
 *  2. the journal `corpus/.ingest-journal.json` is renamed into place: that single rename is the
 *     commit; from then on the write counts as done;
 *  3. the staged files are renamed into corpus/articles/, the manifest last, then the journal and
 *     the staging folder are removed. A crash during 3 is finished by the next write or by
 *     `npm run ingest -- --recover` (rolled forward from the journal), and until then the build
 *     refuses the corpus, naming the journal: nothing ever reads a corpus between old and new.
 * One writer at a time: `corpus/.ingest.lock` is created exclusively (a hard link) and names its pid.
 */
import {
	closeSync,
	existsSync,
	fsyncSync,
	linkSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	unlinkSync,
	writeFileSync,
	writeSync
} from 'node:fs';
import { dirname, join } from 'node:path';
import { pauseAt } from '../pause';

export interface ManifestEntry {
	copied_from: string;
	sha256: string;
	bytes: number;
}
export type Manifest = Record<string, ManifestEntry>;

export const manifestPath = (corpusDir: string) => join(dirname(corpusDir), 'manifest.json');
export const lockPath = (corpusDir: string) => join(dirname(corpusDir), '.ingest.lock');
export const journalPath = (corpusDir: string) => join(dirname(corpusDir), '.ingest-journal.json');
const STAGING_PREFIX = '.ingest-staging-';

export class CorpusBusyError extends Error {}

interface LockInfo {
	pid: number;
	since: string;
}

export function readManifest(corpusDir: string): Manifest {
	const p = manifestPath(corpusDir);
	return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Manifest) : {};
}

/** Whether a process with this pid still runs (EPERM: it runs as another user). */
export function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** The live holder of the lock, or null when there is no lock or its process is gone. */
export function lockHolder(corpusDir: string): LockInfo | null {
	try {
		const info = JSON.parse(readFileSync(lockPath(corpusDir), 'utf8')) as LockInfo;
		return isAlive(info.pid) ? info : null;
	} catch {
		return null;
	}
}

/** Take the writer's lock or throw CorpusBusyError naming who holds it. A dead holder's lock is taken over. */
export function lockCorpus(corpusDir: string): () => void {
	const path = lockPath(corpusDir);
	mkdirSync(dirname(path), { recursive: true });
	for (let attempt = 0; ; attempt++) {
		// Written whole under a private name, then hard-linked into place (fails if the lock exists):
		// another process never reads a lock file that is still empty and takes it for a dead one's.
		const mine = `${path}.${process.pid}`;
		writeFileSync(mine, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
		try {
			linkSync(mine, path);
			return () => rmSync(path, { force: true });
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			const holder = lockHolder(corpusDir);
			if (holder || attempt > 0) {
				const who = holder ? `pid ${holder.pid}, since ${holder.since}` : 'a process that just took it';
				throw new CorpusBusyError(
					`the corpus is being written by another \`ingest --write\` (${who}); nothing was written: run it again when that one has finished`
				);
			}
			// Left by a process that died (a kill, a crash): it protects nothing any more.
			rmSync(path, { force: true });
		} finally {
			rmSync(mine, { force: true });
		}
	}
}

/** Write and fsync, so a power cut after the commit cannot leave a staged file empty. */
function writeDurable(path: string, content: string): void {
	const fd = openSync(path, 'wx');
	try {
		writeSync(fd, content);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

interface Journal {
	pid: number;
	staging: string;
	ids: string[];
}

/** Finish a committed write: move what is still staged into place (idempotent), then drop the journal. */
function applyJournal(corpusDir: string, journal: Journal): void {
	const staging = join(dirname(corpusDir), journal.staging);
	journal.ids.forEach((id, i) => {
		const from = join(staging, `${id}.txt`);
		if (existsSync(from)) renameSync(from, join(corpusDir, `${id}.txt`));
		if (i === 0) pauseAt('moving');
	});
	const manifest = join(staging, 'manifest.json');
	if (existsSync(manifest)) renameSync(manifest, manifestPath(corpusDir));
	unlinkSync(journalPath(corpusDir));
	rmSync(staging, { recursive: true, force: true });
}

/** Staging folders (and old-style temp files) that no journal refers to: left by a run killed before its commit. */
export function leftovers(corpusDir: string): string[] {
	const root = dirname(corpusDir);
	const journal = readJournal(corpusDir);
	const staged = existsSync(root)
		? readdirSync(root).filter(
				(f) =>
					(f.startsWith(STAGING_PREFIX) && f !== journal?.staging) ||
					f.includes('.tmp-') ||
					f.startsWith('.ingest.lock.')
			)
		: [];
	const temps = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.includes('.tmp-')) : [];
	return [...staged.map((f) => join(root, f)), ...temps.map((f) => join(corpusDir, f))];
}

export function readJournal(corpusDir: string): Journal | null {
	const p = journalPath(corpusDir);
	return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Journal) : null;
}

/**
 * With the lock held: roll a committed write forward and remove uncommitted leftovers.
 * Returns what was done, one line each, for the editor.
 */
export function recoverCorpus(corpusDir: string): string[] {
	const done: string[] = [];
	const journal = readJournal(corpusDir);
	if (journal) {
		applyJournal(corpusDir, journal);
		done.push(
			`finished the interrupted write of pid ${journal.pid} (${journal.ids.length} article(s), from ${journalPath(corpusDir)})`
		);
	}
	for (const path of leftovers(corpusDir)) {
		rmSync(path, { recursive: true, force: true });
		done.push(`removed ${path}, left by a write killed before its commit (none of it was in the corpus)`);
	}
	return done;
}

/**
 * With the lock held: add `files` (id → file content) and their manifest entries, all or nothing.
 * Ids must be new (ingest checks): nothing in the corpus is overwritten.
 */
export function commitArticles(corpusDir: string, files: Map<string, string>, entries: Manifest): void {
	if (files.size === 0) return;
	const root = dirname(corpusDir);
	const stagingName = `${STAGING_PREFIX}${process.pid}`;
	const staging = join(root, stagingName);
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(staging, { recursive: true });
	mkdirSync(corpusDir, { recursive: true });
	for (const [id, content] of files) writeDurable(join(staging, `${id}.txt`), content);
	const manifest = { ...readManifest(corpusDir), ...entries };
	writeDurable(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
	pauseAt('staged');
	const journal: Journal = { pid: process.pid, staging: stagingName, ids: [...files.keys()] };
	const tmp = `${journalPath(corpusDir)}.tmp-${process.pid}`;
	writeDurable(tmp, JSON.stringify(journal));
	renameSync(tmp, journalPath(corpusDir)); // the commit
	pauseAt('committed');
	applyJournal(corpusDir, journal);
}
