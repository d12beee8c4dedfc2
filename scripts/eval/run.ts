// `npm run eval [-- --details] [-- --json] [-- --holdout | --holdout=2 | --holdout=-dev]`: the geoparser on the evaluation set
// (eval/, or eval/holdout/: articles written apart and never tuned on), scored against the gold
// labels with issue 14's thresholds. `npm run eval -- --all`: one line per set, to see at once that
// a change took no set down. Exit 1 when a gold label is broken.
import { existsSync, readdirSync } from 'node:fs';
import { evaluate } from './evaluate';
import type { Counts } from './score-counts';

function table(rows: string[][]): string {
	const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
	return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}

/** eval/ and every eval/holdout* folder with articles, in name order. */
function allSets(): string[] {
	const held = readdirSync('eval')
		.filter((d) => d.startsWith('holdout') && existsSync(`eval/${d}/articles`))
		.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
	return ['eval', ...held.map((d) => `eval/${d}`)];
}

function allTable(): boolean {
	const ratio = (n: number, d: number) => (d ? n / d : 1).toFixed(3);
	const head = [
		'set',
		'articles',
		'places',
		'speakers',
		'drops',
		'false',
		'wrong',
		'bounds',
		'furn→text',
		'content→furn'
	];
	let broken = false;
	const rows = allSets().map((root) => {
		const { score, goldErrors } = evaluate(root);
		broken ||= goldErrors.length > 0;
		const t: Counts = score.total;
		return [
			root + (goldErrors.length ? ` (${goldErrors.length} broken labels)` : ''),
			String(t.articles),
			ratio(t.placesRight, t.goldPlaces),
			ratio(t.speakersRight, t.goldQuotes),
			String(t.silentDrops),
			String(t.falsePlaceReports),
			String(t.wrongJoins),
			`${t.boundariesExact}/${t.goldQuotes}`,
			`${t.furnitureIntoText}/${t.goldFurniture}`,
			String(t.contentSkippedAsFurniture)
		];
	});
	console.log(table([head, ...rows]));
	return broken;
}

function main() {
	const args = new Set(process.argv.slice(2));
	if (args.has('--all')) {
		if (allTable()) process.exitCode = 1;
		return;
	}
	// --holdout: eval/holdout; --holdout=2: eval/holdout2 (each written apart, never tuned on).
	const holdout = [...args].find((a) => a.startsWith('--holdout'));
	const root = !holdout
		? 'eval'
		: holdout === '--holdout'
			? 'eval/holdout'
			: `eval/holdout${holdout.split('=')[1]}`;
	const { score: s, goldErrors } = evaluate(root);
	if (args.has('--json')) {
		console.log(
			JSON.stringify(
				{ goldErrors, total: s.total, rows: s.rows, perArticle: s.perArticle, misses: s.misses },
				null,
				2
			)
		);
	} else {
		if (goldErrors.length)
			console.error(`Broken gold labels (${goldErrors.length}):\n  ${goldErrors.join('\n  ')}\n`);
		console.log(
			`Evaluation set ${root}: ${s.total.articles} articles, ${s.total.goldPlaces} gold places, ${s.total.goldQuotes} gold quotes, ${s.total.goldFurniture} furniture lines\n`
		);
		const rows = s.rows.map((r) => [
			r.metric,
			r.value,
			r.threshold,
			r.pass === null ? '' : r.pass ? 'pass' : 'FAIL'
		]);
		console.log(table([['metric', 'value', 'threshold', ''], ...rows]));
		if (args.has('--details')) {
			const byKind = new Map<string, typeof s.misses>();
			for (const m of s.misses) byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), m]);
			for (const [kind, list] of byKind) {
				console.log(`\n## ${kind} (${list.length})`);
				for (const m of list) console.log(`- ${m.article}: "${m.text}": ${m.detail}\n    in: ${m.sentence}`);
			}
		} else if (s.misses.length) {
			console.log(`\n${s.misses.length} misses: npm run eval -- --details lists each with its sentence.`);
		}
	}
	if (goldErrors.length) process.exitCode = 1;
}

main();
