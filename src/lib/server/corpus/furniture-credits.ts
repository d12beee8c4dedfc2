/**
 * Furniture rules for what big outlets' saved pages carry around the story (holdout12, session 13): a
 * photo's credit in the forms of the wire and the American papers, the audio player, the paywall's
 * appeals, a wiki page's headings and licence. Kept apart from furniture.ts's general rules; both
 * lists run in `furnitureReason`.
 */
import type { Rule } from './furniture';
import { AGENCY_CREDIT_END, ENDS_LIKE_PROSE, PHOTO_DESK, PHOTOGRAPHER } from './furniture-captions';
import { MONTH, MONTH_SHORT } from './words';

/** A reporter's name: "Petrosyan", "Lena Moss", "Andrew E. Kramer"; two joined by "and". */
const REPORTER = String.raw`\p{Lu}\p{Ll}+(?:[ -](?:\p{Lu}\.|\p{Lu}[\p{L}’'-]+)){0,2}`;
// ("Times staff writer X": the paper's title for its reporter before the name.)
const REPORTERS = String.raw`(?:(?:\p{Lu}[\p{L}&.-]*\s+){0,2}\p{Lu}[\p{L}&.-]*[’']s?\s+|(?:\p{Lu}[\p{L}.]*\s+){0,2}(?:staff\s+)?(?:writer|reporter|correspondent)\s+)?${REPORTER}(?: and ${REPORTER})?`;
/** Where a reporter was: "Goris", "Tallinn, Estonia", "Riga, Latvia". */
const FILED_FROM = String.raw`\p{Lu}[\p{L}’'-]*(?:,? \p{Lu}[\p{L}’'-]*){0,3}`;
/**
 * One sentence of the credits under a story: who reported from where (others from elsewhere after "and" or ";"),
 * who contributed (from or in a place), or the wire's "Associated Press writers … contributed".
 */
const REPORTERS_SENTENCE = String.raw`(?:${REPORTERS} reported from ${FILED_FROM}(?:(?:,? and|;) ${REPORTER} from ${FILED_FROM})*\.|${REPORTERS}(?: in ${FILED_FROM})?(?: and ${REPORTER} in ${FILED_FROM})?,? contributed(?: reporting)?(?: (?:from|in) ${FILED_FROM})?\.|(?:\p{Lu}[\p{L}.]*\s+){0,3}(?:writers?|reporters?|correspondents?|journalists?)\s+\p{Lu}[^.!?]{0,160}\bcontributed(?: reporting)?\.?|Some (?:information|material) (?:for|in) this (?:report|story) (?:came|comes) from \p{Lu}[^.]{2,120}\.?)`;

/** A month's name in full or cut to three letters ("Sep", "Nov"). */
const MONTH_WORD = `${MONTH}|${MONTH_SHORT}`;

/** "Oct. 12, 2023, 11:03 AM UTC", "Sept. 27, 2023 5 AM PT": an American page's date and time (the month abbreviated or not). */
// ("NOVEMBER 10, 2020 / 2:41 PM": a wire's page sets the month in capitals and a slash before the time.)
const DATE_TIME = String.raw`[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?\s+\d{1,2},\s+\d{4}(?:,?|\s*[/·])\s+(?:\d{1,2}:\d{2}\s*(?:AM|PM|a\.m\.|p\.m\.)?|\d{1,2}\s*(?:AM|PM|a\.m\.|p\.m\.))(?:\s*(?:UTC|GMT|ET|EST|EDT|PT|PST|PDT|CT|BST|CET))?`;

/** "26 Sep 2023", "Nov 25, 2020", "May 8, 2024": a page's date, the month short or long. */
const DAY = String.raw`(?:\d{1,2}\s+(?:${MONTH_WORD})\.?,?\s+\d{4}|(?:${MONTH_WORD})\.?\s+\d{1,2},?\s+\d{4})`;
/** "23:10", "4:12 pm", "3 hrs ago": a time of day, or how long ago the page changed. */
const WHEN = String.raw`(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,3}\s+(?:hrs?|hours?|mins?|minutes?|days?)\s+ago)`;

/** One author's note: "Jane Doe is The Post's Moscow bureau chief.", "… is Caucasus editor at Harbour Post …", "… is a journalist based in Lindmoor." */
const AUTHOR_NOTE = String.raw`(?:\p{Lu}[\p{L}'’-]+\s+){1,3}is\s+(?:(?:the|The|(?:\p{Lu}[\p{L}.-]+\s+){0,2}\p{Lu}[\p{L}.-]+[’']s)\s+(?:[\p{L}'’.-]+\s+){0,4}(?:bureau chief|correspondent|reporter|editor|columnist|writer)\b|an?\s+(?:[\p{L}'’.-]+\s+){0,2}(?:journalist|reporter|writer|correspondent)\s+based\s+in\s+\p{Lu}[\p{L}’'-]*(?:,?\s+\p{Lu}[\p{L}’'-]*)*(?=\.)|(?:also\s+)?the\s+(?:co-?)?author\s+of\s+(?:(?:a|an|the|two|three|four|several|many|numerous|\d+)\s+)?(?:[\p{L}-]+\s+){0,2}(?:books?|monographs?|novels?|studies)\b|(?:[\p{L}'’./-]+\s+){1,3}(?:[Bb]ureau [Cc]hief|[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Cc]olumnist|[Ww]riter)\s+(?:at|for|with)\s+(?:[Tt]he\s+)?\p{Lu})[^.!?]{0,60}\.`;
export const CREDIT_RULES: Rule[] = [
	// A wire's slugs: "URGENT", "-- More to follow", "UPDATE - adds details, reaction", "Corrects … in paragraph 2 of story published Oct. 10",
	// "(FRANCE 24 with AFP and Reuters)": who the page took the story from.
	{
		re: new RegExp(
			String.raw`^(?:\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|MSK)?\s+)?(?:URGENT|FLASH|BULLETIN)$|^-{0,2}\s*\(?More to (?:follow|come)\)?(?:\.{1,3}|…)?$|^UPDATE\s*\d*\s*[-–—:]\s*(?:adds|updates|recasts|rewrites|changes)\b|^\(?(?:Corrects|Adds|Updates|Recasts)\s[^.()]{0,160}\b(?:paragraphs?|story published|headline|byline|dateline)\b[^()]{0,80}\)?\.?$|^\(\p{Lu}[\p{L}\d ]{1,24} with (?:${PHOTO_DESK})(?:(?:,| and) (?:${PHOTO_DESK}))*\)$`,
			'u'
		),
		why: 'wire credits'
	},
	// The author's name with the page's button glued on: "Anna Petrosyan Read more".
	{
		gate: (t) => t.endsWith('Read more'),
		re: /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2} Read more$/u,
		why: 'byline'
	},
	// "ABC/wires", "AFP with agencies": the outlet's own staff and the wires it drew on.
	{
		gate: (t) => t.length < 40 && /(?:wires|agencies)$/.test(t),
		re: /^\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2}\s*(?:\/|\bwith\b|\band\b)\s*(?:wires|agencies)$/u,
		why: 'wire credits'
	},
	// A German or Swiss page's credit under the story: its editors' initials and agencies ("zc/fb (AFP, Reuters, AP)"), an AFP
	// story's sign-off ("bur-gw/jj"), or its agencies in brackets with slashes ("(Keystone-SDA/dpa/afp)").
	{
		gate: (t) => t.includes('/'),
		re: /^\p{Ll}{2,4}(?:-\p{Ll}{2,4})*(?:\/\p{Ll}{2,4})+(?:\s*\([\p{L}, -]{2,60}\))?$/u,
		why: 'wire credits'
	},
	{
		gate: (t) => t.startsWith('(') && t.includes('/'),
		re: new RegExp(
			String.raw`^\((?=[^)]*\b(?:${PHOTO_DESK}|dpa|sda|ats|ansa|efe)\b)[\p{L}-]{2,20}(?:\/[\p{L}-]{2,20}){1,4}\)$`,
			'iu'
		),
		why: 'wire credits'
	},
	// A caption's credit after its last sentence, the photographer and the outlet ("… on Thursday. Jane Doe/The Harbour Post"),
	// or who handed the photo to which agency ("… 1 October 2023. Harbour Ministry via AP").
	{
		gate: (t) => !ENDS_LIKE_PROSE.test(t) && (t.includes('/') || t.includes(' via ')),
		re: new RegExp(
			String.raw`[.!?]\s+(?:${PHOTOGRAPHER}\s*\/\s*\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2}|[^.!?]{2,60}\svia\s+(?:${PHOTO_DESK}))$`,
			'u'
		),
		why: 'photo caption'
	},
	// "… October 28, 2020. REUTERS/Jane Doe", "… (Jane Doe/AFP/Getty Images)", "… on Oct. 8. Jane Doe / AFP - Getty Images".
	{ gate: (t) => t.includes('/'), re: AGENCY_CREDIT_END, why: 'photo caption' },
	// RFE/RL's caption: the country, a dash, what the photo shows and its date ("Portvale - Crews on the pier, August 2, 2022.").
	{
		gate: (t) => t.includes(' -'),
		re: new RegExp(
			String.raw`^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+-{1,2}\s+\p{Lu}[^!?]{10,200},\s+(?:${MONTH})\s+\d{1,2},\s+\d{4}\.?$`,
			'u'
		),
		why: 'photo caption'
	},
	// "… on a trip for journalists. Credit...Jane Doe for The Harbour Times": the American papers' credit.
	{
		gate: (t) => t.includes('Credit'),
		re: /[.!?]\s+Credit\s*(?:\.{2,}|…|:)\s*\p{Lu}[^.!?]{1,80}$/u,
		why: 'photo caption'
	},
	// "Jane Doe is The Post's Moscow bureau chief.", "… is the Moscow bureau chief for The Times. More about Jane Doe",
	// one sentence for each of two authors,
	// "Jane Doe is Caucasus editor at Harbour Post, and author of …" (no article: the desk's name after at/for).
	{
		gate: (t) => t.includes(' is '),
		re: new RegExp(`^${AUTHOR_NOTE}(?:\\s+${AUTHOR_NOTE})*(?:\\s+More about\\s[^.!?]+)?$`, 'u'),
		why: 'author’s note'
	},
	// Who filed from where and who helped, under the story, one sentence or several: "Petrosyan reported from Tallinn,
	// Estonia.", "Anton X reported from Goris, and Ivan Y from Tbilisi.", "CNN's X reported from London; Y from Goris.",
	// "Andrew E. X contributed reporting from Yerevan.", "Lena Moss in Moscow contributed.", "Associated Press writers … contributed.",
	// "Some information for this report came from Reuters and AFP.".
	{
		gate: (t) =>
			t.includes('contributed') ||
			t.includes(' reported from ') ||
			t.includes(' this report') ||
			t.includes(' this story'),
		re: new RegExp(`^${REPORTERS_SENTENCE}(?:\\s+${REPORTERS_SENTENCE})*$`, 'u'),
		why: 'byline'
	},
	// "Text and photos by Mariam X", "Text and photo: X": who wrote and photographed the piece.
	{ re: /^Text and photos?(?: by|\s*:)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}$/u, why: 'byline' },
	// A continental paper's byline in its language, the desk in brackets: "Par Luc X (envoyé spécial à Latchine)", "Von Anna X".
	{
		gate: (t) => /^(?:Par|Von|Por) /.test(t),
		re: /^(?:Par|Von|Por)\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}(?:\s+(?:et|und|y)\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})?(?:\s*\([^()]{2,50}\))?$/u,
		why: 'byline'
	},
	// A continental paper's byline with the desk in brackets: "Anne Dupont et Marc Petit (Moscou, correspondant)".
	{
		gate: (t) => t.endsWith(')'),
		re: /^\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}(?:\s+(?:et|and|und|e|y)\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})?\s+\((?:[^()]{1,30},\s*)?(?:correspondante?s?|correspondents?|envoyée?s?\s+spéciale?s?|special\s+correspondent|Korrespondent(?:in)?)\)$/u,
		why: 'byline'
	},
	// A broadcaster's desk and where the reporter filed from, on the line under the name: "BBC News, Goris", "BBC News, Kalbajar district".
	{
		gate: (t) => t.includes(' News'),
		re: /^(?:BBC|CNN|Sky|ABC|NBC|CBS|Fox|Euronews|France 24|Al Jazeera)\s+News(?:\s+\p{Lu}\p{L}+)?,\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?(?:\s+(?:district|region|province))?$/u,
		why: 'byline'
	},
	// A site's audio player: "Listen to this story.", "Press play to listen to this article", "Listen to article 5 min",
	// "Listen (2 min)", "Listen · 4:12", "Listen In English", "Your browser does not support the <audio> element.", "This audio is created with AI assistance",
	// "Écouter cet article".
	{
		re: /^(?:Press play to listen|Listen) to (?:this |the )?(?:story|article)(?:\s*[•·|-]\s*\d{1,2}:\d{2}|\s+\d{1,2} min|\.\s+Enjoy more audio\b.*|\.)?$|^Listen(?: in [a-z]+)?(?:\s*\(\d{1,2} min\)|\s*[•·|]\s*\d{1,2}:\d{2})?$|^Your browser does not support the <?(?:audio|video)>? (?:element|tag)\.?$|^Enjoy more audio\b|\blistening to our audio articles\b|^This audio is (?:created|generated|produced) (?:with|by|using) (?:AI|artificial intelligence)\b|^Écouter cet article$|^Artikel (?:anhören|vorlesen)$/i,
		why: 'page chrome'
	},
	// A paywall's appeal and the reader's tools: "We rely on advertising to help fund our journalism.", "Reuse this content (opens in new window)".
	{
		re: /^We rely on (?:advertising|readers|subscri\w+|donations)\b|^(?:Choose to |Please |Help us )?(?:support|fund|subscribe)\b[^.!?]{0,80}\bjournalism\b|\bwhen you subscribe(?: now)?\.?$|\bSign up here\.?$|\(opens (?:in )?(?:a )?new (?:window|tab)\)$|^Our Standards\s*:|^Learn more$/i,
		why: 'page chrome'
	},
	// A wiki page's section heading ("2021[edit]"), its footer and licence.
	{ gate: (t) => t.endsWith(']'), re: /^[^.!?]{1,60}\[edit\]$/, why: 'wiki heading' },
	{
		re: /^This page was last edited on\b|^Text is available under the Creative Commons\b/,
		why: 'copyright line'
	},
	// "Oct. 12, 2023, 11:03 AM UTC / Updated Oct. 12, 2023, 2:41 PM UTC" alone on its line; "Details added (first version posted at 11:02)",
	// "Details added: first version posted on 13:10"; "NOVEMBER 10, 2020 / 2:41 PM / UPDATED 3 HOURS AGO".
	{
		gate: (t) => t.includes(':') || t.includes('M'),
		re: new RegExp(
			String.raw`^${DATE_TIME}(?:\s*[/|]\s*(?:(?:Last )?[Uu]pdated:?\s+${DATE_TIME}|UPDATED \d{1,2} (?:MINUTES?|HOURS?|DAYS?) AGO))?$|(?:\(|:\s*)first version posted (?:at|on) \d{1,2}[:.]\d{2}\)?$`
		),
		why: 'time stamp'
	},
	// A page's date with its time or its update, alone on the line: "Nov 25, 2020 Updated 3 hrs ago",
	// "26 Sep 2023 | Updated 23:10", "4:12 pm, May 8, 2024". A date alone (a timeline's heading) stays.
	{
		gate: (t) => /\d/.test(t) && t.length < 70,
		re: new RegExp(
			String.raw`^(?:${DAY}(?:\s*[|/·,-]?\s*(?:(?:Last\s+)?[Uu]pdated|Published)?:?\s*${WHEN})+|${WHEN},?\s+${DAY})$`,
			'i'
		),
		why: 'time stamp'
	},
	// A wire's line for the reporters who helped: "--With assistance from Tom Reyes."
	{ re: /^-{0,2}\s*With assistance from\s+\p{Lu}/u, why: 'wire credits' },
	// A gallery's counter before each caption: "1 / 8. Eco-activists hold flags on the road below Shusha."
	{ gate: (t) => t.includes('/'), re: /^\d{1,3}\s*\/\s*\d{1,3}[.:)]?\s+\p{Lu}/u, why: 'photo caption' },
	// The author's line at the end: "Robyn X is The Post's Moscow bureau chief. Natalia X contributed from Riga, Latvia.",
	// "Nina X is a senior fellow at the Y Institute. Twitter: @ninax".
	{
		gate: (t) => t.includes(' is '),
		re: /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}\s+is\s+(?:[Tt]he|an?)\s+[^.]{0,80}\b(?:bureau chief|correspondent|reporter|editor|fellow|columnist)\b[^.]{0,80}\.(?:\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}\s+contributed\b[^.]{0,60}\.|\s+(?:Twitter|X)\s*:\s*@\w{2,30})$/u,
		why: 'byline'
	},
	// Who signs it, and when: "Text by: FRANCE 24", "Text and photos: Emil X", "Ilaria Romano 27 March 2024".
	{
		re: new RegExp(
			String.raw`^(?:Text|Video)(?: and (?:photos?|pictures))?(?: by)?\s*:\s*\p{Lu}|^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2} \d{1,2} (?:${MONTH}) \d{4}$`,
			'u'
		),
		why: 'byline'
	},
	// A broadcaster's stamp: "CBC Radio · Posted: Sep 22, 2023 4:00 AM EDT | Last Updated: September 22, 2023".
	{
		gate: (t) => t.includes('Posted:'),
		re: new RegExp(String.raw`(?:^|·\s*)Posted:\s+(?:${MONTH_WORD})\.? \d{1,2}, \d{4}\b`, 'u'),
		why: 'time stamp'
	},
	// A caption's credit after its last sentence: "… November 2023. Astrig X for CRISIS GROUP", "… flag. – Image via the
	// Presidential Administration.", "… February 2024. - Copyright Euronews", "Illustration by Armine X.".
	{
		re: /[.!?]\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}\s+for\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,3}$|\s[–—-]\s+(?:(?:Image|Photo|Picture)s?\s+(?:via|courtesy(?: of)?)\s+[^.]{2,60}|Copyright\s+\p{Lu}[\p{L} .&]{1,30})\.?$|^(?:Illustration|Graphics?|Map)s? by \p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3}\.?$/u,
		why: 'photo caption'
	},
	// The reader's tools a site prints under the story: "Save articles to read later …", "Like this story? Share it
	// with a friend!", "… selecting the text and pressing Ctrl+Enter", a Russian site's "Подписывайтесь на … в Telegram".
	{
		re: /^Save articles to read later\b|\bShare it with (?:a|your) friends?!?$|\bCtrl\s*\+\s*Enter\b|^Подписывайтесь\s/iu,
		why: 'page chrome'
	}
];
