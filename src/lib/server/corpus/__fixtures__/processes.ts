// Real processes for the crash, kill and concurrency tests: the ingest CLI and the data step, run
// with tsx in a scratch copy, and a way to stop one at a named stage (TEST_PAUSE_AT, src/lib/server/pause.ts).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPO = resolve('.');
/**
 * One process per run: node with tsx's loader (the package's own entry point), not the tsx CLI,
 * which starts node as a child — killing the CLI would leave the real writer running.
 */
const NODE = process.execPath;
const TSX = ['--import', pathToFileURL(join(REPO, 'node_modules/tsx/dist/loader.mjs')).href];
const TSCONFIG = { TSX_TSCONFIG_PATH: join(REPO, 'tsconfig.json') };

/** A scratch copy of corpus/ (and geodata/, for the data step) under `dir`. */
export function scratchRepo(dir: string, withGeodata = false): string {
	cpSync(join(REPO, 'corpus'), join(dir, 'corpus'), { recursive: true });
	if (withGeodata) cpSync(join(REPO, 'geodata'), join(dir, 'geodata'), { recursive: true });
	return join(dir, 'corpus', 'articles');
}

/** `n` distinct valid article files in `dir`, named <prefix>-<i>.txt. */
export function articleFiles(dir: string, n: number, prefix = 'new'): string[] {
	mkdirSync(dir, { recursive: true });
	return Array.from({ length: n }, (_, i) => {
		const p = join(dir, `${prefix}-${i}.txt`);
		writeFileSync(
			p,
			`title: Report ${prefix} ${i} from Stepanakert\nsource: Fixture Wire\ndate: 2023-09-2${i % 8}\n\n` +
				`Peacekeepers in Stepanakert counted ${prefix} convoy ${i}. “We are still here,” an officer said in Shusha.`
		);
		return p;
	});
}

const env = (corpusDir: string, extra: Record<string, string> = {}) => ({
	...process.env,
	...TSCONFIG,
	CORPUS_DIR: corpusDir,
	...extra
});

/** The command that starts one of the scripts as a single process (for tests that spawn it themselves). */
export const scriptCommand = (script: string): [string, string[]] => [NODE, [...TSX, join(REPO, script)]];

/** Run the ingest CLI to the end (from the repository, on a scratch corpus). */
export function ingest(corpusDir: string, ...args: string[]) {
	return spawnSync(NODE, [...TSX, join(REPO, 'scripts/ingest.ts'), ...args], {
		cwd: REPO,
		encoding: 'utf8',
		env: env(corpusDir),
		timeout: 60_000
	});
}

/** Run the data step in `cwd` (a scratch copy holding geodata/ and corpus/). */
export function dataStep(cwd: string, extra: Record<string, string> = {}) {
	return spawnSync(NODE, [...TSX, join(REPO, 'scripts/build-data.ts')], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, ...TSCONFIG, ...extra },
		timeout: 60_000
	});
}

const started = new Set<ChildProcess>();
/** For afterEach: a test that failed before its kill must not leave a paused writer behind. */
export function killStarted(): void {
	for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
	started.clear();
}

/** Start a process that will stop at `stage`; resolves once it has said so. */
export function startPaused(
	stage: string,
	script: 'ingest' | 'data',
	cwd: string,
	corpusDir: string,
	args: string[] = []
): Promise<ChildProcess> {
	const child = spawn(
		NODE,
		[...TSX, join(REPO, `scripts/${script === 'ingest' ? 'ingest' : 'build-data'}.ts`), ...args],
		{
			cwd,
			env: env(corpusDir, { TEST_PAUSE_AT: stage }),
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	started.add(child);
	return new Promise((resolvePaused, reject) => {
		let err = '';
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`never paused at ${stage}: ${err}`));
		}, 60_000);
		child.stderr!.on('data', (d) => {
			err += d;
			if (err.includes(`paused at ${stage}`)) {
				clearTimeout(timer);
				resolvePaused(child);
			}
		});
		child.on('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`exited ${code} before pausing at ${stage}: ${err}`));
		});
	});
}

/** SIGKILL, the way a crash or a power cut ends a process: no handler runs. */
export function killHard(child: ChildProcess): Promise<void> {
	return new Promise((done) => {
		child.removeAllListeners('exit');
		child.on('exit', () => done());
		child.kill('SIGKILL');
	});
}

/** Every file under `root`, path → content. */
export function tree(root: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(root, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')])
	);
}
