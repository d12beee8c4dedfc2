// Malformed and hostile article files: every one is refused with a message that names the file,
// the header line and the field, or is accepted as plain text with nothing lost. The cases already
// covered by article.test.ts and ingest.test.ts are not repeated here (see docs/security.md).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureGeodata } from './__fixtures__/gazetteer';
import {
	fiveMegabyteLine,
	INVISIBLE,
	manyQuotes,
	MARKUP,
	PAYLOADS,
	UNCLOSED,
	UNSAFE_HEADERS,
	UNSAFE_URLS,
	unsafeUrlArticle
} from './__fixtures__/hostile-articles';
import { formatArticle, parseArticle } from './article';
import { formatReport, ingestFiles } from './ingest';
import { assertVerbatim, joinCorpus } from './join';
import { loadCorpus } from './load';

const REPO = resolve('.');
const enc = (s: string) => new TextEncoder().encode(s);
const parse = (s: string) => parseArticle(enc(s), 'x.txt');
const HEAD = { title: 'T', source: 'S', date: '2023-09-25' } as Record<string, string>;
/** An article whose header has `line` in place of the line with the same key. */
function withHeaderLine(line: string): string {
	const key = line.slice(0, line.indexOf(':'));
	const head = { ...HEAD, [key]: line.slice(key.length + 2) };
	return `${Object.entries(head)
		.map(([k, v]) => `${k}: ${v}`)
		.join('\n')}\n\nPeacekeepers in Stepanakert.`;
}

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'malformed-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('article header: refused, naming the header line and the field', () => {
	it.each(UNSAFE_URLS)('url %j is not a link target', (url) => {
		expect(() => parseArticle(enc(unsafeUrlArticle(url).content), 'x.txt')).toThrow(
			/^url(: contains the invisible or control character U\+202E| ".*" is not an http\(s\) URL).* \(header line 4\)/s
		);
	});
	it.each(UNSAFE_HEADERS)('%s', (_, line) => {
		const key = line.slice(0, line.indexOf(':'));
		expect(() => parse(withHeaderLine(line))).toThrow(
			new RegExp(
				`^${key}: contains the invisible or control character U\\+[0-9A-F]{4} at column \\d+ \\(header line \\d\\)`
			)
		);
	});
	it('line 1 that is not "key: value" (a body pasted without a header)', () => {
		expect(() => parse('Peacekeepers in Stepanakert.\n\nMore.')).toThrow(/line 1 is not a header line/);
	});
	it('a date that is not ISO names its line', () => {
		expect(() => parse('title: T\nsource: S\ndate: 2023-13-01\n\nBody.')).toThrow(
			/date "2023-13-01" is not a real calendar date .*\(header line 3\)/
		);
	});
	it('a link as the source names the outlet it wants, and "Reuters: Moscow" stays an outlet', () => {
		expect(() => parse('title: T\nsource: https://tass.com/politics/1\ndate: 2024-04-17\n\nBody.')).toThrow(
			/source "https:\/\/tass\.com\/politics\/1" is a link: write the outlet's name .* \(header line 2\)/
		);
		expect(parse('title: T\nsource: Reuters: Moscow bureau\ndate: 2024-04-17\n\nBody.').meta.source).toBe(
			'Reuters: Moscow bureau'
		);
	});
	it('a repeated key names both lines', () => {
		expect(() => parse('title: T\nsource: S\ndate: 2023-09-25\nsource: U\n\nBody.')).toThrow(
			/header key "source" appears twice \(lines 2 and 4\)/
		);
	});
	it('an id that is not a slug', () => {
		expect(() => parse('id: ../../etc/passwd\ntitle: T\nsource: S\ndate: 2023-09-25\n\nBody.')).toThrow(
			/id "\.\.\/\.\.\/etc\/passwd" must be a lowercase ASCII slug/
		);
	});
	it('a 5 MB single line is over the body limit', () => {
		const { content } = fiveMegabyteLine();
		expect(Buffer.byteLength(content)).toBeGreaterThan(5_000_000);
		expect(() => parse(content)).toThrow(/^body is \d{7} bytes, over the limit of 1000000$/);
	});
});

describe('article files: accepted as text, nothing lost', () => {
	it('a UTF-8 BOM before the header is not part of the body or its checksum', () => {
		const a = parse('\ufefftitle: T\nsource: S\ndate: 2023-09-25\n\nBody.');
		expect(a.meta.title).toBe('T');
		expect(a.body).toBe('Body.');
		expect(a.sha256).toBe(parse('title: T\nsource: S\ndate: 2023-09-25\n\nBody.').sha256);
	});
	it('markup in every field stays text: the title, the body and the quotes keep it verbatim', () => {
		const a = parseArticle(enc(MARKUP.content), MARKUP.name);
		expect(a.meta.title).toContain(PAYLOADS.script);
		expect(a.meta.url).toBe(`https://example.org/a?q="><script>window.__pwned='url'</script>`);
		const joined = joinCorpus([a], fixtureGeodata);
		expect(() => assertVerbatim([a], joined.quotes)).not.toThrow();
		const quote = joined.quotes.find((q) => q.kind === 'quote' && q.text.includes(PAYLOADS.img));
		expect(quote?.places).toContain('shusha');
		// JSON keeps it as a string; nothing is stripped or decoded.
		expect(JSON.parse(JSON.stringify(joined)).quotes).toEqual(joined.quotes);
	});
	it('bidi and zero-width characters in names in the body are kept verbatim', () => {
		const a = parseArticle(enc(INVISIBLE.content), INVISIBLE.name);
		expect(a.body).toContain('Stepa\u200bnakert');
		expect(a.body).toContain('\u202etrekanapetS\u202c');
		const joined = joinCorpus([a], fixtureGeodata);
		expect(() => assertVerbatim([a], joined.quotes)).not.toThrow();
		// The plain "Stepanakert" still matches; the broken spellings do not match another place.
		expect(new Set(joined.quotes.flatMap((q) => q.places))).toEqual(new Set(['stepanakert']));
	});
	it('quote marks that never close end at the paragraph, and nothing is lost', () => {
		const a = parseArticle(enc(UNCLOSED.content), UNCLOSED.name);
		const joined = joinCorpus([a], fixtureGeodata);
		expect(() => assertVerbatim([a], joined.quotes)).not.toThrow();
		const quotes = joined.quotes.filter((q) => q.kind === 'quote');
		expect(quotes.length).toBeGreaterThan(0);
		for (const q of quotes) expect(q.text).not.toContain('\n');
		expect(a.body).toBe(UNCLOSED.content.slice(UNCLOSED.content.indexOf('\n\n') + 2));
	});
	// No timed assertion (throughput belongs to the bench); the test's own timeout bounds it.
	it('10,000 quotes in one article are all extracted, verbatim', () => {
		const { content } = manyQuotes();
		const a = parse(content);
		const joined = joinCorpus([a], fixtureGeodata);
		expect(joined.quotes.filter((q) => q.kind === 'quote')).toHaveLength(10_000);
		expect(() => assertVerbatim([a], joined.quotes)).not.toThrow();
	}, 60_000);
});

describe('the corpus folder', () => {
	const corpus = () => join(dir, 'articles');
	const put = (name: string, content: string) => {
		mkdirSync(corpus(), { recursive: true });
		writeFileSync(join(corpus(), name), content);
	};
	it('an empty folder loads no article (the build then refuses it, below)', () => {
		mkdirSync(corpus());
		expect(loadCorpus(corpus())).toEqual({ articles: [], errors: [] });
	});
	it('a missing folder is an error naming it', () => {
		expect(loadCorpus(join(dir, 'nope')).errors).toEqual([
			{ file: join(dir, 'nope'), message: 'corpus folder not found' }
		]);
	});
	it('a hand-made file without sha256, a header id that differs from the file name, a bad file name', () => {
		put('2023-09-25-a.txt', 'title: T\nsource: S\ndate: 2023-09-25\n\nBody.');
		put(
			'2023-09-25-b.txt',
			`id: other\n${formatArticle({ title: 'T', source: 'S', date: '2023-09-25' }, 'Body b.')}`
		);
		put('Bad Name.txt', formatArticle({ title: 'T', source: 'S', date: '2023-09-25' }, 'Body c.'));
		const { articles, errors } = loadCorpus(corpus());
		expect(articles).toEqual([]);
		expect(errors).toEqual([
			{ file: join(corpus(), '2023-09-25-a.txt'), message: expect.stringMatching(/no sha256 header/) },
			{
				file: join(corpus(), '2023-09-25-b.txt'),
				message: expect.stringMatching(/header id "other" differs/)
			},
			{
				file: join(corpus(), 'Bad Name.txt'),
				message: expect.stringMatching(/id "Bad Name" must be a lowercase ASCII slug/)
			}
		]);
	});
});

describe('ingest: a rejected file is never written', () => {
	const run = (corpusDir: string, ...args: string[]) =>
		spawnSync('npx', ['tsx', 'scripts/ingest.ts', ...args], {
			encoding: 'utf8',
			env: { ...process.env, CORPUS_DIR: corpusDir }
		});
	const tree = (root: string): Record<string, string> =>
		Object.fromEntries(
			readdirSync(root, { recursive: true, withFileTypes: true })
				.filter((e) => e.isFile())
				.map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')])
		);

	it('exits 1, names the file and the field, and leaves the corpus byte for byte (CLI, --write)', () => {
		cpSync(join(REPO, 'corpus'), join(dir, 'corpus'), { recursive: true });
		const corpusDir = join(dir, 'corpus', 'articles');
		const before = tree(join(dir, 'corpus'));
		const files = [fiveMegabyteLine(), unsafeUrlArticle(UNSAFE_URLS[0]!)].map((a, i) => {
			const p = join(dir, `${i}-${a.name}`);
			writeFileSync(p, a.content);
			return p;
		});
		const res = run(corpusDir, '--write', ...files);
		expect(res.status, res.stderr).toBe(1);
		// Over the file limit (header + body), so refused before it is read whole.
		expect(res.stdout).toMatch(
			new RegExp(`✗ ${files[0]}\n  \\d+ bytes, over the limit of \\d+ for an article file`)
		);
		expect(res.stdout).toContain(`✗ ${files[1]}\n  url "javascript:`);
		expect(res.stdout).toMatch(/0 read, 2 rejected/);
		expect(tree(join(dir, 'corpus'))).toEqual(before);
	}, 60_000);

	it('the readable report shows control and bidi characters from a body as escapes', () => {
		const p = join(dir, 'esc.txt');
		writeFileSync(
			p,
			'title: T\nsource: S\ndate: 2023-09-25\n\n“Stepanakert \u001b[2J\u202e holds,” he said in Stepanakert.'
		);
		const report = ingestFiles([p], { corpusDir: join(dir, 'none'), geodata: fixtureGeodata });
		const text = formatReport(report);
		expect(text).toContain('\\u{1B}[2J\\u{202E}');
		expect(text.includes('\u001b') || text.includes('\u202e')).toBe(false);
	});
});

describe('the build (npm run data) refuses bad input and keeps the previous static/data', () => {
	// The data step uses paths relative to its working directory, so a scratch copy of the inputs
	// is enough: geodata/, corpus/articles/ and a previous static/data/ to be kept.
	const build = (cwd: string) =>
		spawnSync(
			join(REPO, 'node_modules/.bin/tsx'),
			['--tsconfig', join(REPO, 'tsconfig.json'), join(REPO, 'scripts/build-data.ts')],
			{
				cwd,
				encoding: 'utf8'
			}
		);
	const setup = () => {
		cpSync(join(REPO, 'geodata'), join(dir, 'geodata'), { recursive: true });
		cpSync(join(REPO, 'corpus'), join(dir, 'corpus'), { recursive: true });
		mkdirSync(join(dir, 'static', 'data'), { recursive: true });
		writeFileSync(join(dir, 'static', 'data', 'previous.json'), '{"kept":true}');
	};
	const kept = () => {
		expect(readdirSync(join(dir, 'static', 'data'))).toEqual(['previous.json']);
		expect(readdirSync(join(dir, 'static')).filter((f) => f.includes('.tmp-'))).toEqual([]);
	};

	it.each([
		[
			'a broken geodata file',
			() => writeFileSync(join(dir, 'geodata', 'periods.json'), '[{"id": "2020",'),
			/geodata\/periods\.json:1:\d+: invalid JSON/
		],
		[
			'an edited article body',
			() => {
				const f = join(dir, 'corpus', 'articles', '2020-11-02-azatutyun-aliyev-neutrality.txt');
				writeFileSync(f, readFileSync(f, 'utf8').replace(/\.\s*$/, '!'));
			},
			/2020-11-02-azatutyun-aliyev-neutrality\.txt: body checksum .* the body was edited/
		],
		[
			'an empty corpus',
			() => {
				rmSync(join(dir, 'corpus', 'articles'), { recursive: true });
				mkdirSync(join(dir, 'corpus', 'articles'));
			},
			/corpus\/articles\/: no article found/
		]
	])(
		'%s: exit 1, every problem listed, nothing written',
		(_, breakIt, message) => {
			setup();
			breakIt();
			const res = build(dir);
			expect(res.status, res.stdout).toBe(1);
			expect(res.stderr).toMatch(/the data is not valid, nothing was written/);
			expect(res.stderr).toMatch(message);
			kept();
		},
		60_000
	);
});
