// A LOCAL PREVIEW server for build/ (what adapter-static writes), for `npm start`, the browser
// tests and the bench. `vite preview` serves .svelte-kit/output instead, so it would not test what
// we ship. To publish, copy build/ to any static host (GitHub Pages, Netlify, nginx, S3): it needs
// no server code. The files are served by `sirv` (SvelteKit's own static server): byte ranges
// (206, for PMTiles), ETag, Content-Length, <path>.html for prerendered pages.
// Run it (`node scripts/serve-build.mjs`, PORT/HOST/BUILD_DIR from the environment), or import
// `serveDir` (the benchmark serves its pages in-process with it).
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';

/** Headers every answer carries: no MIME sniffing, no full URL leaked to another site. */
const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Cross-Origin-Resource-Policy': 'same-origin'
};

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} text
 */
function answer(res, status, text) {
	if (res.headersSent) return void res.destroy();
	res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end(text);
}

/**
 * Serves `dir` on host:port; resolves once listening.
 * @param {string} dir
 * @param {number} port
 * @param {string} [host]
 * @returns {Promise<import('node:http').Server>}
 */
export function serveDir(dir, port, host = '127.0.0.1') {
	// dev: look files up per request, so a rebuild under a running server is served at once.
	const files = sirv(resolve(dir), { dev: true, etag: true, extensions: ['html'] });
	const server = createServer((req, res) => {
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.setHeader('Allow', 'GET, HEAD');
			return answer(res, 405, 'Method not allowed');
		}
		// sirv pipes a read stream into the response without an error handler: a file that
		// vanishes or cannot be read between lookup and read must end this answer, not the server.
		res.once('pipe', (source) => source.once('error', () => answer(res, 500, 'Cannot read file')));
		try {
			files(req, res, () => answer(res, 404, 'Not found'));
		} catch {
			answer(res, 500, 'Cannot read file');
		}
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
	console.log(
		`Serving ${resolve(dir)} at http://${host}:${port}/ (a local preview: deploy build/ to any static host)`
	);
}
