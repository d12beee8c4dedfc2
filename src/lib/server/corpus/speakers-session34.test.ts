// Session 34: speakers a blind set (holdout53) and a probe of real pages showed. Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 34', () => {
	it('takes a feature’s first line, a known given name and a surname opening the sentence, as its person', () => {
		expect(
			speakersOf(
				'Anahit Sargsyan gets up at five to queue outside the bakery on her street. By seven the bread is gone.\n\n‘The children ask if there will be light tonight,’ she said.'
			)
		).toEqual([['The children ask if there will be light tonight,', 'Anahit Sargsyan']]);
		// A title and a surname are no given name and surname.
		expect(
			speakersOf(
				'Foreign Minister Tural Aliyev met the delegation. Minister Aliyev informed the guests about the works.\n\nHe said: “The first families have returned.”'
			)
		).toEqual([['The first families have returned.', 'Tural Aliyev']]);
	});

	it('names the one described when a name follows: "one of them, X,", "said one, X", "her friend X", "answers X"', () => {
		expect(
			speakersOf(
				'Several dozen people sat on the road on Monday.',
				'“We will not leave until our experts are allowed in,” one of them, Leyla Hasanova, told a local agency.'
			)
		).toEqual([['We will not leave until our experts are allowed in,', 'Leyla Hasanova']]);
		expect(
			speakersOf(
				'Two women stood at the bus stop.',
				'‘Ostvik has abandoned us,’ said one, Anna; ‘no, Ostvik is the only reason we are alive,’ replied her friend Marina.'
			)
		).toEqual([
			['Ostvik has abandoned us,', 'Anna'],
			['no, Ostvik is the only reason we are alive,', 'Marina']
		]);
		expect(
			speakersOf(
				'Families argued about when to go.',
				'‘We should have left in December,’ says Armen; ‘we should never have left at all,’ answers Gor.'
			)
		).toEqual([
			['We should have left in December,', 'Armen'],
			['we should never have left at all,', 'Gor']
		]);
	});

	it('resolves a title in capitals to the one named with it, and "he" after it', () => {
		expect(
			speakersOf(
				'The region’s Human Rights Defender Gegham Avagyan issued a statement on Monday about the shooting.',
				'“Farmers were shot at in their fields,” the Human Rights Defender said in a statement. “We have warned of this before,” he added.'
			)
		).toEqual([
			['Farmers were shot at in their fields,', 'Gegham Avagyan'],
			['We have warned of this before,', 'Gegham Avagyan']
		]);
	});

	it('reads a dash after guillemets, an owner’s statement, and a “ typed where the closing mark belongs', () => {
		expect(
			speakersOf(
				'«The fighting has stopped on both sides» — Colonel General Pavel Orlov stated at a briefing.'
			)
		).toEqual([['The fighting has stopped on both sides', 'Pavel Orlov']]);
		expect(
			speakersOf(
				'The ombudsman of the valley, Ruben Arakelyan, issued a report on Friday.',
				'“Two men were taken at the bridge,” the Valley Ombudsman’s statement read.'
			)
		).toEqual([['Two men were taken at the bridge,', 'Ruben Arakelyan']]);
		expect(
			speakersOf(
				'“A decision was made to appeal to our allies for help on our territory “, announced the Cabinet.'
			)
		).toEqual([['A decision was made to appeal to our allies for help on our territory', 'Cabinet']]);
		expect(
			speakersOf('“The policy has not changed, which requires vigilance of our society, “Avagyan concluded.')
		).toEqual([['The policy has not changed, which requires vigilance of our society,', 'Avagyan']]);
	});
});
