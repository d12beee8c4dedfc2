// Session 57: places a blind set showed joined or split wrong, each in a sentence written for the test; the curated
// geodata as the engine loads them.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged, placesOf } from './__fixtures__/article-text';
import { matcherFor } from './join';

describe.runIf(curatedGeodata)('places: session 57', () => {
	it('reads a monastery "in" a district town far from it as two places ("the Dadivank monastery in Kalbajar")', () => {
		const { joined } = placesOf(
			matcherFor(curatedGeodata!),
			'Russian troops still guard the Dadivank monastery in Kalbajar, a priest said.',
			{ date: '2023-05-02' }
		);
		expect(joined).toEqual(expect.arrayContaining(['Dadivank monastery → dadivank', 'Kalbajar → kalbajar']));
	});

	it('keeps a facility "in" the town at its edge one place ("the monitoring centre in Aghdam")', () => {
		const { joined } = placesOf(
			matcherFor(curatedGeodata!),
			'Officers from both armies met at the monitoring centre in Aghdam on Monday.',
			{ date: '2022-03-01' }
		);
		expect(joined).toContain('monitoring centre in Aghdam → monitoring-centre-aghdam');
	});

	it('reports a memorial alley named "of …", also over a wrapped line, never with the next line’s word', () => {
		const wrapped = placesJudged(
			[
				'The delegation flew in on Monday morning and laid wreaths at the Alley of',
				'Valour in Portvale before the talks began, the ministry said in a short',
				'statement issued in the evening after the meeting with the governor.'
			].join('\n'),
			'2023-05-02'
		).unmatched;
		expect(wrapped).toContain('Alley of\nValour');
		const headline = placesJudged(
			'Minister lays wreaths at Alley of Martyrs\nLindmoor, 2 May (Harbour) - The minister laid wreaths at the Alley of Heroes on Sunday.',
			'2023-05-02'
		).unmatched;
		expect(headline).toEqual(expect.arrayContaining(['Alley of Martyrs', 'Alley of Heroes']));
		expect(headline).not.toContain('Alley of Martyrs\nLindmoor');
	});

	it('reports an airport named after a person the article quotes, a base, a residence and a Soviet uezd by their heads', () => {
		const { unmatched } = placesJudged(
			[
				'The minister landed at Vera Lind International Airport on Monday. Lind said the talks would be long.',
				'He had served at the Dornovka base in Syria and met the president at the Kelvarn residence outside the capital.',
				'His grandfather was born in the Velsk uezd in 1925.'
			].join(' '),
			'2023-05-02'
		);
		expect(unmatched).toEqual(
			expect.arrayContaining([
				'Vera Lind International Airport',
				'Dornovka base',
				'Kelvarn residence',
				'Velsk'
			])
		);
	});

	it('joins the monitoring centre named for its region, with the region before its name, or spelt "cease-fire"', () => {
		const { joined } = placesOf(
			matcherFor(curatedGeodata!),
			'Officers left the Karabakh monitoring center on Friday. Both states closed the Karabakh ceasefire monitoring centre. Troops also ran a cease-fire monitoring center there.',
			{ date: '2024-04-27' }
		);
		expect(joined).toEqual(
			expect.arrayContaining([
				'Karabakh monitoring center → monitoring-centre-aghdam',
				'Karabakh ceasefire monitoring centre → monitoring-centre-aghdam',
				'cease-fire monitoring center → monitoring-centre-aghdam'
			])
		);
		expect(joined).not.toContain('Karabakh → nagorno-karabakh');
	});

	it('keeps the region a place of its own after "in" ("the monitoring centre in Karabakh")', () => {
		const { joined } = placesOf(
			matcherFor(curatedGeodata!),
			'Officers met at the Russian-Turkish monitoring centre in Karabakh on Friday.',
			{ date: '2022-04-27' }
		);
		expect(joined).toContain('Karabakh → nagorno-karabakh');
	});

	it('reports a place’s other name given "(in Armenian, X)", and places after a sentence’s opening "Between"', () => {
		const { unmatched } = placesJudged(
			'Troops entered the village of Velsko (in Armenian, Velskashen) on Friday. Between Dornovka and Kelvarn trucks pass police posts. “We talk,” Vera Lind said. “We do not,” Lev Darvin said. Between Vera Lind and Lev Darvin there was little warmth.',
			'2022-03-26'
		);
		expect(unmatched).toEqual(expect.arrayContaining(['Velskashen', 'Dornovka', 'Kelvarn']));
		expect(unmatched.some((u) => u.startsWith('Between'))).toBe(false);
		expect(unmatched).not.toContain('Vera Lind');
	});

	it('reports the town and the state a letter’s signature gives, not its writer', () => {
		const { unmatched } = placesJudged(
			[
				'Your reporter described the soldiers at the base taking in families for three nights. That is true, and it should be said. But the same soldiers stood on the road for months while it was closed.',
				'Velina Dorsk, Dornovka, Calif.',
				'I served as an observer in the 1990s and read the coverage with sadness. A real mission would have put observers on every hill, with a mandate to report publicly. The statement of 2020 gave them none of that.',
				'Lev Darvin, Kelvarn',
				'Your front page quoted a spokeswoman who said the soldiers were continuing their tasks. What tasks? Readers deserve an explanation, not a slogan.',
				'Vera Lind, Portvale'
			].join('\n'),
			'2024-06-20'
		);
		expect(unmatched).toEqual(expect.arrayContaining(['Dornovka', 'Calif.', 'Kelvarn']));
		expect(unmatched).not.toContain('Velina Dorsk');
		expect(unmatched).not.toContain('Lev Darvin');
		const headline = placesJudged(
			'Velsky Discusses Ports With Darvin, Dorsk\n“We will talk,” Darvin said. “So will we,” Dorsk said on Monday in a long statement.',
			'2024-06-20'
		).unmatched;
		expect(headline).not.toContain('Dorsk');
	});
});
