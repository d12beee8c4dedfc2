// npm run --silent ingest -- [--json] [--write] [--date YYYY-MM-DD] <article file, web page or folder…>
// npm run ingest -- --recover
// Reads article files (header, blank line, body) or saved web pages (.html), reports what the join
// makes of them and, with --write, adds them all to corpus/articles/ — or none, when any is refused.
// Exit 0 when every file was read (and written), 1 otherwise; never a stack trace.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadCorrections } from '../src/lib/server/corpus/corrections.ts';
import { loadGeoNames } from '../src/lib/server/corpus/geonames.ts';
import { formatReport, ingestFiles } from '../src/lib/server/corpus/ingest.ts';
import { CORPUS_DIR } from '../src/lib/server/corpus/load.ts';
import { lockCorpus, recoverCorpus } from '../src/lib/server/corpus/store.ts';
import { loadGeodata } from '../src/lib/server/geodata/load.ts';

const USAGE =
	'usage: npm run ingest -- [--write] [--date YYYY-MM-DD] <article file, web page or folder…> | --recover\n' +
	'       npm run --silent ingest -- --json <…>   (--silent: npm prints no banner before the JSON)';
const INPUT = /\.(txt|x?html?)$/i;

function main(): number {
	const args = process.argv.slice(2);
	const flags = new Set(['--json', '--write', '--recover']);
	const dateAt = args.indexOf('--date');
	const date = dateAt >= 0 ? args[dateAt + 1] : undefined;
	const rest = dateAt >= 0 ? args.filter((_, i) => i !== dateAt && i !== dateAt + 1) : args;
	const unknown = rest.filter((a) => a.startsWith('--') && !flags.has(a));
	const paths = rest.filter((a) => !a.startsWith('--'));
	const recover = rest.includes('--recover');
	if (unknown.length || (paths.length === 0 && !recover) || (dateAt >= 0 && !date)) {
		console.error(unknown.length ? `unknown option ${unknown.join(' ')}\n${USAGE}` : USAGE);
		return 2;
	}
	const corpusDir = process.env.CORPUS_DIR ?? CORPUS_DIR;
	if (recover && paths.length === 0) {
		const unlock = lockCorpus(corpusDir);
		try {
			const done = recoverCorpus(corpusDir);
			console.log(done.length ? done.join('\n') : 'nothing to recover: the corpus is whole');
		} finally {
			unlock();
		}
		return 0;
	}
	// A folder stands for the pages and article files in it (one run: all of them or none).
	const files = paths.flatMap((p) =>
		statSync(p, { throwIfNoEntry: false })?.isDirectory()
			? readdirSync(p)
					.filter((f) => INPUT.test(f))
					.sort()
					.map((f) => join(p, f))
			: [p]
	);
	const { geodata, errors: geoErrors } = loadGeodata(process.env.GEODATA_DIR ?? 'geodata');
	if (!geodata) {
		// Still report quotes and names; nothing can be matched without the gazetteer.
		console.error(
			`warning: geodata/ did not load (${geoErrors[0]?.message ?? 'unknown error'}); no place will match`
		);
	}
	const corrections = loadCorrections(join(dirname(corpusDir), 'corrections.json'));
	if (corrections.errors.length) {
		console.error(corrections.errors.join('\n'));
		return 1;
	}
	const write = rest.includes('--write');
	const report = ingestFiles(files, {
		corpusDir,
		geodata,
		geonames: loadGeoNames(),
		write,
		corrections: corrections.corrections,
		date
	});
	if (rest.includes('--json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
	else {
		console.log(formatReport(report));
		if (write) {
			console.log(
				report.written.length
					? `written to ${corpusDir}/: ${report.written.join(', ')}`
					: `nothing was written${report.errors.length ? ': a run adds all its files or none' : ''}`
			);
		}
	}
	return report.errors.length ? 1 : 0;
}

try {
	process.exitCode = main();
} catch (e) {
	// Whatever went wrong, the editor gets one line, not a Node stack trace.
	console.error(`ingest: ${e instanceof Error ? e.message : String(e)}`);
	process.exitCode = 1;
}
