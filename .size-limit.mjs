// `npm run test:size` (part of `npm test`): the first load of the home page, MapLibre apart,
// stays within budget. What counts is decided in scripts/size/first-load.mjs; why this limit,
// and what it is heading for, in docs/performance.md. Needs a fresh build/ (the script builds).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { firstLoad } from './scripts/size/first-load.mjs';

const BUILD = 'build';
/** The inlined JSON, one file per fetched file, so size-limit gzips each as a host would. */
const DATA_DIR = '.svelte-kit/size-limit';

const { scripts, data } = firstLoad(BUILD, 'index.html');
rmSync(DATA_DIR, { recursive: true, force: true });
mkdirSync(DATA_DIR, { recursive: true });
const dataFiles = data.map(({ url, body }, i) => {
	const file = `${DATA_DIR}/${i}-${url.replace(/[^\w.-]+/g, '_')}`;
	writeFileSync(file, body);
	return file;
});

export default [
	{
		name: 'first load of / without MapLibre: app + framework + data (gzip)',
		path: [...scripts.map((s) => `${BUILD}/${s}`), ...dataFiles],
		gzip: true,
		// 55,902 B at session 19's end plus ~160 B of headroom: the data's bytes move a little when
		// the geoparser changes (map.json's quote counts), and that alone must not fail the gate.
		limit: '54.75 KiB'
	}
];
