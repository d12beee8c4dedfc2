// Golden file: the joined output of the bundled corpus against geodata/, committed. A change in
// extraction, matching or geodata shows up here as a diff; approve it with `npm run golden:approve`
// (see corpus/README.md). In CI (CI=true) a missing golden file fails instead of being created.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { expect, it } from 'vitest';
import { loadGeodata } from '../geodata/load';
import { assertVerbatim, joinCorpus } from './join';
import { loadCorpus } from './load';

const GOLDEN = 'src/lib/server/corpus/__golden__/joined.json';

it('the joined corpus equals the approved golden file', async () => {
	const { articles, errors } = loadCorpus('corpus/articles');
	expect(errors).toEqual([]);
	const { geodata, errors: geoErrors } = loadGeodata('geodata');
	expect(geodata, `geodata/ did not load: ${JSON.stringify(geoErrors.slice(0, 3))}`).not.toBeNull();
	const joined = joinCorpus(articles, geodata!);
	assertVerbatim(articles, joined.quotes);
	// Written the way `prettier --check` expects, so `npm run lint` passes on an approved file.
	const text = await format(JSON.stringify(joined), { ...(await resolveConfig(GOLDEN)), parser: 'json' });

	if (process.env.UPDATE_GOLDEN === '1') {
		mkdirSync(dirname(GOLDEN), { recursive: true });
		writeFileSync(GOLDEN, text);
		return;
	}
	if (!existsSync(GOLDEN)) {
		if (process.env.CI === 'true')
			throw new Error(`${GOLDEN} is missing: run \`npm run golden:approve\` and commit it`);
		mkdirSync(dirname(GOLDEN), { recursive: true });
		writeFileSync(GOLDEN, text);
		console.warn(`created ${GOLDEN}: review and commit it`);
		return;
	}
	// Compare parsed values for a readable diff; the message says how to approve.
	expect(
		JSON.parse(text),
		`joined output differs from ${GOLDEN}; if intended: npm run golden:approve`
	).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
});
