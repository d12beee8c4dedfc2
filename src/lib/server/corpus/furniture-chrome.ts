/**
 * Furniture rules for the controls that news sites print around a story (holdout13, session 14): a
 * live blog's buttons and bare entry times, an ad survey, copied-link toasts, comment buttons, menus,
 * bylines set as chrome, a photo's "© year owner" credit and a TV site's video links. (The site's own
 * notices and appeals: furniture-notices.ts.) Each names words no reporting uses in that shape; the
 * lists run in `furnitureReason`.
 */
import type { Rule } from './furniture';
import { MONTH, MONTH_FOREIGN, MONTH_SHORT, NOTE_MARK, TIME_ZONE } from './words';
import { AGENCY_DATELINE, TABLE_ROW } from './furniture-lines';

/** An embedded post's header: the author's name and handle, then its day, time and views after dots. */
export const EMBEDDED_POST_HEADER =
	/^\p{Lu}[\p{L}.’'-]+(?:\s+\p{Lu}[\p{L}.’'-]+){0,3}\s+@\w{2,30}(?:\s*[·•|]\s*[^·•|\n]{1,24}){0,4}$/u;

export const CHROME_RULES: Rule[] = [
	// A follow button's prompt: "Click the alert icon to follow topics:".
	{ re: /^(?:Click|Tap) (?:on )?the [\w ]{2,20} (?:icon|button) to\b/i, why: 'page chrome' },
	// Buttons and toasts on a line of their own.
	{
		re: /^(?:Show key events only|Please (?:turn on|enable) JavaScript\b.{0,60}|(?:Click|Tap) to (?:expand|enlarge)(?: (?:image|photo|picture))?|Link Copied!?|Copy link|Ad Feedback|(?:Show|Hide|View|Load) (?:all )?comments?(?: \(\d+\))?|Subscribe(?: now)?|Playlist|(?:\((?:Photo|Video|Audio)\)\s*)+|Reuse this content|Print version|Popular|Show news feed|Sponsor [Mm]essage|Lire en français|Read (?:it )?in (?:English|French|Russian|Armenian|Azerbaijani|Turkish)|Also available in \S+(?: \S+)?|This (?:text|article|news|page|story) (?:is )?(?:also )?available in\s+\S+(?:\s+(?:and\s+)?\S+){0,3})$/i,
		why: 'page chrome'
	},
	// A share button with its count, a back link, a news feed's label, a byline's handle: "Share1", "GO BACK", "News Line", "(@harbourpost)".
	{
		re: /^(?:(?:Share|Tweet|Email|Like)\s*\d+|Go back|Back to (?:top|news|home)|News ?line|\(@[\w.]{2,30}\)|(?:Published|Posted|Updated)\s*:\s*(?:(?:Published|Posted|Updated)\s*:\s*)*)$/i,
		why: 'page chrome'
	},
	// A fact box under its label ("Izvestia reference: the contingent …", "Fact box: …"): background the page
	// adds, not the story's reporting.
	{ re: /^(?:\p{Lu}[\p{L}.-]*\s+){0,3}(?:[Rr]eference|[Ff]act ?box)\s*:\s/u, why: 'fact box' },
	// An agency's dateline alone on its line ("YEREVAN, January 30. /ARKA/."): the story starts below it.
	{
		re: AGENCY_DATELINE,
		why: 'date line'
	},
	// A player's, a share box's and a live page's controls, a paywall's notice, a radio show's line, an appeal's label:
	// "Video PlayerClose", "Get short URL", "Paid Links", "Follow this page for live updates.", "Our live coverage has ended.
	// Follow …", "Watch the briefing in the player above.", "Heard on Morning Edition",
	// "Cet article est réservé aux abonnés.", "A Message from The Harbour Times:".
	{
		re: /^(?:Video Player\s*Close|Get short URL|Paid (?:Links|Content|Partner Content)|You can share this story on social media:?)$|^Follow this (?:page|blog) for (?:live )?updates\b|^Our live coverage (?:of [^.]{2,60} )?has (?:ended|moved|finished)\b|^Watch the (?:full )?(?:briefing|video|interview|press conference|speech|report) (?:in the player above|on [^.]{2,60})\.?$|^Support (?:us|our (?:work|journalism)|\p{Lu}[\p{L}.-]+)$|^Heard on \p{Lu}[\p{L} ]{2,40}$|^Cet article est réservé aux abonnés\b|^A Message from (?:The )?\p{Lu}[\p{L} .]{1,40}:(?:\s|$)/u,
		why: 'page chrome'
	},
	// A blog's and a wire's notes on the page itself: "Comments are closed.", a live page's "Earlier", "This post is also available in: …",
	// "(Compiled by X bureaus; Editing by Y)", "Please contact us for subscription options.", "Want more analysis
	// from X? …", a radio transcript's label and its rush-deadline notice.
	{
		re: /^(?:Comments are closed|Transcript|Feedback|Earlier|Previously)[.:]?$|^Why you can trust [^\s,.]+(?: [^\s,.]+){0,3}$|^This (?:post|page|article) is also available in\s*:|^\((?:Compiled|Reporting|Writing|Additional reporting|Editing)\s+by\b[^()]*\)$|^Please contact us for (?:subscription|licensing|reprint) (?:options|information)\.?$|^Want more (?:analysis|news|stories|coverage) from \S+\?|\btranscripts? (?:is|are) created on a rush deadline\b/iu,
		why: 'page chrome'
	},
	// A site's menu of sections ("Politics | Economy | Society | Culture | Sports | …") and a rubric with the day
	// ("Politics | 19 September 2023 14:35"), never a table's row.
	{
		gate: (t) => t.includes(' | ') && !TABLE_ROW.test(t),
		re: /^(?:[^|]{1,40}\|){3,}[^|]{1,40}$|^\p{Lu}\p{L}+\s*\|\s*\d{1,2}\s+\p{L}+\s+\d{4}(?:,?\s+\d{1,2}:\d{2})?$/u,
		why: 'navigation'
	},
	// A masthead in capitals: "RUSSIAN NEWS AGENCY", "REUTERS TICKER", "THE WALL STREET JOURNAL.".
	{
		re: /^(?:THE\s+)?(?:\p{Lu}{2,}\s+){0,3}(?:NEWS AGENCY|TICKER|JOURNAL|TIMES|GAZETTE|HERALD)\.?$/u,
		why: 'masthead'
	},
	// An advertiser's survey: "CNN values your feedback", "1. How relevant is this ad to you?".
	{ re: /^(?:\d+\.\s*)?How relevant is this ad to you\??$|\bvalues your feedback$/i, why: 'page chrome' },
	// A live blog's entry time alone ("17.41 BST", "Tue 19 Sep 2023 18.40 BST", "6:40 PM GMT+4", a wire's "1412 GMT") or an agency's time with its update
	// ("13:05 (updated: 13:48)"), its date or its zone ("26 Apr. 11:50 (UTC+3 MSK)", "6:58 a.m. ET, September 20, 2023",
	// "20 Sep 2023 · 12:05 GMT", a British page's "Wednesday 20 September 2023 19:30, UK").
	{
		re: new RegExp(
			String.raw`^\d{4}\s*(?:GMT|UTC|BST)$|^(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?(?:\d{1,2}\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}),?(?:\s+\d{4})?\s*[·•|]?\s+)?\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:${TIME_ZONE})(?:\s*[+−-]\s*\d{1,2}(?::\d{2})?)?|,\s*UK)?(?:,\s+[a-z]{3,9}\.?\s+\d{1,2},\s+\d{4})?(?:\s*\((?:updated|upd\.?)\s*:?\s*\d{1,2}[.:]\d{2}\))?(?:\s*\((?:UTC|GMT)\s*[+−-]\s*\d{1,2}(?::\d{2})?(?:\s+[a-z]{2,5})?\))?$`,
			'i'
		),
		why: 'time stamp'
	},
	// A page's date and time the rule above does not read: "18 октября 2023, 12:40", "January 30 2021 13:45:00",
	// "April 17, 2024 at 11:32 AM GMT+3", an agency's "Baku, Azerbaijan, April 26, 13:20", a site's "25 Ноября 2020 [10:14] - Today.Az", a live story's "UPDATE, March 24, 22:15 (first published):", a wire's "Friday, 26 August 2022, 15:08 CEST".
	{
		gate: (t) => t.includes(':'),
		re: new RegExp(
			String.raw`^(?:\p{Lu}\p{L}+,\s+(?:\p{Lu}\p{L}+,\s+)?)?(?:\d{1,2}\s+(?:${MONTH}|${MONTH_FOREIGN})|(?:${MONTH}|(?:${MONTH_SHORT})\.?)\s+\d{1,2}),?(?:\s+\d{4})?,?\s+(?:at\s+)?\[?\d{1,2}:\d{2}(?::\d{2})?\]?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:${TIME_ZONE})(?:\s*[+−-]\s*\d{1,2}(?::\d{2})?)?)?(?:\s+[-–—]\s+[\p{L}-]+\.\p{L}{2,4})?(?:\s*\([^()]{1,30}\))?:?$`,
			'iu'
		),
		why: 'time stamp'
	},
	// A page's time under its headline, bulleted or marked ("• 2020-11-10 17:39:20", "# 10:11"); an archive's
	// heading ("Tag Archives: …"); an ad's slot ("ARTICLE AD BOX"); a reprint's source ("(Source: Daily Sabah)", "(Source: X Ministry of Defence; issued Nov 12, 2020)").
	{
		re: /^\s*(?:[•#*]\s*)?(?:\d{4}-\d{2}-\d{2}\s+)?\d{1,2}:\d{2}(?::\d{2})?$/,
		why: 'time stamp'
	},
	{
		re: /^(?:Tag|Category|Author) Archives?:|^ARTICLE AD BOX$|^\(Source:\s*[^()]{2,80}\)$/,
		why: 'page chrome'
	},
	// A live blog's "Key events" box: each entry's heading after how long ago it went up ("20h ago Ceasefire agreed"),
	// a link to the entry, which the page prints again in full below.
	{ re: /^\d{1,2}\s?(?:h|hrs?|m|mins?|d)\s+ago\s+\S/, why: 'key events link' },
	// "Ruslan Rehimov | 30.01.2021": a reporter's name and the day, as an agency's page sets them under the headline; "Tom
	// Parfitt, Moscow | Marc Bennetts": the reporters, each maybe with the city they filed from.
	{
		gate: (t) => t.includes('|'),
		re: /^(?:\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}(?:, \p{Lu}\p{Ll}+)?\s*(?:\|\s*|$))+(?:\d{1,2}[./]\d{1,2}[./]\d{2,4})?$/u,
		why: 'byline'
	},
	// A site's menu saved as one line, its items apart by runs of spaces or tabs ("Politics  Economy  ICT  Society  Region").
	{
		gate: (t) => /\S(?: {2,}|\t)\S/.test(t),
		re: /^[\p{Lu}\d]\S*(?: \S+)?(?:(?: {2,}|\t+)[\p{Lu}\d]\S*(?: \S+)?){4,}(?:(?: {2,}|\t+).*)?$/u,
		why: 'navigation'
	},
	// "16:42 11.11.2020 (updated: 18:05 11.11.2020)": an agency's time, then its date and update.
	{
		re: /^\d{1,2}[:.]\d{2}\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:\s*\((?:updated|обновлено)\s*:?\s*\d{1,2}[:.]\d{2}(?:\s+\d{1,2}[./]\d{1,2}[./]\d{2,4})?\))?$/iu,
		why: 'time stamp'
	},
	// "Giriş Tarihi: 30.01.2021 13:45 | Son Güncelleme: …", "Опубликовано: 12.06.2024": when the page went up, labelled.
	{
		re: /^(?:Giriş Tarihi|Son Güncelleme|Yayın(?:lanma)? Tarihi|Опубликовано|Обновлено|Дата публикации|Published|Updated|Last updated)\s*:?\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/iu,
		why: 'time stamp'
	},
	// "14 декабря 2022, 13:05 | Просмотров: 8 412", "Views: 2,318": a page's count of readers.
	{
		re: /(?:^|\|\s*)(?:Просмотров|Просмотры|Views|Baxış(?:ların sayı)?|Görüntülenme|Okunma)\s*:?\s*[\d\s,.]+$/iu,
		why: 'view count'
	},
	// The same chrome in the languages the saved pages come in: "İlgili Haberler", "İLGİNİZİ ÇEKEBİLİR" (related, may
	// interest you), "Promoted Content", "MORE", "Contribuer", "Mehr zum Thema", "Поддержите «…»" (support us).
	{
		re: /^(?:İlgili Haberler|İLGİLİ HABERLER|İlginizi çekebilir|İLGİNİZİ ÇEKEBİLİR|Benzer Haberler|Daha fazla|Promoted Content|Sponsored Content|More|Contribuer|(?:À )?Lire aussi|Sur le même sujet|Mehr zum Thema)\s*:?$|^Поддержите\s/iu,
		why: 'page chrome'
	},
	// "Par Faustine Vincent (Erevan, envoyée spéciale)", "By RFE/RL's Armenian Service": who wrote it, in French or a desk's name.
	{
		re: /^(?:Par\s+)?\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}\s+\([\p{L} -]{2,30},\s+(?:envoyée?s? spéciale?s?|correspondante?)\)$|^(?:Par|Von|Por)\s+\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}(?:,\s+[^.!?]{2,50})?$|^By\s+\p{Lu}[\p{L}/’'.&-]*(?:\s+\p{Lu}[\p{L}/’'.&-]*){0,4}\s+(?:Service|Desk|Staff|Bureau|Team|Newsroom)$/u,
		why: 'byline'
	},
	// "The author is a political analyst …": a column's note on its writer.
	{
		re: /^The (?:author|writer) is (?:a|an|the)\s/u,
		why: 'byline'
	},
	// "Follow Harbour News on WhatsApp", "Watch Harbour News live": the outlet's own promotion.
	{
		re: /^Follow (?:us|\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}) on (?:WhatsApp|Telegram|X|Twitter|Facebook|Instagram|YouTube|TikTok|LinkedIn|Threads|Google News)$|^Watch \p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3} live$/u,
		why: 'share or subscribe line'
	},
	// "Here's the latest:", "What we covered here": a live blog's label over its entries.
	{
		re: /^Here[’']s (?:the latest|what (?:to|we) know|what happened)\s*:?$|^What we covered here$/i,
		why: 'section label'
	},
	// A live page's sign-off and its pointer to the story: "That’s it from our live team today, thank you for joining us.",
	// "You can keep up with the latest developments by reading our news story … here."; "Get notified of the latest updates from X."
	{
		re: /^That[’']s (?:it|all) (?:from|for) (?:us|our|the)\b|^You can (?:keep up|follow)\b.{0,160}\b(?:here|our live blog)\.?$|^(?:Get|Receive) (?:notified|notifications|alerts) (?:of|about|on|for) (?:the )?latest (?:news|updates|stories)\b.{0,40}$/iu,
		why: 'page chrome'
	},
	// A site's account on a network, alone on a line ("NEWS.am Twitter", "Hetq on Telegram").
	{
		re: /^[\p{L}\d.&-]+(?:\s+[\p{L}\d.&-]+)?\s+(?:on\s+)?(?:Twitter|Facebook|Telegram|Instagram|YouTube|TikTok|VK|WhatsApp)$/u,
		why: 'share or subscribe line'
	},
	// A TV site's links to its videos: "▶ Gas supply cut for the first time (02:48)", "Watch the full edition (28:40)".
	{
		gate: (t) => /^[▶►▷⏵]/u.test(t) || t.endsWith(')'),
		re: /\(\d{1,2}:\d{2}(?::\d{2})?\)$|^[▶►▷⏵]\s*(?:Watch|Video|Play)\b/u,
		why: 'video link'
	},
	// A photo's credit after its caption: "… January 2023. © 2023 Private", "… at the border. © Jane Doe/Agency".
	{
		gate: (t) => t.includes('©'),
		re: /[.!?]\s+©\s*(?:\d{4}\s+)?\p{Lu}[\p{L}\d .&/'’-]{0,60}$/u,
		why: 'photo caption'
	},
	// An image's file left by a saved page ("banner.jpg (235 KB)"), an agency's story number ("Story Code : 905559"),
	// a share row ("Post this story to LiveJournal …").
	{
		re: /\.(?:jpe?g|png|gif|webp)\s*\(\d+(?:[.,]\d+)?\s*[KkMm]B\)$|^(?:Story|News|Article) (?:Code|ID|No\.?)\s*:\s*\d+$|^Post this (?:story|article|news) to\b/,
		why: 'page chrome'
	},
	// A print page's own address ("Printed from https://www.thenewhumanitarian.org").
	{ re: /^Printed from\s+\S+$/, why: 'page chrome' },
	// A breadcrumb: "Today.Az » Politics » …".
	{ gate: (t) => t.includes('»'), re: /^[\p{L}\d.-]{2,30}\s*»\s*[\p{L} ]{2,30}\s*»/u, why: 'navigation' },
	// A byline's label alone, and a caption's credit in capitals: "Author", "… (PHOTO: CivilNet)".
	{ re: /^(?:Author|Authors)$/, why: 'byline' },
	// A reporter's byline with where they file from: "By Anna Petrova in Goris & Kornidzor, Armenia".
	{
		re: /^By\s+\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3}(?:\s+(?:and|&)\s+\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3})?\s+in\s+\p{Lu}[\p{L}’'. &,-]{1,60}$/u,
		why: 'byline'
	},
	// A publisher's template left in the text ("[ad_1]"), a text-size switch ("XS", "SM", "MD", "LG"), a
	// comment form's prompt ("Please enter your comment!"), a link to the comments ("Discuss").
	{
		re: /^\[ad_\d+\]$|^(?:XS|SM|MD|LG|XL)$|^Please enter your (?:comment|name|e-?mail)\b.{0,20}$|^Discuss$/,
		why: 'page chrome'
	},
	// A newsletter's footer and an NGO's appeal: "You are receiving this email because you subscribed to …",
	// "Get updates on human rights issues from around the globe. Join our movement today."
	{
		re: /^You (?:are receiving|received|have received) this (?:e-?mail|newsletter|message) because\b|\bJoin (?:our|the) movement(?: today)?[.!]?$/i,
		why: 'appeal'
	},
	// A footnote's mark opens the line: "¹ According to the ministry, …", "[2] Interview, Goris." (a PDF copied with its notes),
	// maybe under its label: "Notes: [1] TASS, April 17, 2024. [2] …".
	{
		re: new RegExp(
			String.raw`^(?:(?:Notes?|Sources?|References|Endnotes|Footnotes)\s*:\s*)?(?:${NOTE_MARK})\s+\S`,
			'u'
		),
		why: 'footnote'
	},
	// A publisher's postal address under the page: "The Harbour Institute | 12 Quay Street NW, Suite 4, Portvale 20005".
	{
		gate: (t) => t.includes('|'),
		re: /^[^|]{2,60}\|\s*\d{1,5}\s[^|]{2,40}\b(?:Street|Avenue|Road|Square|Boulevard|St\.|Ave\.)[^|]{0,60}(?:\bSuite\s\d+|\b\d{5})[^|]{0,30}$/u,
		why: 'publisher line'
	},
	{
		gate: (t) => t.endsWith(')'),
		re: /\((?:PHOTO|Photo|IMAGE|Image|VIDEO)\s*:\s*[^()]{2,40}\)$/,
		why: 'photo caption'
	},
	// A site's controls: a search box's prompt, the text-size buttons, the language switch, a content label
	// ("WHAT ARE YOU LOOKING FOR ?", "A A A", "Read the news in Русский", "Content-Type: Opinion …").
	{
		re: /^What are you looking for\s*\??$|^(?:A\s*){2,3}$|^Read (?:the news |this (?:article|story|page) )?in(?:\s+[^\s\d]{2,12}){1,4}$|^Content-Type\s*:/iu,
		why: 'page chrome'
	},
	// A live page's list label: "Key events", "Key points:".
	{ re: /^Key (?:events|points|moments|takeaways)\s*:?$/i, why: 'section label' },
	// A link in brackets between paragraphs: "[Read on OC Media: …]", "[Read more: …]", "[See also: …]".
	{
		gate: (t) => t.startsWith('['),
		re: /^\[(?:Read|See|Watch|Listen)\b[^\]:]{0,40}:\s[^\]]{3,200}\]$/,
		why: '“read more” link'
	},
	// The site's name with its copyright ("Caliber.az © 2025."), and the date with its time and site ("23 July 2021 [17:56] - Today.Az").
	{ re: /^[\p{L}\d-]+\.[a-z]{2,4}\s*©\s*\d{4}\b/u, why: 'copyright line' },
	{
		re: new RegExp(String.raw`^\d{1,2}\s+(?:${MONTH})\s+\d{4}\s*\[\d{1,2}:\d{2}\](?:\s*-\s*\S{2,30})?$`),
		why: 'time stamp'
	},
	// A post set in the page as text: its author's name and handle ("Hikmet Hajiyev @HikmetHajiyev"), its day, time and views after
	// dots ("… @HikmetHajiyev · 1 Dec 2020, 08:42 · 12.4K views").
	{ re: EMBEDDED_POST_HEADER, why: 'embedded post' },
	// A byline that is a name and its comma alone ("Lusine Shahverdyan,"); with the outlet, see BYLINE_WITH_ROLE.
	{ re: /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+,$/u, why: 'byline' }
];
