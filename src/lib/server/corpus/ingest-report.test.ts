import { describe, expect, it } from 'vitest';
import { formatReport } from './ingest-report';
import type { IngestReport } from './ingest';

const report: IngestReport = {
	articles: [
		{
			file: 'a.txt',
			id: '2023-10-02-fixture',
			title: 'T',
			source: 'S',
			date: '2023-10-02',
			periods: ['2023'],
			inferred: [],
			corrections: [],
			quotes: [
				{
					text: 'We stay in Choucha,',
					kind: 'quote',
					speaker: 'Maria Zakharova',
					speaker_role: 'Foreign Ministry spokeswoman',
					places: ['shusha'],
					trace: [{ id: 'shusha', start: 11, end: 18, text: 'Choucha', name: 'Choucha', how: 'alias' }],
					start: 1,
					end: 20
				}
			],
			furniture: [{ text: 'Read more: Peacekeepers leave', why: '“read more” link' }]
		}
	],
	unmatched: [
		{
			name: 'Kosalar',
			file: 'a.txt',
			count: 1,
			spans: [{ start: 40, end: 47 }],
			sentence: 'They crossed near the village of Kosalar.',
			why: 'place context',
			suggestion: null
		}
	],
	errors: [],
	written: [],
	recovered: []
};

describe('formatReport', () => {
	const text = formatReport(report);
	it('shows the speaker with the role, and for each place the words that tied it and how', () => {
		expect(text).toContain('[Maria Zakharova, Foreign Ministry spokeswoman] “We stay in Choucha,” → shusha');
		expect(text).toContain('shusha ← ‘Choucha’ (another name on record: Choucha)');
	});
	it('lists what it left out as furniture, with the reason', () => {
		expect(text).toContain('[“read more” link] Read more: Peacekeepers leave');
	});
	it('gives each unmatched name its reason and the sentence it came from', () => {
		expect(text).toContain('Kosalar ×1 (place context)');
		expect(text).toContain('in: They crossed near the village of Kosalar.');
	});
});
