/**
 * The verbs of an attribution ("said", "told", "put it") and of a sentence's subject ("met",
 * "visited"), the adverbs that may stand before them, and the scans that find them in a paragraph.
 * Split from attribution.ts.
 */
import { matchesNotAfter, wordTrie } from './scan';

/** Participles of speech ("…, saying", "…, writing that"): their subject is the clause's, at its head. */
export const PARTICIPLES =
	'saying|telling|adding|stating|tweeting|writing|noting|arguing|warning|insisting|claiming|recalling|reminding|explaining|stressing';
// (Present forms that are also plural nouns, "remarks", "comments", "replies", "mentions", are left out:
// "In remarks carried by a newspaper, he said" has its verb later.)
export const VERB = `said|says|say|told|tells|stated|states|added|adds|asked|asks|emphasi[sz]ed|stressed|noted|believes|believed|declared|reiterated|reaffirmed|rejected|dismissed|disputed|refuted|urged|called|calls|expressed|commended|indicated|warned|insisted|claimed|wrote|signaled|signalled|accused|accuses|denied|denies|reported|explained|argued|replied|answered|announced|confirmed|acknowledged|responded|tweeted|posted|commented|remarked|recalled|concluded|continued|admitted|promised|promises|vowed|vows|pledged|pledges|suggested|assured|clarified|underlined|writes|notes|insists|argues|warns|explains|recalls|stresses|ordered|demanded|put it|described|characteri[sz]ed|evaluated|assessed|labell?ed|termed|thanked|praised|hailed|condemned|critici[sz]ed|${PARTICIPLES}|reporting that|tweets|highlighted|pointed out|spoke of|spoke about|speaks of|speaks about|talked of|talks of|conveyed|affirmed|asserted|hoped|hopes|demands|lamented|complained|cautioned|conceded|mentioned|revealed|disclosed|informed|announces|specified|specifies|clarifies|emphasi[sz]es|underlines|declares|confirms|assures|summed up|sums up|predicted|claims|alleges|alleged|laughs|laughed|smiles|smiled|sighs|sighed|shrugs|shrugged|jokes|joked|exclaims|exclaimed|whispers|whispered|shouts|shouted|recounts|recounted|repeated|repeats|keeps repeating|kept repeating|keeps saying|kept saying|laments|complains|concedes|reveals|admits|continues|concludes|responds|proclaimed|proclaims|observed|observes|retorted|retorts|countered|counters|quipped|quips|answers|replies|mused|boasted|calls it|calls them|calling it|calling them|calls on|calling on|urges|urging|lambasted|lambastes|slammed|slams|blasted|decried|decries|denounced|denounces|deplored|deplores|charged|testified|testifies|was clear|was blunt|was adamant|was emphatic|was categorical|was unequivocal|was frank|was defiant`;
/**
 * Verbs of what a person wants or does ("X expects to meet Y. “…,” he said": X), whose subject counts only when no place:
 * "Azerbaijan expected …", "Armenia agreed …" name no body a later "the ministry said" stands for.
 */
const PERSONAL =
	'expects|expected|wants|wanted|tried|decided|refused|agreed|travelled|traveled|stayed|lived|worked|served';
export const PERSONAL_VERB = new RegExp(`^(?:${PERSONAL})(?![\\p{L}])`, 'u');
/** Verbs that make a preceding name the subject of a sentence (for he/she), speech or not. */
const ACTION = `${VERB}|sent|went|phoned|received|met|visited|spoke|gave|made|signed|withdrew|congratulated|launched|recognized|recognised|spent|left|fled|arrived|returned|defended|defends|blamed|blames|questioned|${PERSONAL}`;
/** "X strongly reiterated", "X firmly denied": a manner adverb; "family", "only", "daily" end in -ly too and are none. */
const LY =
	'(?!(?:family|daily|weekly|monthly|only|early|ally|rally|assembly|supply|reply|likely|elderly)\\b)[a-z]{2,}ly';
/** Common irregular past tenses: a clause's verb that no -s or -ed ending shows ("Lavrov went further", "a priest, Father X, read"). */
export const IRREGULAR_PAST =
	'read|led|said|told|went|came|gave|made|took|wrote|held|met|spoke|sent|left|kept|stood|sat|drove|brought|saw|knew|found|began|understood|thought|felt|became|grew|heard|fled|fought|lost|won|built|paid|chose|sought|spent|meant|ran';
export const LY_WORD = new RegExp(`^${LY}$`);
export const ADVERB_WORDS =
	'has|have|had|also|again|then|later|soon|further|formally|earlier|likewise|meanwhile|instead|today|reportedly|repeatedly|previously|already|still|once|now|recently|yesterday|separately|publicly|immediately|first of all|above all|in particular|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: morning| evening)?|last week|this week';
export const ADVERB = `${LY}|${ADVERB_WORDS}`;
/** The words of an alternation of VERB or ACTION, "emphasi[sz]ed" and "labell?ed" spelled out. */
const wordsOf = (alternation: string) =>
	alternation
		.split('|')
		.flatMap((w) =>
			w.includes('[sz]')
				? [w.replace('[sz]', 's'), w.replace('[sz]', 'z')]
				: w.includes('l?')
					? [w.replace('l?', ''), w.replace('l?', 'l')]
					: [w]
		);
// The scans over every paragraph use the same words factored into a trie (wordTrie): one word at
// most can match where a letter does not follow, so the matches are the same, found twice as fast.
const VERB_RE = new RegExp(`(?:${wordTrie(wordsOf(VERB))})(?![\\p{L}])`, 'gu');
const ACTION_RE = new RegExp(`(?:${wordTrie(wordsOf(ACTION))})(?![\\p{L}])`, 'gu');
/** Every form of ACTION, for a whole-word test. */
export const ACTIONS = new Set(wordsOf(ACTION));
/** What may not come right before a verb (see matchesNotAfter): a letter, or a hyphen ("so-called" is no speech). The alternation is fast in V8: a word list scanned by hand was slower. */
const LETTER = /^[\p{L}-]$/u;
const indices = (ms: RegExpExecArray[]) => ms.map((m) => m.index);
/** "which Baku calls the Karabakh economic region", "what Armenians called Kashen": a name given, no speech. */
const NAMING_BEFORE = /\b(?:which|that|what|whom)\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,3}$/u;
/** "Lindia calls the monastery Khudavang": "calls" and a name given to what it names, no quote. */
const NAMING_AFTER =
	/^\s+(?:(?:the|a|an|it|this|that|its|their|his|her)\s+)?(?:[\p{Ll}-]+\s+){0,3}\p{Lu}\p{Ll}/u;
const notNaming = (text: string) => (m: RegExpExecArray) =>
	!m[0].startsWith('call') ||
	(!NAMING_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
		!(m[0] === 'calls' && NAMING_AFTER.test(text.slice(m.index + 5, m.index + 60))));
/** Where a speech verb stands in `text` ("said", "told", "put it"). */
export const speechVerbsIn = (text: string) =>
	indices(matchesNotAfter(VERB_RE, LETTER, text).filter(notNaming(text)));
/** Where a verb that makes the name before it a sentence's subject stands ("said", "met", "visited"). */
export const actionVerbsIn = (text: string) =>
	indices(matchesNotAfter(ACTION_RE, LETTER, text).filter(notNaming(text)));
