/** The ingest command's readable report (without --json). */
import { showInvisible } from '../text/invisible';
import type { IngestReport } from './ingest';

/** The report escapes what the one invisible/control-character rule names (text/invisible.ts). */
export const terminalSafe = showInvisible;

export function formatReport(r: IngestReport): string {
	const out: string[] = [];
	for (const line of r.recovered) out.push(`! ${line}`);
	for (const a of r.articles) {
		out.push(`✓ ${a.file}`, `  id      ${a.id}`, `  title   ${a.title}`, `  source  ${a.source}`, `  date    ${a.date}`);
		if (a.inferred.length) out.push('  taken from the page (check them):', ...a.inferred.map((i) => `   - ${i}`));
		out.push(`  periods ${a.periods.length ? a.periods.join(', ') : '(none: shown outside any period)'}`);
		const quotes = a.quotes.filter((q) => q.kind === 'quote');
		const passages = a.quotes.filter((q) => q.kind === 'passage');
		out.push(`  ${quotes.length} quotes, ${passages.length} passages`);
		for (const q of a.quotes) {
			const who = q.kind === 'quote' ? (q.speaker ?? 'speaker unknown') : 'passage';
			const text = q.text.length > 100 ? `${q.text.slice(0, 97)}…` : q.text;
			const mark = q.corrected ? ` (corrected by the editors: ${q.corrected.join(', ')})` : '';
			out.push(`   - [${who}] “${text}” → ${q.places.length ? q.places.join(', ') : '(no place)'}${mark}`);
		}
		if (a.corrections.length) out.push('  corrections that apply (corpus/corrections.json):', ...a.corrections.map((c) => `   - ${c}`));
		const un = r.unmatched.filter((u) => u.file === a.file);
		if (un.length) {
			out.push('  place-like names not in geodata/:');
			for (const u of un) {
				const s = u.suggestion;
				out.push(
					`   - ${u.name} ×${u.count}` +
						(s ? ` → GeoNames ${s.name}, ${s.country} (${s.lon}, ${s.lat})\n     ${JSON.stringify(s.feature)}` : '')
				);
			}
		}
		out.push('');
	}
	for (const e of r.errors) out.push(`✗ ${e.file}\n  ${e.message}\n`);
	out.push(`${r.articles.length} read, ${r.errors.length} rejected`);
	return terminalSafe(out.join('\n'));
}
