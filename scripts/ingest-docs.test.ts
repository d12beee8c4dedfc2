// The editors' commands as the READMEs write them do what they promise (issue 19).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const documented = (file: string) =>
	readFileSync(file, 'utf8')
		.split('\n')
		.map((l) => /npm run[^#`]*ingest[^#`]*/.exec(l)?.[0]?.trim())
		.filter((c): c is string => c !== undefined);

describe('the documented ingest commands', () => {
	it('ask npm for no banner wherever they promise JSON', () => {
		const json = ['README.md', 'corpus/README.md'].flatMap(documented).filter((c) => c.includes('--json'));
		expect(json.length).toBeGreaterThan(0);
		for (const c of json) expect(c).toMatch(/^npm run --silent ingest -- --json /);
	});

	it('`npm run --silent ingest -- --json <corpus article>` prints one JSON document, the article not a duplicate', () => {
		const article = readdirSync('corpus/articles').find((f) => f.endsWith('.txt'))!;
		const out = execFileSync(
			'npm',
			['run', '--silent', 'ingest', '--', '--json', `corpus/articles/${article}`],
			{
				encoding: 'utf8',
				timeout: 120_000
			}
		);
		const report = JSON.parse(out);
		expect(report.errors).toEqual([]);
		expect(JSON.stringify(report)).not.toMatch(/duplicate/i);
	}, 150_000);
});
