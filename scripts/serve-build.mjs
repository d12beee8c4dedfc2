// A dependency-free static server for build/ (what adapter-static writes).
// `vite preview` serves .svelte-kit/output instead, so it would not test what we ship.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

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

/** @param {string} urlPath */
function resolvePath(urlPath) {
	const clean = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
	const file = join(root, clean);
	if (!file.startsWith(root)) return null;
	// Like most static hosts: the file, else <path>.html (prerendered pages), else <path>/index.html.
	const isFile = (/** @type {string} */ p) => existsSync(p) && statSync(p).isFile();
	for (const candidate of [file, `${file}.html`, join(file, 'index.html')])
		if (isFile(candidate)) return candidate;
	return null;
}

createServer((req, res) => {
	let file;
	try {
		file = resolvePath(req.url ?? '/');
	} catch {
		file = null;
	}
	if (!file) {
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
		res.end('Not found');
		return;
	}
	res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(res);
}).listen(port, host, () => {
	console.log(`Serving ${root} at http://${host}:${port}/`);
});
