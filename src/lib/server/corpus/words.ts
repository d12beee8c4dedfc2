/** Word lists the place finders share: what never starts a name, and organisations named for a place. */

const STOP = new Set(
	(
		'The A An Another In On At As By For From To Of And But Or If So Yet Not No It He She They We I You This That These Those God Allah Is Are Was Were Do Does Did Has Have Had Will Would Can Could Should Why What How Who Which Where When Whose Whom ' +
		'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
		'September October November December Home Photo Source Meanwhile Meantime Protect However Nevertheless Earlier Firstly Secondly ' +
		'Despite Since According Contacted Citing Commenting Meetings Officials Last Comments Discussion Leave Risky Official ' +
		'Our My Your His Her Their Its Ethnic Several Many Some Both All Every Each Other Residents Villagers ' +
		'After Before During While When Whenever Until Upon Through Across Along Within Without Beyond Behind Toward Towards Once ' +
		// Prepositions of place opening a sentence ("Near Lisagor, a post …"): the cue, not the name's first word.
		'Near Outside Inside Around Into Via Above Below Beside Amid Among Between ' +
		'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Wire Article Paragraph Section Chapter Resolution Clause Point Reply ' +
		// Sentence adverbs and connectives open sentences in every outlet's style ("Besides, Baku and …").
		'First Besides Moreover Furthermore Additionally Also Still Instead Rather Thus Therefore Hence Indeed Likewise Similarly Otherwise ' +
		'Consequently Subsequently Later Then Now Today Yesterday Tonight Currently Previously Initially Finally Lastly Overall ' +
		'Notably Importantly Separately Accordingly Nonetheless Regardless Alternatively Specifically Unfortunately Fortunately ' +
		// Focus adverbs and conjunctions before a subject ("Even Kazakhstan has offered", "Unlike Armenia, …"); not "Nor", which opens Armenian names ("Nor Karmiravan").
		'Even Only Just Perhaps Maybe Almost Nearly Already Again Especially Particularly Mainly Mostly Never Always Often Any ' +
		'Sometimes Neither Either Whereas Although Though Because Unlike Like Including Except Given Considering Regarding Concerning ' +
		// ("Following Kazakhstan’s proposal, …", "Recently, US Secretary …": session 39's probes.)
		'Following Recently Lately ' +
		// Adverbs of place open a sentence too ("Below, the village was empty").
		'Below Above Here There Elsewhere ' +
		// Number words, capitalised in a headline ("A Village Cut in Two") or opening a sentence ("Two families stayed").
		'One Two Three Four Five Six Seven Eight Nine Ten Dozens Hundreds Thousands ' +
		// Common words that open a sentence before a place's noun ("Border regions that suffered …", "Nearby villages").
		'Border Frontline Rural Remote Nearby Neighbouring Neighboring Surrounding Entire Whole ' +
		// A headline's or an outlet's adjective before a place ("in Occupied Karvachar", "Liberated Shusha").
		'Occupied Liberated ' +
		// A headline's verb in Title Case ("…, Defense Ministry Says", "Says Moscow").
		'Says Tells Warns Claims Insists Urges Vows ' +
		// A language's abbreviation before another name of a place ("Parukh (Azerb. Farukh)").
		'Azerb Arm Rus ' +
		// Kin called by name in a quote ("‘Mama, eat something’"), whatever hamlet GeoNames knows by it.
		'Mama Mamma Mum Mom Papa Dad Daddy Granny Grandma Grandpa Nana'
	).split(' ')
);

/** STOP in any case: datelines write months in capitals ("DECEMBER 13"). */
export const isStop = (t: string) =>
	STOP.has(t) ||
	(t.endsWith('ly') && SENTENCE_ADVERB.test(t)) ||
	(t.endsWith('al') && ADJECTIVE_AL.test(t)) ||
	(hasCapitalAfterFirst(t) && STOP.has(t.charAt(0) + t.slice(1).toLowerCase()));
/** An adjective opening a sentence or a title ("Residential areas", "Presidential aide X"): no place ends so (GeoNames: none). */
const ADJECTIVE_AL = /^\p{Lu}\p{Ll}{3,}(?:ential|ntial|cial|ional)$/u;
/** An adverb of manner opening a sentence ("Simultaneously, Baku demanded"): no place ends so. */
const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}{3,}(?:ously|ally|ively|ingly|edly|ately|ently|antly|icly)$/u;
/** Whether lower-casing t after its first character could change it (most words: no, and no copy is made). */
function hasCapitalAfterFirst(t: string): boolean {
	for (let i = 1; i < t.length; i++) {
		const c = t.charCodeAt(i);
		if ((c >= 65 && c <= 90) || c > 127) return true;
	}
	return false;
}

/**
 * "Voice of America", "Public Radio of Armenia", "Bank of Georgia", "the Diocese of Artsakh": an organisation named for a place.
 * A state's parliament is its body, named "of" its country as its ministries are ("the National Assembly
 * of Armenia" names Armenia, eval/README); "the Armenian Assembly of America" does not.
 */
export const ORG_OF =
	/\b(?:Voice|Radio|Wives|Mothers|Widows|Television|TV|Times|Bank|University|(?:News|Information|Press) Agency|News|Academy|Church|Patriarchate|Diocese|Archdiocese|Eparchy|Prelacy|See|Court|Institute|Studies|National Committee|Commission|(?<!National )Assembly|Chamber|Mission|Information Headquarters) of (?:the )?$/;
/** A settlement's noun after a name: "Chartar town", "Sus village". */
const SETTLEMENT_NOUN = /^\s+(?:town|village|city|settlement|community)\b/;
/**
 * Whether body[at, end) stands after an organisation's "of" (ORG_OF: "the Voice of America"), so that it is
 * no place: unless the text calls it a settlement ("the Saint Vardan Church of Chartar town", a building there).
 */
export function afterOrgOf(body: string, at: number, end: number): boolean {
	return (
		body.slice(Math.max(0, at - 7), at).includes('of ') &&
		(ORG_OF.test(body.slice(Math.max(0, at - 30), at)) ||
			MEMBERS_OF.test(body.slice(Math.max(0, at - 80), at))) &&
		!SETTLEMENT_NOUN.test(body.slice(end, end + 12))
	);
}
/**
 * "the Union of Freight Carriers of Armenia", "the Federation of Azerbaijani Associations of Turkey": an association of
 * members "of" a country is no state body, so no place, as "the Armenian Assembly of America" is not (a state's
 * "Council of Ministers of …" is its body and names it).
 */
const MEMBERS_OF =
	/\b(?:Union|Federation|Associations?|Council|Congress|Society|League|Confederation)\s+of\s+(?!Ministers\b)(?:[\p{L}’'-]+\s+){1,4}of\s+(?:the\s+)?$/u;

/**
 * A document named for the place it was signed or launched in: “the Alma-Ata Declaration”, “the
 * Madrid Principles”, “the Prague process”, “the Sochi statement”, “the Moscow Agreement”. The name is the document's, not a
 * place mention (right after the place name; "the Moscow-Baku format": a second place joined by a dash).
 */
export const DOCUMENT_AFTER =
	/^(?:[-–]\p{Lu}\p{L}+)?[\s-]+(?:[Dd]eclaration|[Pp]rinciples|Accords?|Agreements?|Protocol|Communiqu[eé]|Memorandum|Charter|Conventions?|Treaty|statement|process|format|document)\b/u;

/** "the title of Hero of Russia", "National Hero of Azerbaijan": an award's name, which a country ends. */
export const AWARD_BEFORE = /\b(?:National\s+)?Heroe?s?\s+of\s+(?:the\s+)?$/;

/** A site named by its address ("NEWS.am", "www.example.az", "russia-artsakh.ru"): a masthead or an outlet, never a place. */
export const SITE_ADDRESS =
	/^(?:www\.)?[\p{L}\d-]{2,}(?:\.[\p{L}\d-]+)*\.(?:am|az|ru|ge|tr|ua|by|kz|com|net|org|info|news|media|tv|io|eu|uk|de|fr)$/iu;

/** Platforms a statement is posted on ("posted to Facebook"): where it was said, never a place, never who said it. */
const PLATFORM_NAMES = 'Facebook Twitter Telegram Instagram YouTube TikTok WhatsApp VKontakte Zoom Skype';
export const PLATFORMS = new Set(PLATFORM_NAMES.split(' '));
/** News agencies and outlets, and the platforms: sources, never places (“in Kommersant” is not a town). */
export const OUTLETS = new Set(
	(
		'Carnegie Chatham Brookings TASS SANA Tasnim Mehr Interfax RIA Novosti Sputnik Kommersant Izvestia Vedomosti Meduza Armenpress Azertac APA Trend Report Turan Caliber Azatutyun CivilNet Asbarez Hetq Reuters AFP AP Anadolu Bloomberg Eurasianet JAMnews Euronews BBC CNN Xinhua Haqqin Oxu Azernews Arminfo Mediamax Lragir Aravot Hraparak Shamshyan Duvar Meydan Minval Zvezda RBC ARKA Hürriyet Hurriyet TRT PanARMENIAN Jazeera Ukrinform Ekho EFE ANSA Kyodo Yonhap PanArmenian Panorama AzVision Sabah Haberler Interpressnews Tert Lenta Gazeta EADaily Regnum Vesti NPR PBS NBC CBS ABC DW VOA Qafqazinfo Artsakhpress Radar IRNA ISNA dpa ' +
		PLATFORM_NAMES
	).split(' ')
);

/** A word of a known outlet's name, as written or in capitals ("ARMENPRESS", "INTERFAX"). */
export const isOutletWord = (w: string) =>
	OUTLETS.has(w) || (w.length > 2 && OUTLETS.has(w[0] + w.slice(1).toLowerCase()));

/** An outlet named by a known word ("Reuters", "IRNA"), by its site's address ("Caliber.az") or by its last word ("the Harbour Post", "the state news agency", "Kamyshin Today", "Novaya Gazeta"). */
export const isOutletName = (name: string) =>
	isOutletWord(name.split(' ')[0]!) ||
	SITE_ADDRESS.test(name) ||
	/\s(?:Post|Times|News|Agency|agency|Herald|Journal|Telegraph|Gazette|Gazeta|Tribune|Monitor|Today|Online|TV)$/.test(
		name
	);

/** Parties named by a word and their country, as the press prints them with no "party" after: no place in them. */
export const PARTY_NAME =
	/^(?:Bright Armenia|Prosperous Armenia|Free Armenia|United Russia|Just Russia|Fair Russia)$/;

/** A square, street or avenue's name ("Republic Square", "Baghramyan Avenue"): a place in a town. */
export const STREET =
	/^(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?:Square|Street|Avenue|Boulevard|Prospect|Prospekt|Park|Quarter|Alley)$/u;

/** A time's zone as pages print it after the time: "14:05 GMT", "15:08 CEST", "6:58 a.m. ET" (a regex alternation). */
/** The small words inside a person's name: "Thomas de Waal", "Ursula von der Leyen", "Osama bin Laden". */
const NAME_PARTICLE_LIST = 'de der den van von al el bin ibn da di du la le dos das';
export const NAME_PARTICLE = new Set(NAME_PARTICLE_LIST.split(' '));
/** The particles as a pattern's alternatives; one or two of them stand between a name's words ("von der"). */
export const PARTICLES = `(?:${NAME_PARTICLE_LIST.replaceAll(' ', '|')})(?:\\s+(?:der|den|la|le))?`;
export const TIME_ZONE = 'BST|GMT|UTC|CET|CEST|EET|EEST|MSK|AMT|AZT|EDT|EST|ET';
/** A ticker's time before its entry: "09:05 UTC", "14:48", "7:15 PM" (a regex piece). */
export const TICKER_TIME = String.raw`\d{1,2}:\d{2}(?:\s*(?:UTC|GMT|MSK|CET|ET|[AP]M))?`;
/**
 * A story's genre in capitals, as pages print it over or before the text ("ANALYSIS", "EXCLUSIVE - …"):
 * a section label alone on its line, and never a dateline's place (a regex alternation).
 */
export const RUBRIC =
	'COMMENTARY|ANALYSIS|OPINION|INTERVIEWS?|EXCLUSIVE|BREAKING(?: NEWS)?|UPDATE|LIVE(?: BLOG| UPDATES)?|FEATURES?|EXPLAINERS?|REPORTAGE|EDITORIAL|NEWS|PRESS RELEASE|TIMELINE|FACTBOX|PROFILE|OBITUARY|BACKGROUND|CONTEXT|' +
	// A site's section over the headline: "EUROPE", "WORLD", "POLITICS".
	'WORLD|EUROPE|ASIA|AFRICA|AMERICAS|MIDDLE EAST|POLITICS|SOCIETY|ECONOMY|BUSINESS|CULTURE|INTERNATIONAL';
/**
 * A body's own document, named with the body ("the ministry's bulletin", "a defence ministry statement"): its words are the
 * body's (a regex alternation).
 */
export const BODY_DOCUMENT = String.raw`statement|bulletin|communiqu[eé]|(?:press\s+)?release`;
/** A story's genre in capitals alone: never a place, a dateline's or any other. */
export const RUBRIC_WORD = new RegExp(`^(?:${RUBRIC})$`);

/** A note's mark a report copied with its notes puts after a word or before a note: "[5]", "⁵" (a regex alternation). */
export const NOTE_MARK = String.raw`\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+`;
/** The months in full, for the date lines and the dated captions (a regex alternation). */
export const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** The months cut short, as datelines and date lines write them ("Apr 20th 2024"; May is whole already). */
export const MONTH_SHORT = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
/** A month whole or cut short, with or without its point ("Jun", "Sept.", "November", "May"), as one group. */
export const MONTH_ANY = String.raw`(?:May|${MONTH_SHORT})[a-z]*\.?`;
/**
 * Months as saved pages' Russian, Turkish and Azerbaijani chrome writes them in a date ("18 октября 2023",
 * "26 Nisan 2024", "26 aprel 2024"): the genitive in Russian.
 */
export const MONTH_FOREIGN =
	'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık|yanvar|fevral|mart|aprel|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr|' +
	// A Russian page's short months: "17 апр 2024, 13:05".
	'(?:янв|фев|мар|апр|июн|июл|авг|сент?|окт|ноя|дек)\\.?';
/**
 * Titles and ranks a wire abbreviates before a name ("Maj. Gen. Kirill Kulakov", "Mr. Volkov", "Lt. Col."):
 * their point ends no sentence, the word is no place, and the name after them is a person's.
 */
export const TITLE_ABBREVIATIONS =
	'Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Brig|Sgt|Cpl|Pvt|Prof|Sen|Rep|Gov|Amb|Rev|Fr';
/** A weekday's name, as one regex group. */
export const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';

/**
 * The case endings Turkish and Azerbaijani copy puts after an apostrophe on a proper name ("Şuşa'da",
 * "Hankendi'de", "Azerbaycan'ın", "Ağdam'dan"), folded as the matcher folds names (ı → i, ü → u): the
 * name ends at the apostrophe, as it does before an English "'s".
 */
export const CASE_ENDINGS = new Set(
	'da de ta te dan den tan ten daki deki taki teki in un nin nun a e ya ye i u yi yu na ne nda nde ndan nden ndaki ndeki la le yla yle li lu dir dur'.split(
		' '
	)
);
/** Where the name in text[s, e) ends: at the apostrophe of a case ending ("Şuşa'da"), else at e. */
export function nameEnd(text: string, s: number, e: number, fold: (s: string) => string): number {
	for (let k = e - 2; k > s && k >= e - 6; k--)
		if (text[k] === "'" || text[k] === '’') return CASE_ENDINGS.has(fold(text.slice(k + 1, e))) ? k : e;
	return e;
}

/** A reflexive after a name: "The ICRC itself said", "Putin himself said". */
export const REFLEXIVE_END = /\s+(?:itself|himself|herself|themselves)$/;

/**
 * Words of a title-case headline that no proper name holds: a speech verb, an auxiliary, a possessive, a headline's
 * common verb or a number ("Artsakh Buries Three Police Officers", "a
 * Russian General Says His Troops …", "Azerbaijan Should Ensure Free Movement"). ("Will", "May" and "Can" are
 * given names too: not here.) As a word of its own, with the space or the line's start before it.
 */
export const NOT_IN_NAME =
	/(?:^|\s)(?:Says|Said|Tells|Told|Warns|Urges|Asks|Should|Must|Would|Could|Is|Are|Was|Were|Has|Have|Had|His|Her|Their|Its|Our|My|Your|Buries|Kills|Begins|Launches|Leaves|Enters|Flees|Accuses|Blames|Denies|Confirms|Rejects|Withdraws|Sends|Meets|Vows|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|Thousands)(?=\s|$)/;

/**
 * "pass" as a mountain pass's head, not the verb: never before a determiner, a possessive ("pass the
 * road") or a number ("arrivals from Karabakh pass 100,000"). ("to" says nothing: "over the Sotk pass to
 * Vardenis" is the pass, "Aghavno pass to Azerbaijan" the verb.) A regex piece.
 */
export const PASS = String.raw`pass(?!\s+(?:(?:our|your|their|his|her|its|my|the|a|an)\b|\d))`;

/** Truck makers the reports name their columns by ("Ural" only before what it makes: "the Ural river" is one). */
const MAKERS = 'KAMAZ|KamAZ|Kamaz|GAZ|ZIL|MAZ|UAZ|Tigr';
const MAKER = new RegExp(`^(?:${MAKERS})$`);
const URAL_TRUCK = new RegExp(
	String.raw`^\s*(?:type\b|trucks?\b|lorr(?:y|ies)\b|vehicles?\b|and\s+(?:(?:one|two|a)\s+)?(?:${MAKERS})\b)`,
	'i'
);
/** "the military truck “Ural”", "one Ural and one GAZ-66": the truck, counted or named after its kind. */
const URAL_BEFORE = /(?:\b(?:trucks?|lorr(?:y|ies)|vehicles?)\s*["“«]?|\b(?:one|two|three|four|five)\s+)$/i;
/** Peoples named in the plural ("between Turks and Russians"): never a place, whatever the words around. */
const PEOPLES = /^(?:Turks|Azeris|Kurds|Arabs|Persians|Jews|Greeks|Tatars|Lezgins|Avars|Yazidis)$/;
/** Whether the name at `at` is a truck's maker or a people in the plural. */
export const isMakerOrPeople = (body: string, at: number, name: string) =>
	MAKER.test(name) ||
	PEOPLES.test(name) ||
	(name === 'Ural' &&
		(URAL_TRUCK.test(body.slice(at + 4, at + 24)) || URAL_BEFORE.test(body.slice(Math.max(0, at - 20), at))));
