// npm run ingest -- [--json] [--write] <file…>
// Reads article files (header, blank line, body), reports what the join makes of them and, with
// --write, adds the valid ones to corpus/articles/. Exit 0 when every file was read, 1 otherwise.
import { loadGeoNames } from '../src/lib/corpus/geonames.ts';
import { formatReport, ingestFiles } from '../src/lib/corpus/ingest.ts';
import { CORPUS_DIR } from '../src/lib/corpus/load.ts';
import { loadGeodata } from '../src/lib/geodata/load.ts';

const USAGE = 'usage: npm run ingest -- [--json] [--write] <article file…>';
const args = process.argv.slice(2);
const json = args.includes('--json');
const write = args.includes('--write');
const unknown = args.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--write');
const files = args.filter((a) => !a.startsWith('--'));
if (unknown.length || files.length === 0) {
	console.error(unknown.length ? `unknown option ${unknown.join(' ')}\n${USAGE}` : USAGE);
	process.exit(2);
}

const { geodata, errors: geoErrors } = loadGeodata(process.env.GEODATA_DIR ?? 'geodata');
if (!geodata) {
	// Still report quotes and names; nothing can be matched without the gazetteer.
	console.error(
		`warning: geodata/ did not load (${geoErrors[0]?.message ?? 'unknown error'}); no place will match`
	);
}
const report = ingestFiles(files, {
	corpusDir: process.env.CORPUS_DIR ?? CORPUS_DIR,
	geodata,
	geonames: loadGeoNames(),
	write
});
if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else {
	console.log(formatReport(report));
	if (write && report.articles.length) console.log(`written to ${process.env.CORPUS_DIR ?? CORPUS_DIR}/`);
}
process.exit(report.errors.length ? 1 : 0);
