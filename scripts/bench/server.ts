/**
 * In-process static servers for build/ and the bench pages (the same file types and rules as
 * scripts/serve-build.mjs, without compression: the bench gzips bodies itself). In-process, so a
 * `pkill -f serve-build` elsewhere on a shared machine cannot take them down mid-run.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8'
};

function fileFor(root: string, urlPath: string): string | null {
	const clean = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
	let file = join(root, clean);
	if (!file.startsWith(root)) return null;
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
	return existsSync(file) ? file : null;
}

export function serveDir(dir: string, port: number): Promise<Server> {
	const root = resolve(dir);
	const server = createServer((req, res) => {
		let file: string | null = null;
		try {
			file = fileFor(root, req.url ?? '/');
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
		server.listen(port, '127.0.0.1', () => ok(server));
	});
}
