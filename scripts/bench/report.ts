/** The benchmark's table: one row per figure, with its target and a pass/fail mark. */
import type { Summary } from './stats';

export interface Row {
	figure: string;
	value: string;
	target: string;
	/** null: reported, no target */
	pass: boolean | null;
}

const f = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
/** "median (min–max)" */
export const mmm = (s: Summary, unit = '', digits = 0) =>
	`${f(s.median, digits)}${unit} (${f(s.min, digits)}–${f(s.max, digits)})`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function table(rows: Row[]): string {
	const head = ['figure', 'median (min–max) / value', 'target', ''];
	const body = rows.map((r) => [
		r.figure,
		r.value,
		r.target,
		r.pass === null ? '' : r.pass ? 'pass' : 'FAIL'
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
	const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
	return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** The bench's last line: how many targets were met, and which were not. */
export function summaryLine(rows: Row[]): string {
	const judged = rows.filter((r) => r.pass !== null);
	const missed = judged.filter((r) => !r.pass).map((r) => r.figure.replace(/^(\d\.) … /, '$1 '));
	const head = `bench: ${judged.length - missed.length} of ${judged.length} targets met`;
	return missed.length ? `${head}; missed: ${missed.join('; ')}` : `${head}.`;
}
