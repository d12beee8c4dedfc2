/**
 * Photo captions and what hangs about them on a saved page: the photographer's and the agency's
 * credits, a syndicator's story id, a wiki's reference list, a podcast's chapters. Spliced into
 * furniture.ts's rules where they stood, so the first rule to match still names the line.
 */
import type { Rule } from './furniture';
import { isStop, MONTH } from './words';

/** The first word of a line's last sentence. */
const LAST_SENTENCE_OPENING = /[.!?]\s+(\p{L}+)[^.!?]*$/u;

/** How a real paragraph ends: a full stop, a question, a quote or bracket closing one, a colon before a quote. */
// (A wire's end mark after the last sentence, "… witnesses said. -0-", "… (END)", ends it too.)
export const ENDS_LIKE_PROSE = /[.!?…:;"”»’)\]](?:\s+(?:-0-|-30-|###|\(END\)|\(end\)|Enditem))?$/;

/** Agencies and photo desks that sign a photo's credit. */
export const PHOTO_DESK = String.raw`AFP|AP|REUTERS|Reuters|EPA(?:-EFE)?|Getty Images|Anadolu(?: Agency)?|AA|ITAR-TASS|TASS|Sputnik|RIA Novosti|Photolure?|PAN Photo|Xinhua|Shutterstock|Pool`;
/** A photographer's name: one to four capitalised words. */
export const PHOTOGRAPHER = String.raw`\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}`;
/**
 * The photographer and the agency after a caption's last sentence, or in its closing bracket: "… October 28, 2020.
 * REUTERS/Jane Doe", "… (Jane Doe/AFP/Getty Images)", "… on Oct. 8. Jane Doe / AFP - Getty Images", "… signed on 9
 * November. Alexander Ryumin/TASS", "… peacekeepers - DEFENCE MINISTRY/via REUTERS", "… JANE DOE/AFP via Getty Images" (however long
 * the caption).
 */
export const AGENCY_CREDIT_END = new RegExp(
	String.raw`(?:[.!?]\s+|\(|\s[-–]\s)(?:(?:${PHOTO_DESK})\s*\/\s*${PHOTOGRAPHER}|${PHOTOGRAPHER}\s*\/\s*(?:via\s+)?(?:${PHOTO_DESK})(?:\s*[-–/]\s*(?:${PHOTO_DESK})|\s+via\s+(?:${PHOTO_DESK}))*)\)?\.?$`,
	'u'
);
/**
 * A photo's credit alone on its line under the caption, the photographer in capitals as a paper prints it:
 * "ANNA LIND/EPA", "JANE DOE/AFP VIA GETTY IMAGES" (a wire's byline, "Anna Lind/AFP", is in title case).
 */
export const CAPITALS_CREDIT = new RegExp(
	String.raw`^${PHOTOGRAPHER}\s*\/\s*(?:via\s+)?(?:${PHOTO_DESK})(?:\s*[-–/]\s*(?:${PHOTO_DESK})|\s+via\s+(?:${PHOTO_DESK}))*$`,
	'iu'
);
const inCapitalsWithSlash = (t: string) => t.includes('/') && t === t.toUpperCase();
export const isCapitalsCredit = (t: string) => inCapitalsWithSlash(t) && CAPITALS_CREDIT.test(t);
/** A caption's credit labelled in brackets, wherever on a long line: "(photo credit: X/HANDOUT)", "(credit: REUTERS/X)", "(photo courtesy of X)";
 * a bare "(courtesy X's Facebook page)" only at the line's end. */
const LABELLED_CREDIT =
	/\((?:(?:photo|image|picture|video) (?:credits?:|courtesy of\b)|credits?:)[^)]{2,80}\)|\(courtesy\b[^)]{2,80}\)\s*$/i;
/** Six words or more, then the date after a comma: a photo's caption (a dateline is shorter). */
// ("…, 11 November 2020": the day before the month too.)
export const CAPTION_DATED = new RegExp(
	String.raw`^\p{Lu}\S*(?:\s+\S+){5,},\s+(?:(?:${MONTH})\s+\d{1,2},|\d{1,2}\s+(?:${MONTH}))\s+\d{4}$`,
	'u'
);

/** Whether a caption of any length ends with its credit, labelled or its agency's. */
// ("… near Stepanakert in October CREDIT: Reuters": a British daily's credit in capitals at the end.)
export const creditedCaption = (text: string) =>
	((text.includes('credit') || text.includes('courtesy')) && LABELLED_CREDIT.test(text)) ||
	(text.includes(' CREDIT:') && /\sCREDIT:\s*\p{L}[^.]{0,60}$/u.test(text)) ||
	(text.includes('/') && AGENCY_CREDIT_END.test(text));

export const CAPTION_RULES: Rule[] = [
	// An agency's archive photo: "FILE - In this file photo taken on Nov. 18, 2020, …", "FILE – Russian troops stand …".
	{ re: /^FILE\s*[-–—]\s+\p{Lu}/u, why: 'photo caption' },
	// A photo's credit in the site's language: "Açiq mənbələrdən foto." ("photo from open sources"), "Foto: AZERTAC".
	{ re: /^A[çc][ıi]q mənbələrdən (?:foto|şəkil)\.?$|^Foto\s*:\s*\S/iu, why: 'photo caption' },
	{
		re: /^Photo( of author)?\b|^(?:Photos?|Images?|Pictures?|Illustration|Caption|Video|Map|Infographic|Graphic|Chart) ?(?:credit|caption)?\s*[:,]|^(?:File|Illustrative|Archive) (?:photo|image)\b|^(?:A|This) handout (?:photo(?:graph)?|picture|image)\b|^(?:A\s+)?(?:Screenshot|Screen (?:capture|grab))\b/i,
		why: 'photo caption'
	},
	// A credit at the end of the line: "(AFP Photo)", "(Photolur)", "[Al Jazeera]", "[File: Reuters]", "© AFP".
	{
		gate: (t) => /[)\]]\.?$/.test(t) || t.includes('©'),
		re: /(?:\((?:\p{Lu}[\p{L}.]*\s+)*[Pp]hoto(?:lur)?\)|\((?:Photolur|PAN Photo|AP Photo[^)]*)\)|\[(?:(?:File|Photo|Image)(?: photo)?:\s*)?\p{Lu}(?![^\]]*\sin\s)[\p{L} .]{1,30}\]|©\s*\p{Lu}[\p{L} .]{1,30}(?:,\s*\p{Lu}[\p{L} .]{1,20})?)\.?$/u,
		why: 'photo caption'
	},
	// A wire photo's credit in capitals with a slash: "(EPA-EFE/DEFENCE MINISTRY HANDOUT)", "(REUTERS/Jane Doe)";
	// a broadcaster's, the photographer first: "(Anna d'Entremont/CBC)".
	{
		gate: (t) => t.endsWith(')') || t.endsWith(').'),
		re: /\((?:\p{Lu}{2,}[\p{Lu}-]*\/[^()]{2,80}|\p{Lu}[\p{L}’'.-]+(?:\s+\p{L}[\p{L}’'.-]+){1,3}\s?\/\s?\p{Lu}{2,}[\p{Lu}-]*)\)\.?$/u,
		why: 'photo caption'
	},
	// A caption that ends with the photographer's name, not a full stop: "… in the centre of Goris. Anna J. Smith".
	// (Not a wrapped line that breaks after a title: "… waved flags. Azerbaijani President".)
	// (Nor a hard-wrapped line that breaks after a sentence's first words: "… on November 20. The Lachin".)
	{
		gate: (t) => !ENDS_LIKE_PROSE.test(t) && !isStop(LAST_SENTENCE_OPENING.exec(t)?.[1] ?? ''),
		re: /[.!?]\s+(?!By\s|\p{Lu}\p{Ll}+(?:ani|ian|ish|ese)\s|[^.!?]*\s(?:President|Minister|Secretary|Ambassador|General|Colonel|Spokes\p{Ll}+)$)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2}$/u,
		why: 'photo caption'
	},
	{
		re: /^(?:Media|Image|Video) (?:caption|source)\s*[:,]|\((?:[Pp]hotos?|[Ii]mages?|[Pp]ictures?|[Mm]aps?|[Vv]ideo|[Gg]raphics?|[Ii]nfographics?|Fotoğraf|Foto|Фото)\s*:[^)]*\)\s*$|\b(?:Photo|Image|Credits?)\s*(?:credit)?\s*:\s*(?:[^.]{2,60}|[\w-]+(?:\.[\w-]+)*\.(?:am|az|ru|ge|tr|com|net|org|info|news|media|tv))\.?$|\s[|/]\s*(?:Photo\b|[A-Z]{2,}(?:\/[\p{L} ]+)?$)/u,
		why: 'photo caption'
	},
	// An American paper's credit run on to its caption: "… on Tuesday.Credit...Jane Doe/Agence France-Presse — Getty Images".
	{
		gate: (t) => t.includes('Credit'),
		re: /(?:^|[.!?”)])\s*Credit(?:\.{3}|…)\s*\p{Lu}[^!?]{2,100}$/u,
		why: 'photo caption'
	},
	// A wire photo's credit after the caption's last sentence, agency and photographer with a slash:
	// "… at the border. EFE/ Anna Petrosyan", "… in Goris, June 2, 2023. REUTERS./", "… EPA-EFE/X Y ATTENTION: This Image is part of a PHOTO SET";
	// or the photographer first: "… in 1991.Anna Lind / AFP via Getty Images".
	{
		gate: (t) => t.includes('/'),
		re: /[.!?]\s+\p{Lu}{2,}(?:-\p{Lu}{2,})?\.?\s?\/(?:\s?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})?(?:\s+ATTENTION:[^/]{0,80})?$|[.!?]\s?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}\s?\/\s?(?:AFP|AP|EPA|Reuters|REUTERS|Getty Images)(?:\s+via\s+Getty\s+Images)?$/u,
		why: 'photo caption'
	},
	// A syndicator's story id on a line of its own: "FEED07092023000187011040ID1107027394".
	{ re: /^\p{Lu}{2,}\d{10,}[\p{Lu}\d]*$/u, why: 'story id' },
	// A credit after the caption: "… exercises. File photo", "… on April 23. (file photo)", "… the joint center. AA Photo", "… in May 2024. Official photo.", "(Anna Petrosyan for The Harbour Post)".
	{
		gate: (t) => /(?:photo|image|\))\.?$/i.test(t),
		re: /[.,]\s+(?:File|Archive|Illustrative|Stock|Official|Handout|Press service) (?:photo|image)\.?$|[.,]\s+\p{Lu}{2,5} [Pp]hoto\.?$|[.,]?\s+\((?:[Ff]ile|[Aa]rchive|[Ii]llustrative|[Ss]tock) (?:photo|image)\)\.?$|\((?:\p{Lu}[\p{L}.'’-]+\s+){1,3}for (?:[Tt]he\s+)?\p{Lu}[\p{L}.&' -]{1,40}\)\.?$/u,
		why: 'photo caption'
	},
	// "… near Lachin on November 13 in this file photo.", "… shot. Photo via Tert.am.": the photo's own words, or where it came from.
	{
		gate: (t) => /\b(?:photo|image|picture)\b/i.test(t),
		re: /\sin this (?:file |undated |handout )?(?:photo|image|picture)(?: taken (?:in|on|at|by|from) [^.,]{1,50})?\.$|\.\s+(?:Photos?|Images?|Pictures?) (?:via|by|from|courtesy(?: of)?)\s+[^.\s][^.]{0,50}(?:\.\p{L}{2,4})?\.?$/u,
		why: 'photo caption'
	},
	// The kind of photo and its desk in brackets after an alt text: "… at the pier Illustrative photo (Harbour Images)".
	{
		gate: (t) => t.endsWith(')') || t.endsWith(').'),
		re: /\s(?:[Ff]ile|[Aa]rchive|[Ii]llustrative|[Ss]tock)\s+(?:photo|image)\s*\([^()]{2,40}\)\.?$/u,
		why: 'photo caption'
	},
	// A caption whose credit the saved page lost, or kept after it: "Dockers block the pier. Photo:", "… pier. Photo: Harbour Post / Vera Lind",
	// "… on Tuesday. Pic: Reuters".
	{
		gate: (t) => t.includes(':'),
		re: /[.!?]\s+(?:Photos?|Images?|Pics?|Credits?)\s*:(?:\s*(?:[^.!?:]|\.(?=\S)){2,60})?$/u,
		why: 'photo caption'
	},
	{ gate: inCapitalsWithSlash, re: CAPITALS_CREDIT, why: 'photo caption' },
	// A credit with the photographer and the agency: "[File: Anna Petrosyan/AFP]", "Photograph: A. Petrosyan/The Harbour Post", "Photograph: A. Petrosyan/AFP/Getty Images", "| A. Petrosyan/AFP via Getty Images".
	{
		gate: (t) => t.includes('/'),
		re: /(?:\[(?:File|Photo|Image)?:?\s*|\bPhotograph:\s*|\s\|\s*|©\s*)(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*(?:\s*\/\s*[\p{L}&. -]{2,40}){1,3}\]?\.?$/u,
		why: 'photo caption'
	},
	// The credit after the caption's last sentence, unlabelled: "… on Tuesday. Anna Petrosyan / AFP - Getty Images file".
	{
		gate: (t) => t.includes(' / '),
		re: /[.!?]\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\/\s+\p{Lu}[\p{L}&.-]*(?:\s+(?:[-–]\s+)?(?:\p{Lu}[\p{L}&.]*|file|via)){0,3}$/u,
		why: 'photo caption'
	},
	// "(Photo by Anna Petrosyan / AFP)", "(photo Lilit Arakelyan)", "(Defence Ministry - Anadolu Agency)": who took the photo, for which agency.
	// "… Armenia. (Anush Gasparyan/VOA)": the photographer and the outlet after the caption's last sentence; "… bir kare (AA)".
	{
		gate: (t) => t.endsWith(')') || t.endsWith(').'),
		re: /[.!?]\s+\(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}\s*\/\s*\p{Lu}[\p{L}&/.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2}\)\.?$|\s\((?:AA|DHA|İHA|IHA)\)$|\((?:Photo(?:graph)?s?\s+by\s+[^()]{2,60}|[Pp]hoto:?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}|[^()]{2,60}\s[-–—]\s(?:\p{Lu}[\p{L}]*\s+)?(?:Agency|Photo|Images|Press))\)\.?$/u,
		why: 'photo caption'
	},
	// "… in December. File photo by Anna Petrosyan/Reuters": the photographer after the caption's last sentence, unbracketed.
	{
		gate: (t) => t.includes('hoto by '),
		re: /[.!?]\s+(?:File\s+)?[Pp]hoto(?:graph)?\s+by\s+\p{Lu}[\p{L}.’' -]{1,40}(?:\/\s*\p{Lu}[\p{L}&. -]{1,30})?$/u,
		why: 'photo caption'
	},
	// "Kaynak: AA", "Источник: …", "Quelle: …": the same in the languages of the saved pages.
	{ re: /^(?:Source|Kaynak|Источник|Quelle|Mənbə)\s*:/iu, why: 'source line' },
	// A caption ending with the agency's name alone ("… in April. AFP"); a wiki page's reference list ("^ "Title". Outlet. Date.").
	{
		gate: (t) => !ENDS_LIKE_PROSE.test(t),
		re: /[.!?]\s+(?:AFP|AP|Reuters|EPA|TASS|Sputnik|Anadolu|Getty Images)$/u,
		why: 'photo caption'
	},
	{ re: /^\^\s/, why: 'reference list' },
	// A caption's credit after its last sentence: "… in Goris. Image via Harbour Post.", "… Photo courtesy of the ministry."
	{
		gate: (t) => t.includes(' via ') || t.includes('ourtesy') || t.includes(' by '),
		re: /[.!?]\s+(?:(?:Photos?|Images?|Pictures?|Video|Footage)\s+(?:via|by|courtesy(?:\s+of)?)|Courtesy(?:\s+of)?)\s+[^.!?]{2,60}\.?$/u,
		why: 'photo caption'
	},
	// "… in Lindmoor (Harbour Ministry Press Office via AP)": who handed the photo to which agency.
	{
		gate: (t) => t.endsWith(')') || t.endsWith(').'),
		re: /\([^()]{2,80}\svia\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\)\.?$/u,
		why: 'photo caption'
	},
	// "Minister Anna Petrosyan (right) meets her counterpart …": where a person stands in the picture.
	{
		gate: (t) => t.includes(' ('),
		re: /\p{L}\s\((?:(?:far |second |2nd |third |3rd )?(?:right|left|L|R)|cent(?:er|re)|C|front|back|L to R|R to L|from left|from right|left to right)\)[\s,]/u,
		why: 'photo caption'
	},
	// A caption whose last sentence is its date: "Soldiers at the post near Lindmoor. February 2, 2023."
	{
		gate: (t) => /\d\.?$/.test(t),
		re: new RegExp(
			String.raw`[.!?]\s+(?:(?:${MONTH})\s+\d{1,2},\s+\d{4}|\d{1,2}\s+(?:${MONTH})\s+\d{4})\.?$`
		),
		why: 'photo caption'
	},
	// An agency's dateline in brackets on a line of its own: "[Lindmoor, 12.09.2023 / HPA]".
	{
		gate: (t) => t.startsWith('['),
		re: /^\[\p{Lu}[\p{L} -]*,\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*\/\s*\p{Lu}[\p{L}.-]*\]$/u,
		why: 'date line'
	},
	// A podcast's chapters: "- (12:44) Bad blood between the two capitals".
	{ gate: (t) => t.includes(':'), re: /^[-–—•]\s*\(\d{1,2}:\d{2}(?::\d{2})?\)\s/, why: 'episode chapters' },
	// A map's or a photo's caption, one sentence that opens with what it shows, with its source after it:
	// "A map of the new road. Source: www.example.org" (a brief's "… at noon. Source: Interfax" is reporting).
	{
		gate: (t) => t.length <= 160 && t.includes('Source'),
		re: /^(?:(?:A|An|The)\s+)?(?:[\p{L}-]+\s+){0,2}(?:[Mm]aps?|[Pp]hotos?|[Ii]mages?|[Pp]ictures?|[Ss]chemes?|[Cc]harts?|[Gg]raphics?|[Ii]nfographics?|[Ss]creenshots?|[Ii]llustrations?)\b[^.!?]{0,100}[.!?]\s+Source\s*:\s*\S[^!?]{0,60}$/u,
		why: 'photo caption'
	}
];
