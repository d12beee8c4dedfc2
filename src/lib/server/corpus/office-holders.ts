/**
 * Who held an office on a date: the heads of state and government, foreign and defence ministers,
 * spokespeople, ombudsmen and the peacekeepers' commanders this story's news names by office alone
 * ("the Azerbaijani leader said", "Russia's top diplomat", "the Kremlin's spokesman"). Domain data, like
 * the curated geodata and public-figures.ts: the engine uses it only to pick, among the people an article
 * names, the one who held the office on the article's date; it never gives a speaker the article does not name.
 *
 * Sources: the governments' own lists of office holders (kremlin.ru, government.ru, mid.ru, president.az,
 * mfa.gov.az, primeminister.am, mfa.am, mil.am, ombuds.am, tccb.gov.tr, mfa.gov.tr) and the press reports of
 * each appointment. Dates are those of appointment and of leaving office; the de facto Karabakh
 * authorities' and the contingent's changes are known to the month at best, so the contingent's
 * commanders carry no dates (an article rarely names two of them).
 */
import { fold, foldedProse } from './speaker-forms';

type State = 'ru' | 'az' | 'am' | 'tr' | 'nk';
type Office =
	| 'head of state'
	| 'head of government'
	| 'foreign minister'
	| 'defence minister'
	| 'spokesman'
	| 'ombudsman'
	| 'commander';

/**
 * [state, office, the holder's name as the press writes it, other spellings of the surname, from, to]. Accents need
 * no other spelling ("Erdogan" is found for "Erdoğan": the search folds them); "Sargsyan" is left out for Armen
 * Sarkissian, since Serzh Sargsyan, named in many a background paragraph, would take his office.
 */
type Term = [State, Office, string, string[], string?, string?];

const TERMS: readonly Term[] = [
	['ru', 'head of state', 'Vladimir Putin', [], '2012-05-07'],
	['ru', 'head of government', 'Mikhail Mishustin', [], '2020-01-16'],
	['ru', 'foreign minister', 'Sergei Lavrov', [], '2004-03-09'],
	['ru', 'defence minister', 'Sergei Shoigu', ['Shoygu'], '2012-11-06', '2024-05-12'],
	['ru', 'defence minister', 'Andrei Belousov', [], '2024-05-14'],
	['ru', 'spokesman', 'Dmitry Peskov', [], '2012-05-22'],
	['az', 'head of state', 'Ilham Aliyev', [], '2003-10-31'],
	['az', 'head of government', 'Ali Asadov', [], '2019-10-08'],
	['az', 'foreign minister', 'Elmar Mammadyarov', [], '2004-04-02', '2020-07-16'],
	['az', 'foreign minister', 'Jeyhun Bayramov', [], '2020-07-16'],
	['az', 'defence minister', 'Zakir Hasanov', [], '2013-10-22'],
	['az', 'ombudsman', 'Sabina Aliyeva', [], '2019-09-05'],
	['am', 'head of state', 'Armen Sarkissian', [], '2018-04-09', '2022-02-01'],
	['am', 'head of state', 'Vahagn Khachaturyan', [], '2022-03-13'],
	['am', 'head of government', 'Nikol Pashinyan', [], '2018-05-08'],
	['am', 'foreign minister', 'Zohrab Mnatsakanyan', [], '2018-05-12', '2020-11-16'],
	['am', 'foreign minister', 'Ara Aivazian', ['Ayvazyan'], '2020-11-18', '2021-05-31'],
	['am', 'foreign minister', 'Ararat Mirzoyan', [], '2021-08-19'],
	['am', 'defence minister', 'David Tonoyan', [], '2018-05-12', '2020-11-20'],
	['am', 'defence minister', 'Vagharshak Harutyunyan', [], '2020-11-20', '2021-08-03'],
	['am', 'defence minister', 'Arshak Karapetyan', [], '2021-08-03', '2021-11-15'],
	['am', 'defence minister', 'Suren Papikyan', [], '2021-11-15'],
	['am', 'ombudsman', 'Arman Tatoyan', [], '2016-02-29', '2022-01-25'],
	['am', 'ombudsman', 'Kristinne Grigoryan', [], '2022-01-25', '2023-03-01'],
	['am', 'ombudsman', 'Anahit Manasyan', [], '2023-03-01'],
	['tr', 'head of state', 'Recep Tayyip Erdoğan', [], '2014-08-28'],
	['tr', 'foreign minister', 'Mevlüt Çavuşoğlu', [], '2015-11-24', '2023-06-03'],
	['tr', 'foreign minister', 'Hakan Fidan', [], '2023-06-03'],
	['tr', 'defence minister', 'Hulusi Akar', [], '2018-07-10', '2023-06-03'],
	['tr', 'defence minister', 'Yaşar Güler', [], '2023-06-03'],
	['nk', 'head of state', 'Arayik Harutyunyan', [], '2020-05-21', '2023-09-01'],
	['nk', 'head of state', 'Samvel Shahramanyan', [], '2023-09-10'],
	['nk', 'ombudsman', 'Gegham Stepanyan', [], '2021-06-01'],
	['nk', 'commander', 'Rustam Muradov', []],
	['nk', 'commander', 'Mikhail Kossobokov', ['Kosobokov']],
	['nk', 'commander', 'Andrei Volkov', []],
	['nk', 'commander', 'Alexander Lentsov', []],
	['nk', 'commander', 'Kirill Kulakov', []]
];

/** Whose office: a nationality, a country's or a seat's possessive ("Russia's", "the Kremlin's"). */
const STATE_WORDS: Record<string, State> = {
	russia: 'ru',
	russian: 'ru',
	kremlin: 'ru',
	moscow: 'ru',
	azerbaijan: 'az',
	azerbaijani: 'az',
	azeri: 'az',
	baku: 'az',
	armenia: 'am',
	armenian: 'am',
	yerevan: 'am',
	turkey: 'tr',
	türkiye: 'tr',
	turkish: 'tr',
	ankara: 'tr',
	artsakh: 'nk',
	karabakh: 'nk',
	stepanakert: 'nk',
	peacekeepers: 'nk',
	contingent: 'nk'
};

const OFFICES: [RegExp, Office][] = [
	[/^(?:president|head of state)$/, 'head of state'],
	[/^(?:prime minister|premier|pm|head of government)$/, 'head of government'],
	[/^(?:foreign minister|foreign affairs minister|fm|top diplomat|chief diplomat)$/, 'foreign minister'],
	[/^(?:defen[cs]e minister|defen[cs]e chief)$/, 'defence minister'],
	[/^(?:spokes(?:man|woman|person)|press secretary)$/, 'spokesman'],
	[/^(?:ombuds(?:man|woman|person)|human rights (?:defender|ombudsman))$/, 'ombudsman'],
	[/^commander$/, 'commander']
];

/** "the Azerbaijani leader", "Russia's new defence minister", "the Kremlin's spokesman", "the contingent's commander": [whose, which office]. */
const DESCRIPTOR =
	/^(?:[Tt]he\s+)?(\p{Lu}[\p{L}-]*?|peacekeepers|contingent)(?:[’']s?)?\s+(?:(?:new|current|top|chief)\s+(?=\p{Ll}+\s))?(\p{Ll}[\p{Ll}\s]*|PM|FM)$/u;

/** "the Prime Minister of Armenia", "the President of the Republic of Azerbaijan": the office's words (OFFICES judges them), then whose (group 2). */
const OFFICE_OF_STATE =
	/^(?:the\s+)?(\p{L}[\p{L}\s]{1,40}?)\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(\p{Lu}\p{Ll}+)$/iu;
/** The office a descriptor names, or null: "the Armenian leader" is its prime minister, another state's leader its head of state. */
function officeOf(descriptor: string): [State, Office] | null {
	// ("the office of the ombudsman of Artsakh": a body, the office's own, no holder.)
	const found = OFFICE_OF_STATE.exec(descriptor.trim());
	const of = found && !/\bof\b/i.test(found[1]!) ? found : null;
	const m: readonly string[] | null = DESCRIPTOR.exec(descriptor.trim()) ?? (of && [of[0], of[2]!, of[1]!]);
	const whose = m?.[1]!.toLowerCase() ?? '';
	const state = STATE_WORDS[whose];
	if (!m || !state) return null;
	const words = m[2]!.toLowerCase().replace(/\s+/g, ' ');
	if (words === 'leader') return [state, state === 'am' ? 'head of government' : 'head of state'];
	const office = OFFICES.find(([re]) => re.test(words))?.[1];
	// Only the Kremlin's spokesman is one person ("the Russian spokesman" may speak for any body), and
	// only the mission's commander ("the Armenian commander" is any officer).
	const mission = whose === 'peacekeepers' || whose === 'contingent';
	if (!office || mission !== (office === 'commander') || (office === 'spokesman' && whose !== 'kremlin'))
		return null;
	return [state, office];
}

/** Whether the words name one office of one state: "Russia's top diplomat", "the Azerbaijani leader". */
export const namesOffice = (words: string): boolean => officeOf(words) !== null;

/** One or two lower-case words after a name, the possessive's ending first: "the Kremlin['s spokesman]". */
const OFFICE_WORDS = /^(?:[’']s)?\s+\p{Ll}+(?:\s+\p{Ll}+)?/u;

/** The office `name` and the words `after` it open with ("Russia" + "'s top diplomat said"), or undefined. */
export function officeOpening(name: string, after: string): string | undefined {
	const words = OFFICE_WORDS.exec(after)?.[0] ?? '';
	return [words, words.replace(/\s+\p{Ll}+$/u, '')].map((w) => name + w).find(namesOffice);
}

const held = (t: Term, date: string | undefined) =>
	!date || ((!t[4] || t[4] <= date) && (!t[5] || date < t[5]));

/**
 * The surname of the person who held the office `descriptor` names on `date`, where the article's prose
 * names them (the last time before `pos`, else the first after) ("It was Dmitry Peskov's shortest answer"
 * names Peskov); '' when the prose never names the holder of an office "of" a state ("The President of Azerbaijan
 * said": no one else named before); otherwise null.
 */
export function officeHolderNamed(
	descriptor: string,
	date: string | undefined,
	prose: string,
	pos: number
): string | null {
	const office = officeOf(descriptor);
	if (!office) return null;
	const { before, after } = holdersNamed(office[1], office[0], date, prose, pos);
	// ("the Azerbaijani president Lev Darvin": a name may follow the bare title; "the President of Azerbaijan" names none.)
	return (before ?? after)?.[0] ?? (OFFICE_OF_STATE.test(descriptor.trim()) ? '' : null);
}

/** A state's high office by its noun ("prime minister", "president"), not a spokesman's, a commander's or an ombudsman's, which many hold. */
function highOffice(noun: string): Office | null {
	const office = OFFICES.find(([re]) => re.test(noun))?.[1];
	return office && office !== 'spokesman' && office !== 'commander' && office !== 'ombudsman' ? office : null;
}
/** Whether "the <noun>" names a state's high office: its holder, never whoever was named last. */
export const isHighOffice = (noun: string) => highOffice(noun) !== null;

/**
 * "The Prime Minister says …" with no state and no one the article calls so: the one holder of that office, of any
 * state, on `date`, whom the article names ("Pashinyan's resignation"); null when it names none or holders of two states.
 */
export function soleHolderNamed(
	noun: string,
	date: string | undefined,
	prose: string,
	pos: number
): string | null {
	const office = highOffice(noun);
	if (!office) return null;
	const { names } = holdersNamed(office, null, date, prose, pos);
	return names.size === 1 ? [...names][0]! : null;
}

/**
 * The holders of `office` (of `state`, or of any) on `date` whose surnames the prose names: the one named last before `pos`,
 * else the first after, and all of them. Letters compared without their accents, one for one, as the speaker search
 * compares names (speaker-forms.ts).
 */
function holdersNamed(
	office: Office,
	state: State | null,
	date: string | undefined,
	prose: string,
	pos: number
) {
	const text = foldedProse(prose);
	let before: [string, number] | null = null;
	let after: [string, number] | null = null;
	const names = new Set<string>();
	for (const t of TERMS) {
		if ((state && t[0] !== state) || t[1] !== office || !held(t, date)) continue;
		for (const surname of [t[2].slice(t[2].lastIndexOf(' ') + 1), ...t[3]]) {
			const word = fold(surname);
			const at = lastWordBefore(text, word, pos);
			if (at >= 0 && (!before || at > before[1])) before = [surname, at];
			const next = at >= 0 ? -1 : wordAfter(text, word, pos);
			if (next >= 0 && (!after || next < after[1])) after = [surname, next];
			if (at >= 0 || next >= 0) names.add(t[2]);
		}
	}
	return { before, after, names };
}

const isWordAt = (text: string, word: string, at: number) =>
	!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '');

function lastWordBefore(text: string, word: string, pos: number): number {
	for (let at = text.lastIndexOf(word, pos); at >= 0; at = text.lastIndexOf(word, at - 1))
		if (isWordAt(text, word, at)) return at;
	return -1;
}

function wordAfter(text: string, word: string, pos: number): number {
	for (let at = text.indexOf(word, pos); at >= 0; at = text.indexOf(word, at + 1))
		if (isWordAt(text, word, at)) return at;
	return -1;
}

/** "the office of the", "the press service of the": a body of the office named after it. */
const OFFICE_OF_THE =
	/\b(?:office|press\s+(?:service|office)|administration|staff|secretariat|apparatus)\s+of\s+the\s+$/i;

/** The office's holder as the speaker of words whose attribution is `head` (officeHolderNamed); "the office of the ombudsman of X said": the office's, no holder (null). */
export function officeHolderSaid(
	raw: string,
	head: string,
	date: string | undefined,
	prose: string,
	pos: number
) {
	const at = head.lastIndexOf(raw);
	return at >= 0 && OFFICE_OF_THE.test(head.slice(Math.max(0, at - 30), at))
		? null
		: officeHolderNamed(raw, date, prose, pos);
}
