// Prints one line, `N passed, N failed`, over the unit (vitest) and browser (playwright)
// reports, so CI can read the result without parsing either runner's own output.
import { existsSync, readFileSync } from 'node:fs';

/** @param {string} path */
function read(path) {
	return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

let passed = 0;
let failed = 0;
const unit = read('reports/unit.json');
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
}
const e2e = read('reports/e2e.json');
if (e2e) {
	passed += e2e.stats.expected + e2e.stats.flaky;
	failed += e2e.stats.unexpected;
}
const exitCode = Number(process.argv[2] ?? 0);
// A run that stopped before any suite wrote a report (lint, type check) still failed.
if (exitCode !== 0 && failed === 0) failed = 1;
if (!unit) console.log('unit: no report (the suite did not run)');
if (!e2e) console.log('e2e: no report (the suite did not run)');
console.log(`${passed} passed, ${failed} failed`);
