import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstLoad, inlineData, namedScripts, staticImports } from './first-load.mjs';

const HTML = `<!doctype html><head>
<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
<link href="./_app/immutable/nodes/2.C.js" rel="modulepreload">
<link rel="modulepreload" href="/_app/immutable/assets/maplibre-gl.X.mjs"/>
<link href="./_app/immutable/assets/2.css" rel="stylesheet">
<link rel="icon" href="data:," />
</head><body>
<script type="application/json" data-sveltekit-fetched data-url="/data/map.json">{"a":1}</script>
<script>import("./_app/immutable/entry/app.B.js")</script></body>`;

describe('namedScripts', () => {
	it('takes module preloads and dynamic imports, not stylesheets or icons', () => {
		expect(namedScripts(HTML)).toEqual([
			'_app/immutable/entry/start.A.js',
			'_app/immutable/nodes/2.C.js',
			'_app/immutable/assets/maplibre-gl.X.mjs',
			'_app/immutable/entry/app.B.js'
		]);
	});
	it('resolves hrefs against a page in a folder', () => {
		expect(namedScripts('<link href="../_app/x.js" rel="modulepreload">', 'articles/a.html')).toEqual([
			'_app/x.js'
		]);
	});
});

describe('staticImports', () => {
	it('follows static imports and leaves import() to later', () => {
		const code = `import{a as b}from"../chunks/K.js";import"./side.js";const l=()=>import("../nodes/3.js");`;
		expect(staticImports(code)).toEqual(['../chunks/K.js', './side.js']);
	});
});

describe('inlineData', () => {
	it('reads each inlined file with its URL', () => {
		expect(inlineData(HTML)).toEqual([{ url: '/data/map.json', body: '{"a":1}' }]);
	});
});

describe('firstLoad', () => {
	const root = mkdtempSync(join(tmpdir(), 'first-load-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const put = (path: string, text: string) => {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	put('index.html', HTML);
	put('_app/immutable/entry/start.A.js', 'import"../chunks/K.js";');
	put(
		'_app/immutable/entry/app.B.js',
		'const n=[()=>import("../nodes/0.L.js"),()=>import("../nodes/3.Z.js")];'
	);
	put('_app/immutable/nodes/0.L.js', 'export{}');
	put('_app/immutable/nodes/1.E.js', 'import"../chunks/E.js";');
	put(
		'_app/immutable/nodes/2.C.js',
		'import{x}from"../chunks/K.js";const m=()=>import("../chunks/Later.js");'
	);
	put('_app/immutable/nodes/3.Z.js', 'export{}');
	put('_app/immutable/chunks/K.js', 'export const x=1');
	put('_app/immutable/chunks/E.js', 'export{}');
	put('_app/immutable/chunks/Later.js', 'export{}');
	put('_app/immutable/assets/maplibre-gl.X.mjs', 'export{}');

	it('counts what the page names, the start nodes and their static imports, without MapLibre', () => {
		expect(firstLoad(root).scripts).toEqual([
			'_app/immutable/chunks/E.js',
			'_app/immutable/chunks/K.js',
			'_app/immutable/entry/app.B.js',
			'_app/immutable/entry/start.A.js',
			'_app/immutable/nodes/0.L.js',
			'_app/immutable/nodes/1.E.js',
			'_app/immutable/nodes/2.C.js'
		]);
	});
	it('fails on a file the page names that the build lacks', () => {
		put('other.html', '<link href="./_app/missing.js" rel="modulepreload">');
		expect(() => firstLoad(root, 'other.html')).toThrow(/missing\.js/);
	});
});
