/**
 * Reads geodata/ from disk for the data step and the tests; all rules live in validate.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GEODATA_FILES, validateGeodata, type GeodataResult } from './validate';

// The data step imports everything it needs to load and report from here.
export { formatGeodataError, type GeodataError, type GeodataResult } from './validate';

/** Read the five curated files under `dir` and validate them. A missing file is reported, not thrown. */
export function loadGeodata(dir = 'geodata'): GeodataResult {
	const files: Record<string, string> = {};
	for (const name of Object.values(GEODATA_FILES)) {
		const path = join(dir, name);
		if (existsSync(path)) files[path] = readFileSync(path, 'utf8');
	}
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
