/** The ingest command's readable report (without --json). */
import { showInvisible } from '../../text/invisible';
import type { IngestReport } from './ingest';

/** The report escapes what the one invisible/control-character rule names (text/invisible.ts). */
export const terminalSafe = showInvisible;

/** How a trace reads in the report. */
const HOW: Record<string, string> = {
	alias: 'another name on record:',
	variant: 'a spelling variant of',
	bracketed: 'in brackets beside',
	correction: 'added by the editors as',
	name: ''
};

export function formatReport(r: IngestReport): string {
	const out: string[] = [];
	for (const line of r.recovered) out.push(`! ${line}`);
	for (const a of r.articles) {
		out.push(
			`✓ ${a.file}`,
			`  id      ${a.id}`,
			`  title   ${a.title}`,
			`  source  ${a.source}`,
			`  date    ${a.date}`
		);
		if (a.inferred.length)
			out.push('  taken from the page (check them):', ...a.inferred.map((i) => `   - ${i}`));
		out.push(`  periods ${a.periods.length ? a.periods.join(', ') : '(none: shown outside any period)'}`);
		const quotes = a.quotes.filter((q) => q.kind === 'quote');
		const passages = a.quotes.filter((q) => q.kind === 'passage');
		out.push(`  ${quotes.length} quotes, ${passages.length} passages`);
		for (const q of a.quotes) {
			const who =
				q.kind === 'quote'
					? q.speaker
						? q.speaker + (q.speaker_role ? `, ${q.speaker_role}` : '')
						: 'speaker unknown'
					: 'passage';
			const text = q.text.length > 100 ? `${q.text.slice(0, 97)}…` : q.text;
			const mark = q.corrected ? ` (corrected by the editors: ${q.corrected.join(', ')})` : '';
			out.push(`   - [${who}] “${text}” → ${q.places.length ? q.places.join(', ') : '(no place)'}${mark}`);
			// The match, per place: the words that tied it and how ("‘Choucha’ = Shusha's alias Choucha").
			for (const t of q.trace ?? [])
				if (t.how !== 'name')
					out.push(`       ${t.id} ← ‘${t.text.replace(/\s+/g, ' ')}’ (${HOW[t.how]} ${t.name})`);
		}
		if (a.furniture.length) {
			out.push('  left out as page furniture (check none is reporting):');
			for (const f of a.furniture)
				out.push(`   - [${f.why}] ${f.text.length > 90 ? `${f.text.slice(0, 87)}…` : f.text}`);
		}
		if (a.corrections.length)
			out.push(
				'  corrections that apply (corpus/corrections.json):',
				...a.corrections.map((c) => `   - ${c}`)
			);
		const un = r.unmatched.filter((u) => u.file === a.file);
		if (un.length) {
			out.push('  place-like names not in geodata/:');
			for (const u of un) {
				const s = u.suggestion;
				out.push(
					`   - ${u.name} ×${u.count} (${u.why}${u.candidates ? `: ${u.candidates.join(' or ')}` : ''})` +
						(u.sentence ? `\n     in: ${u.sentence}` : '') +
						(s
							? `\n     → GeoNames ${s.name}, ${s.country} (${s.lon}, ${s.lat})\n     ${JSON.stringify(s.feature)}`
							: '')
				);
			}
		}
		out.push('');
	}
	for (const e of r.errors) out.push(`✗ ${e.file}\n  ${e.message}\n`);
	out.push(`${r.articles.length} read, ${r.errors.length} rejected`);
	return terminalSafe(out.join('\n'));
}
