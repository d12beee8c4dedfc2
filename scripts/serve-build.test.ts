import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir } from './serve-build.mjs';

let dir: string;
let server: Server;
let origin: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'serve-build-'));
	mkdirSync(join(dir, 'about'));
	writeFileSync(join(dir, 'index.html'), '<h1>home</h1>');
	writeFileSync(join(dir, 'about.html'), '<h1>about</h1>');
	writeFileSync(join(dir, 'tiles.pmtiles'), '0123456789');
	writeFileSync(join(dir, 'worker.mjs'), 'export {}');
	server = await serveDir(dir, 0);
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
	server.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('the local preview server', () => {
	it('serves prerendered pages by their path, with length, ETag and security headers', async () => {
		const res = await fetch(`${origin}/about`);
		expect(res.status).toBe(200);
		expect(await res.text()).toBe('<h1>about</h1>');
		expect(res.headers.get('content-length')).toBe('14');
		expect(res.headers.get('etag')).toMatch(/^W\/"/);
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect((await fetch(`${origin}/`)).status).toBe(200);
	});

	it('answers a byte range with 206 and only those bytes (PMTiles reads this way)', async () => {
		const res = await fetch(`${origin}/tiles.pmtiles`, { headers: { Range: 'bytes=2-5' } });
		expect(res.status).toBe(206);
		expect(res.headers.get('content-range')).toBe('bytes 2-5/10');
		expect(await res.text()).toBe('2345');
	});

	it('answers 304 to a matching If-None-Match', async () => {
		const etag = (await fetch(`${origin}/tiles.pmtiles`)).headers.get('etag')!;
		expect((await fetch(`${origin}/tiles.pmtiles`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
	});

	it('serves the module worker as JavaScript (browsers check it strictly)', async () => {
		expect((await fetch(`${origin}/worker.mjs`)).headers.get('content-type')).toMatch(/^text\/javascript/);
	});

	it('refuses writes, unknown files and paths out of the folder', async () => {
		const post = await fetch(`${origin}/index.html`, { method: 'POST', body: 'x' });
		expect(post.status).toBe(405);
		expect(post.headers.get('allow')).toBe('GET, HEAD');
		expect((await fetch(`${origin}/index.html`, { method: 'PUT', body: 'x' })).status).toBe(405);
		expect((await fetch(`${origin}/missing.json`)).status).toBe(404);
		expect((await fetch(`${origin}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
		// The server is still up after all of that.
		expect((await fetch(`${origin}/`)).status).toBe(200);
	});
});
