/**
 * People an article names, and where: after a role ("spokeswoman Maria Zakharova", "Prime Minister
 * of Armenia Nikol Pashinyan"), "According to X", before an appositive ("X, a teacher,"), before
 * ", said", with where they are from ("Vahe Petrosyan from Goris"), and a sentence's opening name.
 * Split from speaker-names.ts (which turns a phrase into a name).
 */
import { OUTLET_NOUN } from './speaker-kinds';
import { IRREGULAR_PAST } from './attribution-verbs';
import { CAPITAL_TRADE, PERSON_TITLE, ROLE } from './person-nouns';
import { peopleBySentence } from './people-by-sentence';
import { ROLE_CLAUSE } from './speaker-shapes';
import { sexOfGivenName } from './given-names';
import { MONTH, NAME_PARTICLE, NOT_IN_NAME, TITLE_ABBREVIATIONS, WEEKDAY } from './words';
import type { Span } from './extract';
import { AFTER_PLACE_WORD, cleanName, isTitleOnly, NAME, type Named } from './speaker-names';
import { WORLD } from './judge-cues';
import { wholeWords } from './text-ends';

/** Words after which a person's name follows ("spokeswoman Maria Zakharova", "According to Zakharova", "Ecologist Farid X" opening a sentence). */
const BEFORE_NAME = new RegExp(
	String.raw`\b(?:(?!(?:for|per|her|over|after|under|other|another|either|neither|rather|whether|together|never|ever|later)\b)[a-z]+(?:ist|yst|ian|ant|ent|er|or|aire)|(?<=(?:^|[.!?]\s))${CAPITAL_TRADE}|tycoon|magnate|oligarch|entrepreneur|business(?:man|woman)|colleague|neighbou?r|friend|wife|husband|son|daughter|cousin|niece|aunt|${PERSON_TITLE}|[Pp]resident|[Mm]inister|[Ss]pokes(?:man|woman|person)|[Gg]eneral|[Cc]olonel|[Cc]ommander|[Aa]mbassador|[Aa]ide|[Aa]dviser|[Oo]mbuds(?:man|woman|person)|[Dd]efender|[Ee]nvoy|[Ll]eader|[Hh]ead|[Pp]remier|[Dd]iplomat|[Aa]ccording to|[Ss]ecretary|[Cc]hairman|Deputy(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}’'-]+(?:[,.]|\s+(?!\p{Lu})))|[Cc]hief|[Ss]ergeant|[Cc]aptain|[Ll]ieutenant|[Cc]orporal|[Rr]epresentative|[Aa]dministrator|[Cc]ommissioner|[Cc]oordinator|[Dd]irector|[Rr]apporteur|Archbishop|Bishop|Patriarch|Catholicos|Metropolitan|Mayor|Governor|Senator|MP|(?:${TITLE_ABBREVIATIONS})\.)(?:(?:\s+(?:to|in|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]+\s+(?:and\s+)?){0,3}(?:\p{Lu}[\p{L}-]+|district|region|province)){1,3}(?=,|\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?![\p{L}’'-]|\s+\p{Lu})))?,?\s+(?=\p{Lu})`,
	'gu'
);
const NAME_AT = new RegExp(NAME, 'uy');
/** A given name and a surname right after "was" or "were" (the subject after its verb). */
const AFTER_WAS = /\b(?:was|were)\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}’'-]+)/gu;
/** "aide to", "adviser to the": a role of the person named before, not of the one after. */
const AIDE_TO =
	/^.*\b(?:aide|adviser|advisor|assistant|spokes(?:man|woman|person)|envoy|representative)\s+to\s+(?:the\s+)?/is;
/** A comma after which an appositive ("a …", "head of …", "Assistant to the President") or a speech verb says the words before it are a person. */
// (", Armenia’s Minister of Labor and Social Affairs,": a country's own title after the name.)
const AFTER_NAME =
	/,\s+(?:(?:a|an|the|who)\s|(?:said|says|told|added|stated|answering|commenting|responding|speaking|referring|noting)\b|\d{1,3},|(?:former\s+|acting\s+)?(?:deputy|head|chief|commander|spokes(?:man|woman|person)|director|administrator|commissioner|coordinator|representative|chairman|chairwoman|minister|adviser|advisor|aide|assistant|ambassador|envoy|leader|member|secretary|MP|lawmaker)\b|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:to|of)\s+the\s|(?:\p{Lu}\p{Ll}+\s+)?(?:Under-)?Secretary-General\b|\p{Lu}\p{Ll}+[’']s\s+(?:\p{L}+\s+){0,4}?(?:[Mm]inister|[Pp]resident|[Aa]mbassador|[Ee]nvoy|[Oo]mbuds(?:man|woman|person)|[Dd]efender|[Ss]pokes(?:man|woman|person)|[Cc]ommander|[Cc]hief|[Hh]ead|[Dd]irector|[Ss]ecretary|[Cc]ommissioner)\b)/gu;
/** ", stated the aforesaid…", ", answering the question…": what follows the comma is the words, not a role. */
const SPEECH_AFTER_COMMA =
	/^,\s+(?:said|says|told|added|stated|answering|commenting|responding|speaking|referring|noting)\b/;
/** A name that is a time: "Every Tuesday", "Last March", "Each Monday". */
const TIME_WORDS = new RegExp(
	`^(?:Every|Each|Last|Next|This|That|Early|Late|Since|Until)\\s|\\b(?:${MONTH}|${WEEKDAY})\\b`
);

/** The two or three capitalised words (with particles: Thomas de Waal) that end right at `end`, or null. */
function nameEndingAt(prose: string, end: number): string | null {
	const words = prose.slice(Math.max(0, end - 60), end).split(' ');
	let k = words.length;
	let caps = 0;
	while (k > 0 && caps < 3) {
		const w = words[k - 1]!;
		if (/^\p{Lu}[\p{L}’'-]+$/u.test(w)) caps++;
		else if (!(NAME_PARTICLE.has(w) && caps > 0)) break;
		k--;
	}
	if (caps < 2) return null;
	// "Minister of Ecology … of Azerbaijan Mukhtar Babayev, who": the first of three ends an "of" phrase.
	if (caps === 3 && /^(?:of|in|for|and)$/.test(words[k - 1] ?? '')) k++;
	while (NAME_PARTICLE.has(words[k]!)) k++;
	return words.slice(k).join(' ');
}

const SENT_FROM = /\b(?:letter|message|note|telegram|appeal|greetings?|e-?mail)\s+from\s+$/;
/** "Vahe Petrosyan from Goris" right before a comma: a person named with where they come from. */
const NAME_FROM_PLACE =
	/(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})\s+from\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?$/u;
function nameFromPlaceEndingAt(prose: string, end: number): RegExpExecArray | null {
	const before = prose.slice(Math.max(0, end - 80), end);
	return before.includes(' from ') ? NAME_FROM_PLACE.exec(before) : null;
}

/** A name of two or three words between commas, then a verb in -s or -ed or a common irregular one ("…, Alexander Karavaev, sees", "…, Father X, read"). */
const NAME_BETWEEN_COMMAS = new RegExp(
	String.raw`,\s((?:\p{Lu}[\p{L}’'-]+\s+){0,3}\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}[\p{L}’'-]*),\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}(?:s|ed)|${IRREGULAR_PAST})\b`,
	'gu'
);

/** A name in apposition to a descriptor, ending the sentence: "…, according to the monastery's abbot, Father Movses Harutyunyan." */
// (Found from the comma before the name: a pattern opening with the descriptor was tried at every position.)
const NAME_ENDS_SENTENCE =
	/,\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}[\p{L}’'-]*)(?=[.!?;]\s|[.!?;]?$)/gu;
/** The descriptor right before that comma: "the monastery's abbot", "its abbot". */
const DESCRIPTOR_END = /(?:^|\s)((?:the|a|an|its|his|her|their)\s+(?:[\p{Ll}’'-]+\s+){0,4}[\p{Ll}’'-]+)$/u;

/** "His passport says X", "Her full name is X": a person's full name, given as their papers give it. */
const NAME_ON_PAPERS =
	/\b(?:[Hh]is|[Hh]er)\s+(?:full\s+name|real\s+name|name|passport|ID\s+card|papers)\s+(?:is|says|reads|read|said)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2})/gu;

/** What peopleIn finds in each paragraph, positions in the whole prose: found once per article, on first need. */
export type PeopleByParagraph = () => readonly (readonly Named[])[];

/**
 * peopleIn over an article's paragraphs, kept: the speaker index and the people-words look-up both
 * ask for it, and finding it twice cost about a tenth of the join (session 24's profile).
 */
export function peopleByParagraph(prose: string, paragraphs: readonly Span[]): PeopleByParagraph {
	let found: Named[][] | null = null;
	return () =>
		(found ??= paragraphs.map((p) => {
			const list = peopleIn(prose.slice(p.start, p.end));
			for (const n of list) n.pos += p.start;
			return list;
		}));
}

/** People the article names: after a role ("spokeswoman Maria Zakharova"), "According to X", "X, a …,", ", X, said". */
export function peopleIn(prose: string): Named[] {
	const out: Named[] = [];
	const push = (raw: string, at: number, role: () => string) => {
		// "Prime Minister Nikol Pashinyan's statement": the possessive is no part of the name.
		const bare = raw.replace(/[’']s$/, '');
		const name = cleanName(bare);
		// The role words cleanName dropped ("Deputy Foreign Minister") belong to the role too.
		const dropped = bare.slice(0, bare.length - name.length);
		// ("Every Tuesday, a little after four, X …": a time, not a person.)
		if (TIME_WORDS.test(name)) return;
		// ("According to the Prime Minister": a title alone names no one new.)
		if (isTitleOnly(name)) return;
		if (!name.includes(' ')) return;
		// ("a Russian General Says His Troops …" in title case: a verb or a possessive is no part of a name.)
		if (NOT_IN_NAME.test(name)) return;
		// ("a monument of Caucasian Albania, an ancient kingdom": a region, however like a name it looks.)
		if (WORLD.has(name)) return;
		const roleWords = () => `${role()} ${dropped}`;
		const same = out.find((n) => n.pos === at + dropped.length && n.name === name);
		// (A rule that found the name with no role gives way to one that found its role.)
		if (!same) out.push({ pos: at + dropped.length, name, org: false, roleWords });
		else if (!same.roleWords?.().trim()) same.roleWords = roleWords;
	};
	BEFORE_NAME.lastIndex = 0;
	let prevEnd = 0;
	for (let m = BEFORE_NAME.exec(prose); m; m = BEFORE_NAME.exec(prose)) {
		NAME_AT.lastIndex = m.index + m[0].length;
		const n = NAME_AT.exec(prose);
		const [from, at] = [m.index, m.index + m[0].length];
		// The role, forty characters back to a word's start ("Defense Ministry spokesman", not "efense …").
		let s = Math.max(0, from - 40);
		for (let k = 0; s > 0 && k < 20 && !/\s/.test(prose[s - 1]!); k++) s--;
		// "President Ilham Aliyev and Prime Minister Nikol Pashinyan": a role starts after the person named before it.
		s = Math.max(s, prevEnd);
		// "Defence Minister Colonel General Alexander Fomin": a name that opens on a rank is found again from
		// the rank, whose role then reaches back over the titles before it.
		if (n && ROLE.test(n[0].slice(0, n[0].indexOf(' ')))) continue;
		if (n && !OUTLET_NOUN.test(m[0].trim())) {
			// ("the newspaper La Repubblica": an outlet's noun ends in "-er" like a person's, and names no one.)
			// "Minister of National Defence Yunus Emre Karaosmanoğlu": a given name the title's words took is the name's first.
			const given = /(\p{Lu}\p{Ll}+)\s+$/u.exec(m[0]);
			const first = given && n[0].split(' ').length === 2 && sexOfGivenName(given[1]!) ? given : null;
			const [name, nameAt, roleEnd] = first
				? [`${first[1]} ${n[0]}`, at - first[0].length, at - first[0].length]
				: [n[0], n.index, at];
			// ("Hikmet Hajiyev, foreign policy aide to President Ilham Aliyev": the aide is the one before; the President is the role.)
			push(name, nameAt, () =>
				prose
					.slice(s, roleEnd)
					.replace(/^[^]*[.;:!?,()“”"«»]/, '')
					.replace(AIDE_TO, '')
					.replace(ROLE_CLAUSE, '')
			);
			prevEnd = n.index + n[0].length;
		}
	}
	AFTER_NAME.lastIndex = 0;
	for (let m = AFTER_NAME.exec(prose); m; m = AFTER_NAME.exec(prose)) {
		const name = nameEndingAt(prose, m.index);
		const at = m.index;
		// "came from Mets Tagher, a village": a name after "from" or "in" is a place ("a letter from X, the mayor …": its writer).
		const lead = name ? prose.slice(Math.max(0, at - name.length - 20), at - name.length) : '';
		if (name && (!AFTER_PLACE_WORD.test(lead) || SENT_FROM.test(lead)))
			// ", stated the aforesaid in an interview with …": after a speech verb come the words, not a role.
			push(name, at - name.length, () =>
				SPEECH_AFTER_COMMA.test(m[0]) ? '' : wholeWords(prose, at, at + 80).replace(/^,([^,]*)[^]*$/, '$1')
			);
		// "One of them, Vahe Petrosyan from Goris, said": a name, then where the person is from.
		const origin = name ? null : nameFromPlaceEndingAt(prose, at);
		if (origin) push(origin[1]!, at - origin[0].length, () => '');
	}
	// "The head of the Centre for X, Alexander Karavaev, sees …", "His counterpart, Deputy Speaker Ruben
	// Rubinyan, confirmed …": the name an appositive gives between commas, before the sentence's verb.
	// (The descriptor before the first comma is the role: "Armenia's human rights ombudsman, Arman Tatoyan, visited".)
	if (prose.includes(', ')) {
		for (const m of prose.matchAll(NAME_BETWEEN_COMMAS))
			push(m[1]!, m.index! + 2, () =>
				prose.slice(Math.max(0, m.index! - 60), m.index!).replace(/^[^]*[.;:!?,()“”"«»]/, '')
			);
		for (const m of prose.matchAll(NAME_ENDS_SENTENCE)) {
			const d = DESCRIPTOR_END.exec(prose.slice(Math.max(0, m.index! - 60), m.index!));
			if (d) push(m[1]!, m.index! + m[0].length - m[1]!.length, () => d[1]!);
		}
	}
	// "His passport says Sergey Avagyan", "Her full name is Anna X": the one a feature calls by a nickname.
	if (
		prose.includes(' name ') ||
		prose.includes('passport') ||
		prose.includes('papers') ||
		prose.includes('ID card')
	)
		for (const m of prose.matchAll(NAME_ON_PAPERS))
			push(m[1]!, m.index! + m[0].length - m[1]!.length, () => '');
	// "Among those waiting in Kornidzor was Lusine Avanesyan": a name after "was" that a given name opens.
	if (prose.includes(' was ') || prose.includes(' were '))
		for (const m of prose.matchAll(AFTER_WAS))
			if (sexOfGivenName(m[1]!))
				push(`${m[1]} ${m[2]}`, m.index! + m[0].length - m[1]!.length - m[2]!.length - 1, () => '');
	for (const n of peopleBySentence(prose))
		out.push({ pos: n.pos, name: n.name, org: false, roleWords: () => n.role });
	// "President Recep Tayyip Erdoğan": the "Tayyip Erdoğan" another rule read inside it is no second person.
	return out.filter((n) => !longerEnding(out, n.pos, n.name)).sort((a, b) => a.pos - b.pos);
}

/** The name in `list` that `name` (at `pos`) ends, a longer one: "Recep Tayyip Erdoğan" for "Tayyip Erdoğan". */
function longerEnding(list: Named[], pos: number, name: string): Named | undefined {
	return list.find(
		(o) => o.pos < pos && o.name.endsWith(` ${name}`) && o.pos + o.name.length === pos + name.length
	);
}

/**
 * "Back at the border, Armen's lorry is waved through", "Laura and her family had arrived": a first name
 * the article gave alone as a person's ("said Armen, a 46-year-old driver") is that person wherever it
 * stands again, with a possessive too. Added to each paragraph's list of names (`lists`, per paragraph).
 */
export function loneNameMentions(
	prose: string,
	paragraphs: { start: number; end: number }[],
	lists: Named[][]
) {
	const first = new Map<string, number>();
	for (const list of lists)
		for (const n of list) if (!n.org && !n.name.includes(' ') && !first.has(n.name)) first.set(n.name, n.pos);
	// "Marine Hakobyan, 34, …" then "Marine does not know where she will go": a given name the press
	// knows as one (given-names.ts) stands for the one person named in full with it.
	const fullNames = new Map<string, { name: string; pos: number } | null>();
	const all = lists.flat();
	// Two capitalised words and no third (a given name and a surname, when the first is one): each
	// capitalised word that opens a word, then the rest tried right there. (One pattern with a look-behind
	// tried at every position of the prose cost twice as much.)
	CAPITALISED.lastIndex = 0;
	for (let m = CAPITALISED.exec(prose); m; m = CAPITALISED.exec(prose)) {
		if (m.index > 0 && LETTER.test(prose[m.index - 1]!)) continue;
		SURNAME_AFTER.lastIndex = CAPITALISED.lastIndex;
		const rest = SURNAME_AFTER.exec(prose);
		if (!rest) continue;
		CAPITALISED.lastIndex = SURNAME_AFTER.lastIndex;
		const [given, found] = [m[0], m[0] + rest[0]];
		if (!sexOfGivenName(given) || first.has(given)) continue;
		// ("President Recep Tayyip Erdoğan": the two words end a longer name the lists already hold.)
		const name = longerEnding(all, m.index, found)?.name ?? found;
		const had = fullNames.get(given);
		if (had === undefined) fullNames.set(given, { name, pos: m.index });
		else if (had && had.name !== name) fullNames.set(given, null);
	}
	for (const [given, full] of fullNames)
		if (full) addMentions(prose, paragraphs, lists, given, full.pos, full.name);
	for (const [name, from] of first) addMentions(prose, paragraphs, lists, name, from, name);
	// "Anahit Grigoryan sat on a bench …" then "Back on the bench, Grigoryan was waiting. “…,” she said":
	// a surname alone stands for the one person named in full with it, so "she" can find her there.
	const bySurname = new Map<string, { name: string; pos: number } | null>();
	for (const list of lists)
		for (const n of list) {
			if (n.org || !n.name.includes(' ')) continue;
			const surname = n.name.slice(n.name.lastIndexOf(' ') + 1);
			const had = bySurname.get(surname);
			if (had === undefined || (had && had.name === n.name && n.pos < had.pos))
				bySurname.set(surname, { name: n.name, pos: n.pos });
			else if (had && had.name !== n.name) bySurname.set(surname, null);
		}
	for (const [surname, full] of bySurname)
		if (full && !first.has(surname) && SURNAME.test(surname))
			addMentions(prose, paragraphs, lists, surname, full.pos + full.name.length - 1, full.name);
}
/** A surname that can stand alone: capitalised, no initial, not a particle. */
const SURNAME = /^\p{Lu}\p{Ll}[\p{L}’'-]+$/u;

/** Each later stand-alone `name` after `from`, as a mention of `person`, in its paragraph's list. */
function addMentions(
	prose: string,
	paragraphs: { start: number; end: number }[],
	lists: Named[][],
	name: string,
	from: number,
	person: string
) {
	let pi = 0;
	for (let at = prose.indexOf(name, from + 1); at >= 0; at = prose.indexOf(name, at + 1)) {
		if (
			LETTER.test(prose[at - 1] ?? '') ||
			!ENDS_WORD.test(prose.slice(at + name.length, at + name.length + 3))
		)
			continue;
		while (pi + 1 < paragraphs.length && paragraphs[pi]!.end <= at) pi++;
		const list = lists[pi]!;
		if (!list.some((n) => n.pos === at))
			list.push({ pos: at, name: person, org: false, roleWords: () => '' });
	}
}
const LETTER = /[\p{L}’'-]/u;
const CAPITALISED = /\p{Lu}\p{Ll}+/gu;
/** After a capitalised word: a second and no third ("Anna Petrosyan", not "Anna Maria Petrosyan"). */
const SURNAME_AFTER = / \p{Lu}\p{Ll}[\p{L}’'-]+(?![\p{L}’'-]| \p{Lu})/uy;
/** What may follow a name: no letter, or a possessive. */
const ENDS_WORD = /^(?:[’']s(?![\p{L}])|(?![\p{L}’'-]))/u;
