/**
 * The words around a capitalised name that make it place-like or rule it out, for judge.ts: cues
 * before it ("in", "the villages of", "from", "between"), heads after it ("the X district", "X, a
 * village in"), names that say what they are ("Mount X", "X Corridor"), world regions and capitals,
 * demonyms. Split from judge.ts, which weighs them.
 */
import { MILITARY_RANKS, ORDINARY_PERSON, PERSON_TITLE } from './person-nouns';
import { PASS, TITLE_ABBREVIATIONS } from './words';
import { countryNames } from './suggestions';
import { aliasKey } from '../../names/fold';
import { KNOWN_AS, KNOWN_TO_PEOPLE } from './other-names';
/** The compass words capitalised in a region's name: "Western Armenia", "Eastern Europe" (a regex alternation). */
export const COMPASS = 'Western|Eastern|Northern|Southern';
/** A compass word or a middle one as an adjective ("Western proposals", "Central and Eastern Europe", "the Middle and Zangezur routes"). */
export const COMPASS_ADJECTIVE = new RegExp(`^(?:${COMPASS}|Central|Middle)$`);
// ("before leaving for New York", "headed for Goris": where a journey goes is a place too.)
export const LOCATIVE =
	/(?:^|\s)(?:in|near|outside|at|(?:leaving|left|leaves|departing|departed|heading|headed|bound|flew|flying)\s+for|in\s+(?:most|much|all|parts?|half|the\s+rest)\s+of)\s+$/i;
export const ALONG = /(?:^|\s)along\s+the\s+$/i;
/** Separators of a list of places: "X, Y and Z", "X and neighbouring Y", "X or Y". */
const LIST_SEP = String.raw`(?:\s*,\s*(?:and\s+|or\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+or\s+|\s+as\s+well\s+as\s+)(?:(?:the\s+)?(?:neighbouring|neighboring|nearby|adjacent|other)\s+)?`;
const SPEECH =
	'said|says|told|stated|added|asked|noted|stressed|warned|wrote|declared|responded|replied|explained|believes';
export const PERSON_AFTER = new RegExp(
	String.raw`^,?\s+(?:${SPEECH})\b|^,\s[^,.;]{1,90},\s+(?:\w+\s+)?(?:${SPEECH})\b`
);
/** An envoy's post before a name between commas: "Iran's ambassador in Baku, Abbas X, told" (the envoy's name). */
export const POST_IN_PLACE_BEFORE = /\b(?:ambassador|envoy|consul)\s+(?:in|to)\s+\p{Lu}[\p{L}-]+,\s+$/u;
/** What may follow a list's last place, and no person's name: a mark, "in 2022", "and". */
export const LIST_END =
	/^(?:\s*[,.;:!?)]|\s*$|\s+(?:in|on|at|and|or|near|to|from|during|after|before|with|along|where|which)\b)/;
export const SURNAME = /\p{Ll}(?:yev|yeva|ev|eva|ov|ova|in|ina|yan|ian|enko|sky|skiy|vich|dze|shvili)$/u;
export const NATURAL_AFTER = /^\s+(?:river|valley|gorge|canyon|lake|reservoir)\b/;
/**
 * "Vehicles pass through", "Ambulances pass, the trucks pass", "Vehicles crossing the territory …": the verb after a
 * sentence's first word, not "the Omar pass through the range" or "the Hakari crossing".
 */
export const PASS_VERB =
	/^\s+(?:pass(?:\s+(?:through|by|into|over|along|via|across|under|freely|unhindered|and)\b|\s*[,;.])|crossing\s+(?:the|a|an|into|over|from)\s)/;
/** A state's noun after a country's adjective: "the Russian Empire", "the Russian Federation" is one name. */
export const STATE_NOUN =
	/^(?:Empire|Federation|Republic|Kingdom|Khanate|Union|Confederation|Commonwealth|Sultanate|Emirate|SSR)$/;
/** The state nouns that name a past state after a country's adjective ("the Russian Federation" is today's). */
export const PAST_STATE_NOUN = /^(?:Empire|Khanate|Sultanate|SSR)$/;
export const HISTORICAL = /^(?:Soviet|Tsarist|Ottoman|Byzantine|Sassanid|Safavid)$/;
/** "the Soviet Union", "the Ottoman Empire", "the Armenian SSR", "the USSR": a state of the past. */
export const isPastState = (tokens: string[]) =>
	(tokens.length === 2 &&
		STATE_NOUN.test(tokens[1]!) &&
		(HISTORICAL.test(tokens[0]!) || (PAST_STATE_NOUN.test(tokens[1]!) && isCountryDemonym(tokens[0]!)))) ||
	(tokens.length === 1 && tokens[0] === 'USSR');
/** A faith's adjective ("Christian Armenia and Muslim Azerbaijan"): its people, never a place, even listed with one. */
export const CREED =
	/^(?:Muslim|Christian|Catholic|Orthodox|Protestant|Jewish|Islamic|Sunni|Shia|Shiite|Buddhist|Hindu|Evangelical|Yazidi)s?$/;
/** Nationality adjectives: Armenian, Azerbaijani, Turkish, Iranian, Chinese; "Azeri", the press's short form, too. */
/** Demonyms and language names with no regular ending: "in French", "Dutch troops", "a Greek ship". */
// (And the peoples of the countries in -stan: "his Kazakh counterpart".)
const IRREGULAR_DEMONYM =
	/^(?:French|Dutch|Greek|Swiss|Welsh|Czech|Thai|Arabs?|Kazakhs?|Uzbeks?|Tajiks?|Turkmens?|Kyrgyz|Afghans?)$/;
/** The adjectives in -ish of peoples and languages: "Artanish", "Shamakhish" are names, not adjectives. */
export const ISH_ADJECTIVE =
	/^(?:Turkish|Kurdish|Polish|British|Irish|Scottish|English|Spanish|Danish|Swedish|Finnish|Flemish|Cornish|Jewish|Amish|Moorish|Yiddish|Frankish|Gaulish|Pictish|Lettish|Wendish)$/;
export const DEMONYM = new RegExp(
	String.raw`(?:ian|ians|ani|anis|ese|ic)$|${ISH_ADJECTIVE.source}|^Azeris?$|${IRREGULAR_DEMONYM.source}`
);
/** The separator before a name that lists it with a place: "Lachin, Zabukh and ", "Gəncə–", "Parukh (". */
// A dash joins two places only when it touches both ("Gəncə–Qazax"); " — " opens the story after a dateline.
// "near Vardenis (Gegharkunik province) and Sisian": a bracketed aside between the place and the separator (a
// hard-wrapped page may break its line inside it).
export const LIST_BEFORE = new RegExp(
	String.raw`(?:(?:\s*\((?:[^()\n]|\n(?!\n)){1,40}\))?${LIST_SEP}|[–—-]|\s*\(\s*)$`,
	'u'
);
// ("Yeghishe Kirakosyan, Armenia's representative": a country's possessive after the comma is no list's next member.)
export const LIST_AFTER = new RegExp(
	String.raw`^(?:${LIST_SEP}(?!\p{Lu}[\p{L}-]*[’']s\s)|[–—-](?=\p{L}))`,
	'u'
);
/** Words of movement before a lone name: "to Goris", "through Lachin", "left Askeran", "north-east of Askeran" (judge.ts reads the 14 characters before). */
export const WEAK_CUE =
	/(?:^|\s)(?:from|to|towards?|into|via|across|through|around|above|below|beyond|behind|past|cross|crosses|crossed|crossing|leave|leaving|left|enter|entered|entering|fled|flee|flees|fleeing|reach|reached|reaches|reaching|visit|visits|visited|visiting|take|takes|taking|took|taken|retook|retaken|capture|captures|captured|recaptured|seize|seizes|seized|shelled|stormed|liberated|encircled|(?:north|south)(?:-?(?:east|west))?\s+of|(?:east|west)\s+of)\s+$/i;
/**
 * "The village of Janyatag is known to the Armenians as Chankatag", "the hamlet of Kozlu, known locally as
 * Gozlu", "the village, which it calls Farukh": the other name of a place the sentence named as one (a person "known as" a nickname has no such noun).
 */
export function otherNameOfPlace(before: string): boolean {
	return (
		((KNOWN_AS.test(before) || CALLED.test(before)) && PLACE_NOUN_BEFORE.test(before)) ||
		KNOWN_TO_PEOPLE.test(before)
	);
}
/** "which it calls Farukh", "calls the two villages X and Y", "calling the village by its Azerbaijani name, Farukh" (not "whom locals call"). */
const CALLED =
	/(?<!\bwhom\s+(?:\p{L}+\s+){0,2})\b(?:call|calls|called|calling)(?:\s+(?:it|them|(?:the|these|those|this|that)\s+(?:\p{L}+\s+){0,2}(?:village|villages|town|towns|city|area|settlement|settlements|place|places)(?:\s+by\s+(?:its|their)\s+\p{Lu}\p{L}+\s+names?,?)?))?\s+$/u;
const PLACE_NOUN_BEFORE =
	/\b(?:villages?|towns?|city|cities|settlements?|hamlets?|districts?|regions?|river|mountains?|pass|monastery|area|place|spot|site|mine|deposit|reservoir|lake|gorge|valley|hill|heights?)\b[^.!?]*$/;
/**
 * "through Upper Lars", "to Nizhny Novgorod", "entered Hin Tagher": a two-word name with a place's prefix (in
 * English, Russian, Armenian or Azerbaijani: old, new, big, small, upper, lower; red, white, black: "Karmir Shuka", "Qara Dagh") takes the weak cues a one-word name does.
 */
export const PREFIXED =
	/^(?:Karmir|Spitak|Sev|Qara|Gara|Kara|Qızıl|Gyzyl|Ağ|Upper|Lower|Nizhny|Verkhny|Greater|Lesser|Little|Great|North|South|East|West|New|Old|Hin|Nor|Mets|Pokr|Verin|Nerkin|K[oö]hn[eə]|Yeni|B[oö]y[uü]k|Ki[cç]i?k|Yu[kx]h?ar[iı]|A[sş]h?a[gğ]h?[iı])\s/u;
export const CUE = /(?:^|\s)(?:in|at|near|from|to|outside|of|towards|into|via)\s+$/i;
export const PEER_OF =
	/\b(?:Lord|Lady|Baroness|Baron|Viscount|Earl|Duke|Duchess|Marquess)\s+\p{Lu}[\p{L}’'-]*\s+of\s+$/u;
export const STREET_CUE =
	/(?:^|\s)(?:on|in|at|along|across|from|to|into|near|off|called|named|renamed)\s+(?:the\s+)?$/i;
/** Words of passing that take no person after them ("through Tatev", "past Kichan", "crossed Upper Lars", unlike "to Aliyev"). */
export const PASSAGE_CUE = /(?:^|\s)(?:into|via|across|through|past|cross|crosses|crossed|crossing)\s+$/i;

/** `words` as a regex source matching each either capitalised or not ("Residents of" opens a sentence). */
export const anyCase = (words: string) =>
	words.replace(/(^|\|)([a-z])/g, (_, bar: string, c: string) => `${bar}[${c.toUpperCase()}${c}]`);
const NAME_RUN = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*`;
/** Words before a name that say a place is named: "the villages of X, Y and", "near the settlement of", "calls the village", "one such village, X", "another Martuni village, X", "the fields of X", "the villages east of X, including", "villages near the line, among them", "the heights above
 * X, known locally as", "the villages (X, Y and Z)"; the name may open with a mark ("a village called “Furukh”"); a list's
 * names may carry their country in brackets, pairs joined by a dash ("the villages of X (Armenia)-Y (Azerbaijan), …"). */
/** A language's abbreviation before a place's other name: "Parukh (Azerb. Farukh)". */
export const LANGUAGE_ABBREVIATION = 'Azerb|Arm|Rus';
export const PLACE_OF = new RegExp(
	String.raw`(?:\b(?:${anyCase('villages?|towns?|city|cities|ports?|houses|settlements?|(?:collective|state)\\s+farms?|coasts?|shores?|banks?|communit(?:y|ies)|regions?|sub-regions?|districts?|provinces?|monaster(?:y|ies)|churches|church|rivers?|lakes?|reservoirs?|(?:mineral\\s+)?springs|valley|gorge|canyon|pass|area|crossings?|checkpoints?|hamlets?|municipalit(?:y|ies)|outskirts|fields|heights?|slopes?|borders?|suburbs?|villagers?|residents?|natives?|inhabitants?|enclave|exclave|capital|territory|territories|vicinity|environs|events|battles?|siege|fall|capture|liberation|occupation|shelling|bombardment|evacuation|surrender|handover|hand-over|orchards|vineyards|gardens|pastures|hill')})\s+of\s+(?:the\s+)?(?:nearby\s+|neighbou?ring\s+)?|\b(?:Autonomous\s+)?Republic\s+of\s+(?:the\s+)?|\b(?:villages?|towns?|settlements?|city|hamlet|place|community|river|lake|mountain|valley|gorge|canyon|heights?|hills?|plains?|plateau|ridge|peaks?|regions?|areas?|district|province|territory|lands?|mines?|deposits?)(?:,\s*|\s+)(?:(?:is|was|now|also|often|commonly|widely|broadly|locally|historically|previously|formerly|once|sometimes|still|usually|collectively)\s+){0,2}(?:called|referred\s+to\s+as|appears\s+as|known\s+(?:(?:in|to)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?\s+|locally\s+)?as|named|renamed)\s+(?:the\s+)?|\b(?:the|a)\s+(?:village|town|settlement|hamlet|community|river)\s+|\b[Tt]he\s+(?:villages|towns|settlements|hamlets|communities)(?:\s*,)?\s+(?=\p{Lu})|\p{Lu}[\p{L}’'-]+\s*\(\s*(?:previously|formerly|once|historically|then|sometimes|also|often)\s+(?:known\s+as|called|named|spel(?:led|t)|written)\s+(?:the\s+)?|\p{Lu}[\p{L}’'-]+\s*\(\s*(?:${LANGUAGE_ABBREVIATION})\.\s*|\p{Lu}[\p{L}’'-]+\s*\(\s*(?:in\s+)?(?:Armenian|Azerbaijani|Azeri|Russian|Turkish)\s*[,:]\s*|\bwhich\s+(?:\p{Lu}\p{L}+\s+(?:(?:sources|media|officials|authorities|maps)\s+)?|the\s+\p{L}+\s+|they\s+|locals\s+)?calls?\s+|\bwhich\s+\p{Lu}\p{L}+\s+called\s+|\bknown\s+in\s+\p{Lu}\p{Ll}+\s+as\s+${NAME_RUN}\s+(?:and|or)\s+in\s+\p{Lu}\p{Ll}+\s+as\s+|,\s*(?:also\s+)?known\s+in\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?\s+as\s+(?:the\s+)?|\b(?:spell|spells|spelled|spelt|write|writes|wrote|written|name|names|named|identify|identifies|identified|give|gives|gave|list|lists|listed|(?:refer|refers|referred|referring)\s+to)\s+(?:the\s+(?:village|town|city|settlement|name)|it)\s+as\s+|\b(?:checkpoint|check-point|crossing|border\s+post|village|settlement|airport)\s+["“«](?:\p{Lu}\p{Ll}+\s+)?|\b(?:village|town|settlement|hamlet|city|community)\s+of\s+${NAME_RUN},\s*(?:also\s+|locally\s+|sometimes\s+|often\s+)?(?:called|known\s+as|named|spel(?:led|t))\s+(?:the\s+)?|\b(?:one\s+(?:such\s+)?|another\s+(?:\p{Lu}[\p{L}’'-]+\s+)?|(?:a|the)\s+(?:nearby|neighbou?ring|nearest|border|frontline|front-line|mountain|remote)\s+)(?:village|town|settlement|hamlet|community),\s+|\b(?:\p{Ll}+[’']s|his|her|their|our|my)\s+(?:(?:native|home|ancestral|own)\s+)?(?:village|town|hamlet|community),\s+|\b[Bb]etween\s+(?:the\s+)?|\b(?:Azeri|Azerbaijani|Armenian|Russian|Soviet|official|local|old|proper|real|original)\s+names?\s+(?:of\s+(?:the\s+(?:village|town|settlement|hamlet|city|community|river)\s*,\s*)?|is\s+)?|\b(?:${anyCase('from|in|toward|towards')})\s+the\s+directions?\s+of\s+(?:the\s+)?|\bborders?\s+with\s+|\b(?:${anyCase('villages|towns|settlements|communities|places|areas|cities|sites|monasteries|churches')}|high\s+grounds?|heights|rivers|lakes)\b[^.;:()]{0,70},?\s+(?:such\s+as|like|including|among\s+them)\s+(?:the\s+)?|\b(?:villages|towns|settlements|communities)\s*[—–]\s*(?:with|including|among\s+them)\s+|\b(?:(?:home|native|ancestral)\s+village|villages|towns|settlements|communities|hamlets)\b[^.;:()“”"«»\n]{0,60}:\s+|\b(?:villages|towns|settlements|communities|hamlets)\b[^.;:()“”"«»\n—–]{0,100}\s[—–]\s+|\b(?:villages|towns|settlements|communities)\s+(?:near|around|along|in|on|(?:east|west|north|south)\s+of)\s[^.;:()]{1,60},\s+(?:such\s+as|including|among\s+them)\s+|\b(?:two|three|four|five|six|both)\s+(?:\p{Ll}+\s+)?(?:villages|towns|settlements|communities)\s+(?:near|around|along|in|on|of|(?:east|west|north|south)\s+of)\s[^.;:()]{1,60},\s+|\bbridges?\s+(?:over|across)\s+(?:the\s+)?|\b(?:flows?|flowed|flowing|drains?|drained)\s+(?:into|toward|towards)\s+(?:the\s+)?|\b(?:heights?|hills?|mountain|ridge|village|town|river|mine|deposit|reservoir)\b[^.!?;]{0,40}(?:,|\s+[—–])\s+(?:also\s+)?known\s+(?:locally\s+|in\s+\p{Lu}\p{Ll}+(?:\s+times)?\s+)?as\s+|\bcapital(?:\s+city)?(?:,\s*|\s+(?:is|was)\s+|\s+)|\b(?:villages|towns|settlements|communities|hamlets)\s*\(\s*(?=\p{Lu}\p{Ll}))(?:${NAME_RUN}(?:\s*\([^()\n]{1,30}\)\s*[–—-]\s*|(?:\s*\([^()\n]{1,30}\))?${LIST_SEP}))*["“«]?$`,
	'u'
);
/** "a telephone conversation between X and Y", "talks between X and": between the parties to it, people as often as places. */
export const PARTIES = new RegExp(
	String.raw`\b(?:conversations?|talks|meetings?|calls?|summits?|dialogue|contacts?|relations|negotiations|agreements?|deals?|rivalry|feud|handshake)\s+between\s+(?:${NAME_RUN}${LIST_SEP})*$`,
	'u'
);
/**
 * "the community head of X", "the mayor of X": the one name after is the place they run (no list:
 * "the head of X, Armen Hakobyan, said" goes on with the person), even before "said".
 */
export const ROLE_OF =
	/\b(?:[Mm]ayors?|[Gg]overnors?|(?:[Cc]ommunit(?:y|ies)|[Vv]illage|[Tt]own|[Cc]ity|[Dd]istrict|[Mm]unicipal)\s+(?:heads?|chiefs?|leaders?|administrations?|councils?))\s+of\s+(?:the\s+)?$/;
/**
 * "a villager from X", "refugees from X", "a teacher from X, told": the one name right after says where
 * a person lives or works (no list: "from X, Vahe Sargsyan, told"), even before the comma of an attribution.
 */
// (Any noun of person-nouns.ts, also inside a longer one: "a former schoolteacher from X", "a 40-year-old from X", "a sergeant from X";
// or a name's age: "Vardan X, 38, from Y".)
export const FROM_PLACE = new RegExp(
	String.raw`\b(?:\p{Ll}*(?:${ORDINARY_PERSON}|${PERSON_TITLE}|${MILITARY_RANKS}|peacekeeper|conscript|native|veteran|priest|m[ae]n|wom[ae]n)s?|families|family|\d+-year-olds?|(?<=\p{L},\s)\d{1,3}),?\s+from\s+(?:the\s+)?$`,
	'iu'
);
/** A town's or a region's own office after its name ("Glendale Mayor", "the Burbank City Hall", "Syunik Governor", "Syunik Gov."): the name is the place's. */
const OFFICE_LEVEL = 'Regional|Provincial|District|State|Military';
export const TOWN_OFFICE = String.raw`(?:(?:Deputy|Vice|Acting) )?(?:(?:${OFFICE_LEVEL}) )?(?:Mayor|Governor|Gov\.(?=\s|$)|City Hall|Town Hall|City Council)(?!\p{L})`;
export const TOWN_OFFICE_AFTER = new RegExp(String.raw`^\s+${TOWN_OFFICE}`, 'u');
/** Words before a mayor that say when, how or at what level one holds the office, not where: "Former Mayor X". */
const OFFICE_WHEN = 'Former|Acting|Deputy|Vice|Interim|Current|New|Then|Late|Ex|The';
export const OFFICE_WORD = new RegExp(`^(?:${OFFICE_WHEN}|${OFFICE_LEVEL})$`);
/** "from nearby X", "in neighbouring X": the adjective between a cue and the name does not break the cue. */
export const NEARBY = /(?:nearby|neighbou?ring)\s+$/;
/** What a mine digs: a mineral before "mine" makes it a place's head, not a verb ("Vardan cleared mines"). */
const MINERAL = String.raw`(?:gold|silver|copper|coal|iron|salt|zinc|molybdenum|uranium|marble|ore|chromite)`;
/** "the X gold mine", "the X copper-molybdenum mine", "the X copper and gold mine". */
const MINE = String.raw`(?:${MINERAL}(?:-\p{Ll}+|\s+(?:and|or)\s+${MINERAL})?\s+)?mines?`;
/** "X, the region's leader", "X, the village head": the appositive's head is a person's role, not the place X is. */
const NOT_ROLE = String.raw`(?![’']s\b|\s+(?:heads?|chiefs?|leaders?|mayors?|elders?|governors?|administrators?|officials?|representatives?|spokes\p{L}+)\b)`;
/**
 * Words after a name that say it is a place: "the Kalbajar district", "Mets Shen and Hin Shen villages", "the Askeran
 * direction" (a front's axis, named by its town, in the war's bulletins), "the Lisagor turn" (a road's turn-off), "X and the nearby villages", "the X and Y sections of the border",
 * "X, a mountain lake on the border" (a feature's appositive only where its noun phrase ends: not "X, a mountain guide"),
 * a slogan ("X is ours!"), "X is located in …".
 */
/** A power plant or line after the name of its place: "the Sarsang HPP", "the Mataghis hydropower plant". */
const POWER_PLANT = String.raw`hydroelectric\s+(?:power\s+)?(?:plant|station)|hydro(?:power)?\s+(?:plant|station)|HPPs?|power\s+(?:plant|station|line)`;
export const PLACE_HEAD = new RegExp(
	String.raw`^,\s+(?:a|an|the|his|her|their|our|my)\s+["“«‘]?(?:\w+\s+){0,2}(?:village|town|city|settlement|hamlet|community|district|region|province)\b${NOT_ROLE}|^-based\b|^,\s+(?:two|three|four|five|both)\s+(?:\w+\s+){0,2}(?:villages|towns|cities|settlements|hamlets|communities)\b|^,\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:lake|river|reservoir|gorge|valley|mountain|peak|monastery|${MINE})(?=[,.;]|\s+(?:on|in|near|at|of|by|along|outside|between|above|below|that|which|where|close|just|high|north|south|east|west)\b)|^(?:${LIST_SEP}${NAME_RUN})*(?:\s+[–—-]\s+${NAME_RUN})?(?:\s*\([^()\n]{1,40}\))?(?:[\s-]+|\s+\[|\s+and\s+(?:the\s+)?(?:nearby|neighbouring|neighboring|surrounding|other)\s+)(?:villages?|towns?|city|settlements?|communit(?:y|ies)|sub-regions?|(?:economic\s+)?regions?|regional\s+(?:administration|government|council|authorit(?:y|ies)|governor)|districts?|uy?ezds?|areas?|zones?|directions?|turn(?:-?off)?|junction|crossroads|provinces?|monastery|monast(?:ery|ic) complex|church|cathedral|temple|mosque|stadium|memorial|monument|fortress|citadel|castle|(?:military\s+)?cemetery|rivers?|lakes?|(?:water\s+)?reservoirs?|sanctuary|(?:nature\s+)?reserve|border\s+section|(?:mineral\s+|hot\s+)?springs|valley|gorge|canyon|${PASS}|mountains?|range|ridge|plateau|plains?|steppe|hills?|heights?|slopes|high\s+grounds?|forest|${MINE}|fields?|training grounds?|(?:railway|train|bus)\s+station|massacres?|pogroms?|firing ranges?|highways?|roads?|airport|air ?base|(?:military\s+|naval\s+)?base|residence|airfield|(?:sea)?port|radar station|${POWER_PLANT}|pipeline|bridge|checkpoint|border crossing|border post|border gate|resort|sanatorium|observation (?:post|point)|outpost|crossing|corridor|dam|tunnel|canal|municipality|(?:administrative-)?territorial\s+units?|mayor|villagers|rayon|oblast|exclave|enclave|(?:populated\s+)?localit(?:y|ies)|sections?\s+of\s+the\s+(?:border|frontier|front|line|road|highway)|deposits?|(?:[\p{Ll}]+(?:-[\p{Ll}]+)?\s+(?:and\s+[\p{Ll}]+\s+)?)deposits?)\b|^\s+is\s+(?:ours|Armenian|Azerbaijani|Armenia|Azerbaijan|Artsakh)\s*!|^\s+(?:is|was|are|were)\s+(?:located|situated)\s+(?:in|near|on|at|along|between|about|some|\d)`,
	'u'
);
/** "the X-Y section": after a dashed pair, a stretch of a border or a road. */
/**
 * A name placed by a bigger place: "Roshchinsky in the Samara region.", "X in the Y district,", "Chkalovsky outside
 * Moscow" (not "Authorities in the Y region said": the caller asks for a name inside a sentence).
 */
export const PLACED_AFTER = new RegExp(
	String.raw`^\s+in\s+the\s+${NAME_RUN}\s+(?:region|district|province|krai|oblast|territory)(?:,|[.;](?=\s|$))|^\s+(?:just\s+)?outside\s+(?:the\s+(?:city|town|village)\s+of\s+)?\p{Lu}\p{Ll}`,
	'u'
);
export const SECTION_AFTER = /^\s+(?:section|stretch|segment)\b/;
/** The heads that are part of a feature's own name ("Sarsang reservoir"), not a settlement's. */
export const FEATURE_HEAD = new RegExp(
	String.raw`^[\s-]+(?:monast(?:ery|ic) complex|monastery|church|cathedral|temple|mosque|memorial|monument|fortress|citadel|castle|(?:military\s+)?cemetery|river|lake|(?:water\s+)?reservoir|valley|gorge|canyon|${PASS}|mountains?|range|ridge|plateau|heights|forest|${MINE}|highway|road|airport|air ?base|(?:military\s+|naval\s+)?base|residence|airfield|(?:sea)?port|radar station|${POWER_PLANT}|pipeline|bridge|checkpoint|border crossing|border post|crossing|corridor|dam|tunnel|canal|(?:[\p{Ll}]+(?:-[\p{Ll}]+)?\s+(?:and\s+[\p{Ll}]+\s+)?)?deposit)\b`,
	'iu'
);
/** "Mount Murov", "Lake Sevan", "Saint Hovhannes": the first word says what the name is. */
export const PLACE_FIRST =
	/^(?:Mount|Mt\.?|Lake|River|Cape|Fort|Port)\s+\p{Lu}|\s(?:Lake|River|Mountains?|Ridge|Gorge|Valley|Pass|Reservoir|Forest|Plateau|Heights|Hills?|Plain|Range|Autonomous Republic|Oblast|Krai|Kray|Territory|Province|Region|Mosque|Sea|Ocean|Gulf|Bay|Strait|Peninsula|Desert|Highlands|Steppe|Monastery|Monasteries|Temple|Cathedral|Corridor|Highway|Road|Bridge|Checkpoint|Airport|Airfield|Dam|Canal|HPP|(?:Hydropower|Power) (?:Plant|Station))$|(?<!\bMilitary|^(?:Southern|Northern|Eastern|Western|Central|North|South|East|West))\s(?:District|Rayon|Marz)$/u;
/**
 * World regions and capitals the press names with no cue at all ("an expert on the Caucasus",
 * "courting Paris and Washington"): place-like wherever they stand, like a country's name.
 */
export const WORLD = new Set(
	(
		'Caucasus Transcaucasia Caspian Mediterranean Balkans Levant Anatolia Crimea Donbas Siberia Urals Volga Europe Asia Africa Eurasia Dagestan Chechnya Ingushetia Abkhazia Ossetia Transnistria Pridnestrovie Adjara Javakheti Nakhchivan Zangezur Syunik ' +
		// Armenia's provinces, which GeoNames' list of towns does not all hold.
		'Aragatsotn Gegharkunik Kotayk Shirak Tavush ' +
		// The seat of the Armenian Church, which GeoNames' list knows only as Vagharshapat.
		'Etchmiadzin Echmiadzin Ejmiatsin ' +
		// The American states of the Armenian diaspora's press ("the Massachusetts congressional delegation").
		'California Massachusetts ' +
		'Washington London Paris Berlin Rome Madrid Vienna Warsaw Kyiv Kiev Tbilisi Tehran Beijing Tokyo Delhi Islamabad Kabul Baghdad Damascus Beirut Jerusalem Cairo Riyadh Doha Dubai Astana Tashkent Bishkek Dushanbe Ashgabat Budapest Prague Bucharest Belgrade Athens Stockholm Oslo Helsinki Copenhagen Riga Vilnius Tallinn Chisinau Ottawa Strasbourg Istanbul'
	).split(' ')
);
/** The same, of two words ("trade with Central Asia", "farmers in Vayots Dzor"). */
const WORLD_PAIRS = [
	'Central Asia',
	'Middle East',
	'Far East',
	'North Caucasus',
	// The two ranges ("heights on the ridge of the Greater Caucasus"); the South Caucasus is curated.
	'Greater Caucasus',
	'Lesser Caucasus',
	// Russia's other missions and bases, which analyses of this one compare it with.
	'North Ossetia',
	'South Ossetia',
	// An ancient kingdom, a historical state like "the Soviet Union" (settled in session 26, eval/README).
	'Caucasian Albania',
	'Vayots Dzor',
	'Eastern Europe',
	'Western Europe',
	'Persian Gulf'
];
for (const pair of WORLD_PAIRS) WORLD.add(pair);
/** A place named with "the" before it ("routes to Iran and the Gulf", "at the Vatican"); without it, a word of description ("a Gulf analyst"). */
export const WORLD_AFTER_THE = new Set(['Gulf', 'Vatican']);
/** "Armenian", "Azerbaijanis", "Turkish", "Chinese": a country's name with a demonym's ending. */
export function isCountryDemonym(word: string): boolean {
	if (/^Azeris?$/.test(word) || IRREGULAR_DEMONYM.test(word)) return true;
	const names = countryNames();
	for (const end of ['ians', 'ian', 'ans', 'an', 'ns', 'n', 'anis', 'ani', 'is', 'i', 'ese', 'ish']) {
		if (!word.endsWith(end)) continue;
		const stem = aliasKey(word.slice(0, -end.length));
		for (const tail of ['', 'a', 'ia', 'y', 'ey', 'e']) if (names.has(stem + tail)) return true;
	}
	return false;
}
/** "Azerbaijani", "Israeli", "Saudi": a word in -i is a demonym when it is a country's name plus -i. */
export const isDemonymI = (name: string) =>
	/^(?:Saudi|Somali|Farsi|Hindi|Dari|Yazidi|Karabakhi|Nakhchivani|Emirati)$/.test(name) ||
	countryNames().has(aliasKey(name.slice(0, -1)));

/** An ordinal in Roman numerals: "VIII Summit", "XV Congress". */
export const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)$/;
/** What a movement's name runs on with after the place that opens it: "Tavush for the Motherland". */
export const MOVEMENT_FOR =
	/^\s+for\s+the\s+(?:Motherland|Homeland|Fatherland|Nation|Future|Republic|People)\b/;
/** Goods a brand in marks names: “Belarus” tractors, “Ural” trucks. */
export const BRAND_GOODS =
	/^\s+(?:tractors?|trucks?|lorr(?:y|ies)|cars?|buses|vans?|jeeps?|combines?|harvesters?|excavators?|bulldozers?|motorcycles?|brand)\b/;
export const TITLE =
	/^(President|Prime|Minister|Deputy|Secretary|Secretary-General|Ambassador|Adviser|Advisor|Spokesman|Spokesperson|Chancellor|Chairman|Chief|General|Head|Assistant|Director|Commander|Governor|Mayor|Envoy|Ombudsman|Mr|Mrs|Ms|Dr|Father|Archbishop|Bishop|Archimandrite|Deacon|Abbot|Reverend|Rev|Fr)$/;
/**
 * "…, Irina Petrosyan, Vice-Mayor of Goris, reported": a titled appositive closed by a comma and a
 * speech verb follows a person, even where a list of villages runs into the name.
 */
export const TITLED_APPOSITIVE = new RegExp(
	String.raw`^,\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+-)?(?:${TITLE.source.slice(1, -1)})\b[^,.;\n]{0,80},\s+(?:\w+\s+)?(?:${SPEECH}|reported)\b`,
	'u'
);
/** A title before "of": "Prime Minister of", "the Ambassador of". */
export const TITLE_OF = new RegExp(String.raw`\b(?:${TITLE.source.slice(1, -1)})\s+of\s+$`);

// The cues findUnmatched (placelike.ts) reads around the pieces it judges.
/** A facility's head earlier in the clause, then "at/in/near" right before a name: "the checkpoint was set up at X". */
export const SITE_BEFORE = /\b(checkpoint|bridge|crossing|base)\b[^.,;:!?“”"]{0,50}\s(?:at|in|near)\s+$/i;
/** A list item's mark at the start of its line: "• ", "- ", "* ". */
export const BULLET = /^[ \t]*[•·▪◦*–-][ \t]+/;
/** A numbered list's marker opening a line: "3. ", "2) ". */
export const NUMBERED = /^[ \t]*\d{1,2}[.)][ \t]+/;
/** Why a square or a street after a place's possessive is reported (STREET: words.ts). */
export const STREET_WHY = 'a square or street of a place named before it';
/** A unit's head words, capitalised as in an official name ("Economic Region", "District"). */
export const UNIT_HEADS = /^(?:Economic\s+)?(?:Region|District|Rayon|Province)$/;
/** A name less a leading demonym and a trailing religious building's head ("Albanian Khudawang Temple" → Khudawang). */
export const CORE =
	/^(?:\p{Lu}\p{Ll}+(?:ian|ani|ish)\s+)?(.+?)(?:\s+(?:Temple|Monastery|Church|Cathedral))?$/u;

/** " (Amiranlar) in ": a one-word other name in brackets, then "in" before the place it lies in. */
export const OTHER_NAME_IN = /^ \(\p{Lu}\p{Ll}+\)\s+in\s+/u;
/** An event's or a cause's noun named for a place: "War", "Conflict", "Movement". */
export const EVENT_HEAD =
	/^(?:Wars?|Conflict|Crisis|Movement|Process|Talks|Summit|Offensive|Operation|Exodus|Blockade)$/;
/** A name in capitals and a dash, then a capitalised word: "BERKADZOR-An". */
export const GLUED_DATELINE = /^\p{Lu}{3,}(?=-\p{Lu}\p{Ll})/u;

/** The two countries of the conflict: a town GeoNames knows there is never an adjective that ends like one. */
export const INNER = ['AM', 'AZ'];
/** "Mr.", "Maj. Gen." right before a run: the name is a person's. */
export const TITLE_BEFORE = new RegExp(String.raw`\b(?:${TITLE_ABBREVIATIONS})\.\s*$`);
export const TITLE_ALONE = new RegExp(String.raw`^(?:${TITLE_ABBREVIATIONS})$`);

const inMarks = (body: string, at: number, length: number) =>
	/['‘“"«]/.test(body[at - 1] ?? '') && /['’”"»]/.test(body[at + length] ?? '');
/** For a name in marks ("the 'Gizilbulagh' gold mine"): 1 to read the words past its closing mark, and 1 again when a feature's head follows them, so that the span keeps the marks. */
export function marksAround(body: string, at: number, length: number): [number, number] {
	if (!inMarks(body, at, length)) return [0, 0];
	return [1, FEATURE_HEAD.test(body.slice(at + length + 1, at + length + 60)) ? 1 : 0];
}
