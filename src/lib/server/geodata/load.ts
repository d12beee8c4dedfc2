/**
 * Reads geodata/ from disk for the data step and the tests; all rules live in validate.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GEODATA_FILES, validateGeodata, type GeodataError, type GeodataResult } from './validate';

// The data step imports everything it needs to load and report from here.
export { formatGeodataError, type GeodataError, type GeodataResult } from './validate';

/**
 * The most bytes a geodata file (curated or basemap) may have, checked before it is read: the
 * largest today is ~50 KB, and a 100 MB file (a pasted description, a million-vertex line) would
 * be published as it is. Named in geodata/README.md.
 */
export const MAX_GEODATA_FILE_BYTES = 2_000_000;

/** Read the five curated files under `dir` and validate them. A missing file is reported, not thrown. */
export function loadGeodata(dir = 'geodata'): GeodataResult {
	const files: Record<string, string> = {};
	const tooBig: GeodataError[] = [];
	for (const name of Object.values(GEODATA_FILES)) {
		const path = join(dir, name);
		if (!existsSync(path)) continue;
		const size = statSync(path).size;
		if (size > MAX_GEODATA_FILE_BYTES) {
			tooBig.push({
				file: path,
				feature: null,
				field: null,
				message: `${size} bytes, over the limit of ${MAX_GEODATA_FILE_BYTES}; not read`
			});
		} else files[path] = readFileSync(path, 'utf8');
	}
	if (tooBig.length) return { geodata: null, errors: tooBig };
	// With no file at all there is no key to take the directory from: name them here.
	if (Object.keys(files).length === 0) {
		return {
			geodata: null,
			errors: Object.values(GEODATA_FILES).map((name) => ({
				file: join(dir, name),
				feature: null,
				field: null,
				message: 'file is missing'
			}))
		};
	}
	return validateGeodata(files);
}
