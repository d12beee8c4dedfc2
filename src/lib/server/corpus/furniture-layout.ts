/**
 * The layout pass over page furniture: what a line is depends on the lines around it (the links under
 * a label, a subhead between paragraphs, a byline's name at the top, a list of stories ending the page).
 * Split from furniture.ts, which judges each line alone.
 */
import { ROLE_LINE } from './furniture';
import { DATE_LED, DATELINE, SHORT_NAME, WRITER_TRADE } from './furniture-lines';
import { isProse, pageEnd } from './furniture-end';
import { isCapitalsCredit } from './furniture-captions';
import { listsUnderColon } from './furniture-lists';
import { ENDS_SENTENCE } from './text-blocks';
import { MONTH_ANY, MONTH_SHORT, TIME_ZONE } from './words';

/** A line of the body for the layout pass: its text, its furniture reason (if any) and its block. */
export interface Laid {
	text: string;
	why: string | null;
	/** Lines of one block (no blank line between them) share it. */
	block: number;
}

/**
 * The same labels as saved pages print them in French, German, Russian, Azerbaijani, Turkish and Armenian: "À lire aussi", "Читайте также",
 * "Смотрите также", "Похожие новости", "Oxşar xəbərlər", "Xəbər lenti", "İlgili Haberler", "Կարդացեք նաև".
 */
const FOREIGN_LINK_LABEL =
	'À lire aussi|Lire aussi|Sur le même sujet|La rédaction vous conseille|Lesen Sie auch|Mehr zum Thema|Читайте также|Смотрите также|Читайте по теме|Похожие новости|Новости по теме|Другие новости|Oxşar xəbərlər|Digər xəbərlər|Xəbər lenti|Son xəbərlər|Həmçinin oxuyun|Bunu da oxuyun|İlgili Haberler|Benzer Haberler|Diğer Haberler|Son Dakika|Կարդացեք նաև|Նմանատիպ նորություններ|Լրահոս';
/** A label over a list of links: "Related news:", "Read also", "Read on the topic:", "4. Read later", "You may also like", "Explore more", "DW RECOMMENDS". */
const LINK_LABEL = new RegExp(
	String.raw`^(?:\d+\.\s*)?(?:Skip (?:next|previous) section\s+)?(?:(?:Read|See) (?:more|also|later|next)|Explore more|Read (?:more )?on (?:the|this) topic|Follow the news|Related(?: (?:news|articles|stories|coverage|topics|content|posts|reading))?|More (?:on this(?: story| topic)?|(?:stories|news)(?: from [\p{L}\d .&'’-]{2,30})?|from us)|You (?:may|might) also like|Most (?:read|popular|viewed|visited)|Popular(?: (?:now|today|stories|articles))?|Top (?:stories|news|headlines)|Recommended(?: for you)?|[\p{L}\d]{2,12} Recommends|Also on [\p{L}\d .&-]{2,30}|For more (?:about|on)(?: [\p{L}-]+){1,5}|Other (?:materials|news|stories|articles)|${FOREIGN_LINK_LABEL})\s*:?$`,
	'iu'
);
export const isLinkLabel = (text: string) => LINK_LABEL.test(text);
/**
 * A label over another list of stories that a page also puts above its article ("Latest news" in a
 * masthead): a list label only below the article's first paragraph, where no headline of its own stands.
 */
const LINK_LABEL_BELOW =
	/^(?:Latest(?: (?:news|stories|articles|posts|videos|episodes))?|(?:More |Latest |Other )?[Ee]pisodes|More videos)\s*:?$/i;
/** A headline that is a speaker's name and the words in marks: "Ilham Aliyev: “Lachin and Sus are ours again”". */
const QUOTE_HEADLINE =
	/^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}\s*:\s*[“"«‘][^“”"«»]{3,120}[”"»’]$/u;
/** A live blog's or briefing's list of main points: the lines under it are reporting. */
const KEY_POINTS =
	/^(?:Key (?:points|events|developments|facts|places|dates)|Summary|Highlights|In brief|What we know(?: so far)?|Here[’']s what (?:we know|to know))\s*:?$/i;
/** A live blog's entry time on a line of its own ("21:55 GMT", "10.40 am", "19 Sep 2023 - 10:15 GMT"). */
const TIMESTAMP = new RegExp(
	String.raw`^(?:\d{1,2}\s+\p{L}{3,9}\.?(?:\s+\d{4})?\s*[-–—,]?\s*|\p{L}{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*[-–—,]?\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:${TIME_ZONE}|[ap]\.?m\.?|local time))?$|^[0-2]\d[0-5]\d\s*(?:${TIME_ZONE})$`,
	'iu'
);
/** A briefing's or a digest's topic heading: "On the situation in …", "Regarding the talks in …". */
const TOPIC =
	/^(?:On|About|Regarding|Concerning)\s+(?:the\s+)?\p{Ll}+\s+(?:of|in|on|around|at|with|between)\s+\p{Lu}/u;
/** A photo's credit line (the caption rules' "photo caption") that is its label and a colon: "Image: X/AP", "Photo: AZERTAC". */
const LABELLED_CREDIT = /^\p{L}+\s*:/u;
/** A gallery's counter under its caption: "1 of 6", "2/8". */
const SLIDE_COUNTER = /^\d{1,2}\s*(?:of|sur|von|из|\/)\s*\d{1,2}$/;
/** A list item: "• Agdam", "* the road to Lachin". */
const BULLET = /^(?:[•·▪◦‣●■*]\s*|[–-]\s+)\S/;
/** A date, a year or a time in a line: a caption, a dateline or a comment header, never a subhead. */
const DATED = new RegExp(
	String.raw`\d{1,2}[:.]\d{2}\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\b(?:19|20)\d\d\b|\b${MONTH_ANY}\s+\d{1,2}\b|\b\d{1,2}\s+(?:May|${MONTH_SHORT})`
);
/** A table row's first cell a date: "16 Nov | …", "2021-11-16 | …", "November 16 | …". */
const DATE_CELL = new RegExp(
	String.raw`^(?:\d{1,2}\s+(?:${MONTH_ANY})|(?:${MONTH_ANY})\s+\d{1,2}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:,?\s+\d{4})?\s+\|\s`
);
/** A person's name: two or three capitalised words ("Kirill Krivosheev", "Anna-Maria Melikyan"). */
export const NAME_LINE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}$/u;
/** Words that make such a line a place or a heading, not a name ("South Caucasus", "Lachin Corridor", "Why Now"). */
const NOT_NAME =
	/\b(?:North|South|East|West|Upper|Lower|Central|Greater|New|Old|Nagorno|Corridor|Region|Valley|Republic|Mountains?|River|Lake|District|Province|Diary|Update|News|Analysis|Opinion|Background|Timeline|Context|Reaction|Live|Breaking)\b|^(?:The|A|An|In|On|At|By|Our|Why|What|How|Who)\b|ed$/;
/** A line that is a person’s name alone (a byline), not a place or a heading of that shape. */
const isNameLine = (l: Laid) => NAME_LINE.test(l.text) && !NOT_NAME.test(l.text);
/** Two names or more alone on a line, joined by commas or "and" ("Chris Lind, Tucker Dale", "A B and C D and E F"): a byline. */
const isNamesLine = (l: Laid) => {
	const parts = l.text.split(/,\s+|\s+(?:and|&)\s+/);
	return parts.length >= 2 && parts.every((p) => NAME_LINE.test(p) && !NOT_NAME.test(p));
};
/** A label alone on its line, its value on the next: "Date", "Author" (the author's in group 1). */
const PARTICULAR_LABEL = /^(?:Date|Published|(Authors?))$/i;
/** The reasons of a sign-up box's lines. */
const APPEAL = new Set(['share or subscribe line', 'newsletter chrome', 'page chrome']);

/** One sentence on who the author is: a name, "is a/an", and a writer's trade or where they are based. */
const AUTHOR_NOTE = new RegExp(
	String.raw`^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}\s+is\s+(?:an?|the)\s+[^.]{0,100}\b(?:${WRITER_TRADE})\b[^.]{0,100}\.$`,
	'u'
);

/**
 * What a line is depends on the lines around it: the links under "Related news:" are furniture
 * however long; a short line under a live blog's "Key points", or between reporting (or an entry's
 * time) and reporting, is a subhead ("1. Flags lowered at the base", "Moscow calls for calm"), not
 * a caption. Only the catch-all "headline or caption" is undone; lines a rule named stay furniture.
 */
/** How many cells a table's row has, its cells split by " | " (0: no row). */
const cellsOf = (text: string) => (text.includes(' | ') ? text.split(' | ').length : 0);

/** An embedded post's signature: "— Artak Beglaryan (@ArtakBeglaryan) March 25, 2022". */
const POST_SIGNATURE = /^[—–-]\s*(\p{Lu}[^(@]{1,40}?)\s*\(@\w{2,30}\)/u;

export function settleLayout(lines: Laid[]): void {
	// A byline that is a name alone at the top ("Kirill Krivosheev" over the first paragraph or over
	// "Columnist"): a line of a name's shape above the first paragraph, with that paragraph or a role under it.
	const lead = lines.findIndex(isProse);
	// (Or under the headline, or its standfirst, over the date or the story: "Lusine X" / "October 10, 2023".)
	for (let i = 0; i < Math.min(lead + 3, lines.length - 1); i++) {
		const name = lines[i]!;
		const next = lines[i + 1]!.text;
		// (Or over the agency's dateline that opens the lead: "Elchin Huseynov" / "BAKU, Azerbaijan, Nov. 8. Trend:".)
		const dated = i + 2 === lead && DATELINE.test(next);
		// (A headline stops short of a sentence's end, right above the name or above its standfirst.)
		const headline = (k: number) => lines[k]?.why === null && !ENDS_SENTENCE.test(lines[k]!.text);
		const under =
			i > lead &&
			(headline(i - 1) || headline(i - 2)) &&
			(lines[i + 1]!.why === 'date line' || isProse(lines[i + 1]));
		if (name.why === null && isNameLine(name) && (i + 1 === lead || dated || under || ROLE_LINE.test(next)))
			name.why = 'byline';
		else if ((name.why === null || name.why === 'headline or caption') && isNamesLine(name))
			name.why = 'byline';
	}
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i]!;
		// "Russian armored vehicles on the road to Stepanakert on November 12" over "Image: X/AP" or "ANNA LIND/EPA": the photo's caption, over its
		// credit, inside the story (a standfirst of two sentences is the story's; a headline over its photo's credit, its own).
		// (A paper's credit in capitals, "ANNA LIND/EPA", marks its caption above the lead too, under the headline.)
		if (
			l.why === null &&
			lines[i + 1]?.why === 'photo caption' &&
			!/[.!?”"]$|[.!?]\s/.test(l.text) &&
			l.text.length <= 200 &&
			((lead >= 0 && i > lead && LABELLED_CREDIT.test(lines[i + 1]!.text)) ||
				(isCapitalsCredit(lines[i + 1]!.text) && lines.slice(0, i).some((k) => k.why === null)))
		)
			l.why = 'photo caption';
		// A caption over its gallery's counter, "1 of 6", in one block. (The line under "Photo 7 of 12" may be the story's: galleries run
		// their text between the photos.)
		if (
			l.why === null &&
			l.text.length <= 250 &&
			SLIDE_COUNTER.test(lines[i + 1]?.text ?? '') &&
			lines[i + 1]!.block === l.block
		)
			l.why = 'photo caption';
		const below = lead >= 0 && i > lead && LINK_LABEL_BELOW.test(l.text);
		// (A label the rules leave, "Oxşar xəbərlər:" with its colon, is the page's label all the same.)
		if (below || LINK_LABEL.test(l.text)) {
			l.why ??= 'section label';
			// A question ("Who are the peacekeepers?") in the list is another story's headline, not reporting (one with prose right
			// under it is an explainer's crosshead: "What does Azerbaijan propose?").
			// Below the article, or under a label with its colon, the blurbs printed with no blank line under the label are links
			// too, sentences as they are (not after a bare "Read more" inside the story: "The Prosecutor's office said …").
			const afterStory =
				lead >= 0 &&
				i > lead &&
				(l.text.endsWith(':') ||
					!lines.slice(i + 1).some((x) => isProse(x) && x.text.split(/\s+/).length > 25));
			const blurb = (k: number) => afterStory && lines[k]!.block === l.block;
			const question = (k: number) => /\?$/.test(lines[k]!.text);
			const link = (k: number) =>
				!(question(k) && isProse(lines[k + 1])) &&
				(!isProse(lines[k]) || question(k) || QUOTE_HEADLINE.test(lines[k]!.text) || blurb(k)) &&
				lines[k]!.text.split(/\s+/).length <= 25;
			for (let j = i + 1; j < lines.length && link(j); j++) {
				lines[j]!.why ??= '“read more” link';
				if (lines[j]!.why === 'headline or caption') lines[j]!.why = '“read more” link';
			}
		} else if (l.why === 'disclaimer' && l.text.endsWith(':') && lines[i + 1]?.block === l.block) {
			// "Legal Disclaimer:" over its text, however long.
			lines[i + 1]!.why = 'disclaimer';
		} else if (KEY_POINTS.test(l.text)) {
			for (let j = i + 1; j < lines.length && lines[j]!.block === l.block; j++)
				if (lines[j]!.why === 'headline or caption') lines[j]!.why = null;
		} else if (l.why === 'headline or caption' && BULLET.test(l.text)) {
			// A bulleted list next to reporting ("• Agdam", "• the road to Lachin") is reporting.
			let j = i;
			while (j < lines.length && BULLET.test(lines[j]!.text)) j++;
			if (isProse(lines[i - 1]) || isProse(lines[j]))
				for (let k = i; k < j; k++) if (lines[k]!.why === 'headline or caption') lines[k]!.why = null;
			i = j - 1;
		} else if ((l.why === 'headline or caption' || l.why === 'navigation') && l.text.includes(' | ')) {
			// A table the page flattened, a row a line ("Askeran | 3 | 5") under reporting: the story's figures.
			// (Or a log's rows, each opening on its date, "16 Nov | Sotk–Kalbajar section | both sides | …", reporting around
			// them; the header row over them stays the page's.)
			const cells = cellsOf(l.text);
			let j = i;
			while (j < lines.length && cellsOf(lines[j]!.text) === cells && lines[j]!.why !== null) j++;
			const rows = lines.slice(i, j);
			const figures = rows.filter((r) => /\|\s*\d/.test(r.text)).length;
			const dated = cells >= 3 ? rows.filter((r) => DATE_CELL.test(r.text)).length : 0;
			if (l.why === 'headline or caption' && j - i >= 3 && figures >= 2 && isProse(lines[i - 1]))
				for (let k = i; k < j; k++) lines[k]!.why = null;
			else if (dated >= 2 && dated >= j - i - 1 && (isProse(lines[i - 1]) || isProse(lines[j])))
				for (const r of rows) if (DATE_CELL.test(r.text)) r.why = null;
			i = j - 1;
		} else if (l.why === 'headline or caption' && DATE_LED.test(l.text)) {
			// A chronology set without dashes ("1952 Born in Hadrut …" / "1977 Surgeon at the hospital …"), one
			// of its dates a year alone: a life's or a mission's dates, reporting. (A list of dated links gives days.)
			let j = i;
			while (
				j < lines.length &&
				DATE_LED.test(lines[j]!.text) &&
				(lines[j]!.why ?? 'headline or caption') === 'headline or caption'
			)
				j++;
			if (j - i >= 3 && lines.slice(i, j).some((r) => /^\d{4}\s/.test(r.text)))
				for (let k = i; k < j; k++) lines[k]!.why = null;
			i = j - 1;
		} else if (
			l.why?.startsWith('repeated line') &&
			!!lines[i - 1] &&
			TIMESTAMP.test(lines[i - 1]!.text) &&
			isProse(lines[i + 1])
		) {
			// A live blog's entry title under its time, also listed at the top of the page: the entry's copy is its subhead.
			l.why = null;
		} else if (
			l.why === 'headline or caption' &&
			!DATED.test(l.text) &&
			!/[|/›»]/.test(l.text) &&
			/\p{L}{2,}(?:[’']s)?\s+\p{L}/u.test(l.text)
		) {
			// (A pull quote may stand over it: "“They looked at my son's face.”" / "In Goris, waiting".)
			const prev = lines[i - 1]?.why === 'pull quote' ? lines[i - 2] : lines[i - 1];
			// A briefing's topic over its reporting ("On the situation in the region") is a subhead wherever it stands.
			if (
				isProse(lines[i + 1]) &&
				(isProse(prev) || (!!prev && TIMESTAMP.test(prev.text)) || TOPIC.test(l.text))
			)
				l.why = null;
		}
	}
	// An embedded post's author over its text, signed again under it ("Hikmet Hajiyev" / "“…”" / "— Hikmet Hajiyev (@…) …").
	for (let i = 0; i < lines.length; i++) {
		const sig = /^[—–-]/.test(lines[i]!.text) ? POST_SIGNATURE.exec(lines[i]!.text) : null;
		for (let k = Math.max(0, i - 4); sig && k < i; k++)
			if (lines[k]!.why === null && lines[k]!.text === sig[1]) lines[k]!.why = 'embedded post';
	}
	listsUnderColon(lines);
	pageEnd(lines);
	// A page's particulars as label and value, each on a line ("Date" / "2023.03.17 / 16:36", "Author" / "Zuleykha X").
	for (let i = 0; i + 1 < lines.length; i++) {
		const label = PARTICULAR_LABEL.exec(lines[i]!.text);
		if (!label) continue;
		lines[i]!.why ??= label[1] ? 'byline' : 'date line';
		if (label[1] && lines[i + 1]!.why === null && isNameLine(lines[i + 1]!)) lines[i + 1]!.why = 'byline';
	}
	// "Vusal Guliyev is a political analyst based in the South Caucasus.": the author's note at a page's end, or under the byline.
	for (let i = 0; i < lines.length; i++)
		if (
			lines[i]!.why === null &&
			(i >= lines.length - 12 || lines[i - 1]?.why === 'byline') &&
			AUTHOR_NOTE.test(lines[i]!.text)
		)
			lines[i]!.why = 'byline';
	// The byline’s name signing off under the last paragraph, with only chrome after it ("Kirill Krivosheev" over "Read also").
	let last = lines.length - 1;
	while (last >= 0 && !isProse(lines[last])) last--;
	const sign = lines[last + 1];
	if (
		last >= 0 &&
		sign?.why === null &&
		isNameLine(sign) &&
		lines.slice(last + 2).every((l) => l.why !== null)
	)
		sign.why = 'byline';
	// A newsletter's blurb between its sign-up line and its button ("Sign up for …" / "Your guide to …" /
	// "Subscribe"): the box's, however it reads.
	for (let i = 1; i + 1 < lines.length; i++)
		if (
			lines[i]!.why === null &&
			APPEAL.has(lines[i - 1]!.why ?? '') &&
			APPEAL.has(lines[i + 1]!.why ?? '') &&
			lines[i]!.text.split(/\s+/).length <= 25
		)
			lines[i]!.why = 'newsletter chrome';
	// Above the first paragraph, a short heading over another furniture line is the page's header
	// ("News" over the date, "Harbour Post" over the time, "POLITICS" over "By the desk"), not a heading
	// that opens reporting: a heading has reporting under it.
	// Read from the bottom up, so a section's name over the outlet's name over the date is one header.
	const first = lines.findIndex(isProse);
	for (let i = first - 2; i >= 0; i--) {
		const l = lines[i]!;
		if (l.why === null && lines[i + 1]!.why !== null && SHORT_NAME.test(l.text) && !DATELINE.test(l.text))
			l.why = 'page header';
	}
}
