// A dependency-free static server for build/ (what adapter-static writes).
// `vite preview` serves .svelte-kit/output instead, so it would not test what we ship.
// Run it (`node scripts/serve-build.mjs`, PORT/HOST/BUILD_DIR from the environment), or import
// `serveDir` (the benchmark serves its pages in-process with it).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	// The MapLibre worker is a module worker: browsers check its MIME type strictly.
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8'
};

/**
 * @param {string} root
 * @param {string} urlPath
 */
function resolvePath(root, urlPath) {
	const clean = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
	const file = join(root, clean);
	if (!file.startsWith(root)) return null;
	// Like most static hosts: the file, else <path>.html (prerendered pages), else <path>/index.html.
	const isFile = (/** @type {string} */ p) => existsSync(p) && statSync(p).isFile();
	for (const candidate of [file, `${file}.html`, join(file, 'index.html')])
		if (isFile(candidate)) return candidate;
	return null;
}

/**
 * Serves `dir` on host:port; resolves once listening.
 * @param {string} dir
 * @param {number} port
 * @param {string} [host]
 * @returns {Promise<import('node:http').Server>}
 */
export function serveDir(dir, port, host = '127.0.0.1') {
	const root = resolve(dir);
	const server = createServer((req, res) => {
		let file = null;
		try {
			file = resolvePath(root, req.url ?? '/');
		} catch {
			file = null;
		}
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	return new Promise((ok, fail) => {
		server.once('error', (e) => fail(new Error(`cannot serve ${dir} on port ${port}: ${e.message}`)));
		server.listen(port, host, () => ok(server));
	});
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const dir = process.env.BUILD_DIR ?? 'build';
	const port = Number(process.env.PORT ?? 4173);
	const host = process.env.HOST ?? '127.0.0.1';
	await serveDir(dir, port, host);
	console.log(`Serving ${resolve(dir)} at http://${host}:${port}/`);
}
