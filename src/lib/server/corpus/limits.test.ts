// Limits on what ingest reads and accepts: every header value, the file as a whole (read at most
// to the limit: /dev/zero is refused, not read), the date range, and a body already in the corpus
// under other line endings or whitespace.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureGeodata } from './__fixtures__/gazetteer';
import { ingest, scratchRepo, tree } from './__fixtures__/processes';
import {
	EARLIEST_DATE,
	HEADER_LIMITS,
	latestDate,
	MAX_FILE_BYTES,
	parseArticle,
	type HeaderKey
} from './article';
import { readBounded } from './files';
import { ingestFiles } from './ingest';

const enc = (s: string) => new TextEncoder().encode(s);
const parse = (s: string) => parseArticle(enc(s), 'x.txt');
const article = (head: Record<string, string>, body = 'Peacekeepers in Stepanakert.') =>
	`${Object.entries({ title: 'T', source: 'S', date: '2023-09-25', ...head })
		.map(([k, v]) => `${k}: ${v}`)
		.join('\n')}\n\n${body}`;
const noStackTrace = (s: string) => expect(s).not.toMatch(/\n\s+at .*:\d+:\d+/);

let dir: string;
let corpusDir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'limits-'));
	corpusDir = scratchRepo(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('every header value has a limit', () => {
	const keys = (Object.keys(HEADER_LIMITS) as HeaderKey[]).filter(
		(k) => k !== 'date' && k !== 'sha256' && k !== 'id'
	);
	it.each(keys)('%s: one character over the limit is refused, naming the key and the line', (key) => {
		const max = HEADER_LIMITS[key];
		const value = key === 'url' ? `https://example.org/${'a'.repeat(max)}` : 'a'.repeat(max + 1);
		expect(() => parse(article({ [key]: value }))).toThrow(
			new RegExp(`^${key}: \\d+ characters, over the limit of ${max} \\(header line \\d\\)$`)
		);
	});
	it('a title at the limit is accepted, and a one-word one still gives an id within its limit', () => {
		const a = parse(article({ title: 'x'.repeat(HEADER_LIMITS.title) }));
		expect(a.meta.id.length).toBeLessThanOrEqual(HEADER_LIMITS.id);
		expect(a.meta.id).toMatch(/^2023-09-25-s(-x+)?$/);
	});
	it('CLI: a 300-character id and a one-word 5,000-character title: exit 1, clear errors, nothing written', () => {
		const before = tree(join(dir, 'corpus'));
		const id = join(dir, 'id.txt');
		const title = join(dir, 'title.txt');
		writeFileSync(id, article({ id: 'a'.repeat(300) }));
		writeFileSync(title, article({ title: 'W'.repeat(5000) }));
		const res = ingest(corpusDir, '--write', id, title);
		expect(res.status).toBe(1);
		expect(res.stdout).toContain(`✗ ${id}\n  id: 300 characters, over the limit of 100 (header line 4)`);
		expect(res.stdout).toContain(
			`✗ ${title}\n  title: 5000 characters, over the limit of 300 (header line 1)`
		);
		noStackTrace(res.stdout + res.stderr);
		expect(tree(join(dir, 'corpus'))).toEqual(before);
	}, 60_000);
	it('a 2.1 MB title: refused by the file limit before parsing, and by the title limit in the parser', () => {
		const text = article({ title: 'T'.repeat(2_100_000) });
		const p = join(dir, 'big.txt');
		writeFileSync(p, text);
		expect(() => readBounded(p)).toThrow(
			`${Buffer.byteLength(text)} bytes, over the limit of ${MAX_FILE_BYTES}`
		);
		expect(() => parse(text)).toThrow(/^title: 2100000 characters, over the limit of 300/);
	});
});

describe('input size is bounded before reading', () => {
	// An endless file that throws was read only up to the limit; how fast is the bench's to say.
	it('/dev/zero is refused after reading at most the limit', () => {
		expect(() => readBounded('/dev/zero')).toThrow(`more than ${MAX_FILE_BYTES} bytes, over the limit`);
	});
	it('CLI: ingest of /dev/zero exits 1 with the limit, no stack trace', () => {
		const res = ingest(corpusDir, '/dev/zero');
		expect(res.status).toBe(1);
		expect(res.stdout).toContain(`✗ /dev/zero\n  more than ${MAX_FILE_BYTES} bytes, over the limit`);
		noStackTrace(res.stdout + res.stderr);
	}, 60_000);
	it('a folder or a missing path is an error naming it', () => {
		expect(() => readBounded(dir)).toThrow('is a folder, not a file');
		expect(() => readBounded(join(dir, 'nope.txt'))).toThrow('cannot read the file (ENOENT)');
	});
});

describe('dates are plausible', () => {
	const tomorrow = latestDate();
	const dayAfter = new Date(Date.parse(`${tomorrow}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
	it.each(['0000-01-01', '1987-12-31', '2099-12-31', dayAfter])('%s is refused, naming the range', (date) => {
		expect(() => parse(article({ date }))).toThrow(
			`date ${date} is outside the plausible range ${EARLIEST_DATE} to ${tomorrow} (tomorrow) (header line 3)`
		);
	});
	it.each([EARLIEST_DATE, tomorrow])('%s is accepted', (date) => {
		expect(parse(article({ date })).meta.date).toBe(date);
	});
});

describe('a body already in the corpus under other line endings or whitespace is a duplicate', () => {
	const existing = 'corpus/articles/2020-10-31-wire-russia-ready-to-help-yerevan.txt';
	const body = readFileSync(existing, 'utf8').split('\n\n').slice(1).join('\n\n');
	it.each([
		['CRLF line endings', body.replace(/\n/g, '\r\n')],
		['re-wrapped lines and doubled spaces', body.replace(/\. /g, '.\n').replace(/, /g, ',  ')],
		['trailing whitespace', `${body}\n\n  `]
	])('%s', (_, twin) => {
		const p = join(dir, 'twin.txt');
		writeFileSync(p, article({ title: 'Another title' }, twin));
		const r = ingestFiles([p], { corpusDir, geodata: fixtureGeodata, write: true });
		expect(r.errors).toEqual([
			{
				file: p,
				message: `duplicate: the same text once line endings and whitespace are folded is already in ${join(corpusDir, existing.split('/').pop()!)}`
			}
		]);
		expect(r.written).toEqual([]);
	});
});
