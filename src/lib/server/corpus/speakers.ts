/**
 * Who said a quote, from the words around it ("“…,” Galuzin told RBC", "Aliyev said: “…”", "“…,” the Russian Foreign
 * Ministry said in a statement"). He/she resolve to the last named person in the paragraph or the one before; it/they
 * to the last institution. Heuristics on English news prose, not a parser: when unsure the speaker stays null.
 */
import type { Paragraph, QuoteSpan, Span } from './extract';
import { isCountryName } from './suggestions';
import { CALENDAR, CONTINUED, LOCATIVE_END, TRANSLATION } from './speaker-shapes';
import { headlineLike, headlineQuoteSpeakers, interviewOf } from './speaker-headlines';
import { speakerIndex } from './speaker-index';
import type { PeopleByParagraph } from './speaker-people';
import { quoteWords } from './quote-attribution';
import { bodyOfVoice, capitalIssued, fullerBody, sideOf, spelledOut, statedBody } from './speaker-kinds';
import { isNoOne, KIN, orgJudge, OWN_VOICE, PRONOUN, seatOf, VOICE_PRONOUN } from './speaker-forms';
import { BODY_DOCUMENT, isStop, PLATFORMS } from './words';
import { isCountryDemonym } from './judge-cues';
import { kinResolver, paragraphPronoun, pronounResolver } from './speaker-pronouns';
import { DESCRIBED_BODY, descriptorOf, introducedAs } from './speaker-descriptor';
import { documentSpeaker, documentThatReads, IT_READS } from './speaker-issuer';
import { sexOfGivenName } from './given-names';
import { issuerResolver } from './document-issuers';
import { dropLeadingPlaces, roleOf } from './speaker-names';
import { descriptorResolver } from './speaker-described';
import { ANONYMOUS, keptUnnamed, leadInBody, spokenThrough, unnamedJustBefore } from './speaker-unnamed';
import { officeHolderSaid } from './office-holders';

export interface SpeakerContext {
	body: string;
	/** The body with every quote (marks included) blanked out, same length. */
	prose: string;
	paragraphs: Paragraph[];
	quotes: QuoteSpan[][];
	sentences: Span[][];
	/** Filled with each named person's role ("Foreign Ministry spokeswoman"), when given. */
	roles?: Map<string, string>;
	/** True for names of states and cities ("Russia said"): they count as institutions. */
	isPlace: (name: string) => boolean;
	/** The people each paragraph names (peopleByParagraph), shared with the join's people-words. */
	people: PeopleByParagraph;
	/** The article's date (YYYY-MM-DD): who held an office then ("the Azerbaijani leader"). */
	date?: string;
}
/** A fact-check's or a page's label before words in marks ("Claim: “…”"): it names no speaker. */
const CHECK_LABEL = /^(?:Claim|Verdict|Rating|Fact|Quote|Headline|Caption)$/;
/** A document's noun right after a body's name: "a defence ministry statement". */
const DOCUMENT_AFTER = new RegExp(String.raw`^\s+(?:${BODY_DOCUMENT})`);
/** Speakers for every quote of every paragraph, in the same order as `ctx.quotes`. */
export function resolveSpeakers(ctx: SpeakerContext): (string | null)[][] {
	const { prose, paragraphs } = ctx;
	const isOrg = orgJudge(ctx.isPlace, prose);
	const placeLike = (n: string) => ctx.isPlace(n) || isCountryName(n);
	const index = speakerIndex(prose, paragraphs, isOrg, placeLike, ctx.people);
	const {
		introducedBy,
		storyPerson,
		cands,
		named,
		isPerson,
		canonical,
		lastBefore,
		firstAfterWithRole,
		firstNamed,
		bodyBefore
	} = index;
	const resolvePronoun = pronounResolver(prose, paragraphs, index, ctx.date, ctx.sentences);
	const resolveKin = kinResolver(index, resolvePronoun);
	const fromParagraph = paragraphPronoun(prose, paragraphs, index, (phrase, pi, pos) =>
		resolve(phrase, pi, pos, `the ${phrase}`, '')
	);
	/** `head`: the words around the quote; `tail`: those after it, to the attribution's end. */
	const finish = (raw: string | null, pi: number, pos: number, head: string, tail = ''): string | null => {
		const found = resolve(raw, pi, pos, head, tail);

		// ("Claim: “…”", "Verdict: “…”": a fact-check's heading labels the words; it speaks none of them.)
		if (!found || CHECK_LABEL.test(found)) return null;
		// "the Kremlin's readout said": the Kremlin; "Azerbaijan's" alone is whose, a place, never who.
		const whose = found.replace(/[’']s$/, '');
		if (whose !== found && placeLike(whose)) return null;
		// "the Defence Ministry in Moscow said": the body; the city is where it sits.
		const sited = seatOf(whose, isOrg);
		const who = sited && placeLike(sited.seat) ? sited.body : whose;
		// "One officer I know in Stepanakert put it like this:": a place after "in" is where, never who.
		const at = found === raw ? head.lastIndexOf(who) : -1;
		return at > 0 && placeLike(who) && LOCATIVE_END.test(head.slice(Math.max(0, at - 12), at)) ? null : who;
	};
	const isBody = (x: string) => isOrg(x) || descriptorOf(x, '')?.kind === 'org';
	const resolve = (
		raw: string | null,
		pi: number,
		pos: number,
		head: string,
		tail: string
	): string | null => {
		if (!raw) return null;
		// "…,” he said, asking not to be named", "Another resident, who did not want to be named, said …. “…,” she said": unnamed.
		if (PRONOUN.test(raw)) {
			if (ANONYMOUS.test(tail) || unnamedJustBefore(head.slice(0, head.length - tail.length))) return null;
			const pron = raw.toLowerCase();
			// ("The Defense Ministry's final bulletin … “…,” it read": the document's body, named in the paragraph, or no one.)
			if (pron === 'it' && IT_READS.test(tail)) {
				const reads = documentThatReads(prose.slice(paragraphs[pi]!.start, pos));
				return reads ? finish(reads, pi, pos, `the ${reads}`) : null;
			}
			const own = fromParagraph(pron, pi, pos);
			return own !== undefined ? own : resolvePronoun(pron, pi, pos);
		}
		if (isNoOne(raw)) return null;
		// "the Azerbaijani leader said": the office's holder on the article's date, if the article names them, else no one. ("A
		// Kremlin spokesperson said": the Kremlin; "a spokesperson" after "The State Department urged …" alone, the body's voice.)
		const indefinite = /\b(?:an?|one)\s+$/i.test(head.slice(0, Math.max(0, head.lastIndexOf(raw))));
		if (indefinite && /^spokes(?:man|woman|person)$/.test(raw)) raw = leadInBody(prose, pos) ?? raw;
		else if (indefinite && spokenThrough(raw, head)) return canonical(raw, pos);
		// "a spokesperson for the ministry said", "the ICRC's office in Stepanakert said": the body's own voice.
		const voice = bodyOfVoice(raw, isBody);
		if (voice) return finish(voice, pi, pos, head);
		const holder = indefinite ? null : officeHolderSaid(raw, head, ctx.date, prose, pos);
		if (holder !== null) return holder ? canonical(holder, pos) : null;
		// "the press service of the contingent said": a body described, never named otherwise.
		if (DESCRIBED_BODY.test(raw)) return raw.replace(/^the\s+/i, '');
		const office = OWN_VOICE.exec(raw);
		if (office) return resolvePronoun(VOICE_PRONOUN[office[1]!]!, pi, pos);
		// "the MoD said", "the Russian MoD": the defence ministry the text names in full, if it does.
		const spelt = spelledOut(raw, () => canonical(raw, pos));
		const full = spelt ? finish(spelt, pi, pos, `the ${spelt}`) : null;
		if (full && full !== spelt && /Ministry/.test(full)) return full;
		// A document's words are its issuer's: a shared document's no one's (speaker-issuer.ts).
		const issuer = documentSpeaker(raw, head, (name, around) => finish(name, pi, pos, around));
		if (issuer !== undefined) return issuer;
		// "The Defence Ministry said its chief had spoken …. “…,” a statement said": the body that spoke just before, in the paragraph.
		if (indefinite && raw === 'statement') return bodyBefore(pi, pos, pi);
		// "a source in the ministry", "A Turkish official in Ankara", "…,” the source said": nobody the reader can name.
		if (/^(?:(?:a|an|one)\s|(?:the\s+)?sources?$)/i.test(raw)) return null;
		// "…,” the official said, declining to be named": no one (not a person named; a body's spokesperson is the body's).
		if (!isPerson(raw) && keptUnnamed(head, () => isBody(raw))) return null;
		// "The Turkish side stated": a translation's word for the nation's body that spoke, named before.
		const side = sideOf(raw, prose, pos);
		if (side) return side;
		// "said the head of Khramort village": the person the article introduced with those words.
		const introduced = introducedAs(prose, pos, tail);
		if (introduced) return canonical(introduced, pos);
		// The words before the phrase say whether it is definite ("the diplomat") or not ("a diplomat").
		const at = head.lastIndexOf(raw);
		// ("an Azerbaijani defence ministry statement said": the article is the document's, the ministry named a definite one;
		// "a government statement said" names no government.)
		const ofDocument =
			at >= 0 &&
			/\p{Lu}/u.test(raw) &&
			DOCUMENT_AFTER.test(head.slice(at + raw.length, at + raw.length + 16));
		// "Artsakh State Minister said": the place a title serves is no part of the title.
		const d = descriptorOf(dropLeadingPlaces(raw, isOrg), at >= 0 && !ofDocument ? head.slice(0, at) : '');
		if (d) return fromDescriptor(d, raw, pi, pos, head, tail);
		// "the 39-year-old said": the person named last, as "she" would be; "his wife says": a kin noun, resolved like "she"
		// (speaker-pronouns.ts); "the ecologist said": the one named with that noun; any other ("the policeman"): no one.
		if (!/\p{Lu}/u.test(raw)) {
			if (KIN.test(raw)) return resolveKin(raw, pi, pos);
			const aged = /^(?:the\s+)?\d{1,3}-year-old(?:\s+(?:from|in|at)\b[^,]*)?$/.test(raw);
			const noun = aged ? undefined : raw.slice(raw.lastIndexOf(' ') + 1);
			const found = aged && indefinite ? null : lastBefore(pi, pos, false, noun);
			return found && (aged || found.includes(' ')) ? canonical(found, pos) : null;
		}
		if (!isOrg(raw)) return canonical(raw, pos);
		// "Türkiye's Foreign Ministry said … According to a statement from Ankara, …": the capital stands for the body the
		// paragraph named, else it is the source as given; "the Information Center said" after "the Artsakh Information
		// Center reported": the body in its fullest form.
		if (placeLike(raw) && capitalIssued(raw, head)) return bodyBefore(pi, pos, pi) ?? raw;
		const fuller = lastBefore(pi, pos, true, undefined, false, (n) => !fullerBody(n, raw));
		if (fuller && statedBody(fuller, raw) && !statedStandsFor(fuller, raw, pi, pos, head))
			return canonical(raw, pos);
		return fuller ?? canonical(raw, pos);
	};
	/**
	 * Whether a body named with its state ("the Ministry of Defence of Azerbaijan") stands for its bare name `raw`: only
	 * close by (this paragraph or the two before), when no other state's is named so ("the Ministry of Defence" after that
	 * of Azerbaijan and that of Armenia: either) and no owner stands before the name ("Azerbaijan's Ministry of Defence").
	 */
	const statedStandsFor = (fuller: string, raw: string, pi: number, pos: number, head: string): boolean => {
		const before = head.slice(0, Math.max(0, head.lastIndexOf(raw))).trimEnd();
		const owner = before.slice(before.lastIndexOf(' ') + 1);
		if (/[’']s$/.test(owner) || isCountryDemonym(owner)) return false;
		if (prose.lastIndexOf(fuller, pos) < paragraphs[Math.max(0, pi - 2)]!.start) return false;
		return !lastBefore(pi, pos, true, undefined, false, (n) => n === fuller || !statedBody(n, raw));
	};
	const issuerOf = issuerResolver(prose, paragraphs, finish, bodyBefore, lastBefore);
	const fromDescriptor = descriptorResolver(prose, paragraphs, index, issuerOf, ctx.date);
	const interview = interviewOf(prose, paragraphs, named, isPerson);
	/** The speaker of each paragraph's last quote (null when it has none or no speaker). */
	const lastSpeaker: (string | null | undefined)[] = [];

	const result = paragraphs.map((p, pi) => {
		const quotes = ctx.quotes[pi] ?? [];
		const sentences = ctx.sentences[pi] ?? [];
		const out: (string | null)[] = [];
		// (A heading made of a quote, a headline's or an entry's under its time, sums up what follows it and
		// runs on from nothing: speaker-headlines.ts. A quote paragraph cut short or ending on a comma runs on.)
		const heading = (p.headline || p.underTime) && headlineLike(ctx.body, p);
		let sk = 0; // quotes and sentences are both in text order: each quote's sentence is at or after the last one's
		quotes.forEach((q, qi) => {
			while (sk < sentences.length && sentences[sk]!.end <= q.open) sk++;
			const si = sk < sentences.length && sentences[sk]!.start <= q.open ? sk : -1;
			const { raw, tailEnd, head, pronounAt } = quoteWords({
				body: ctx.body,
				prose,
				paragraphs,
				pi,
				quotes,
				qi,
				sentences,
				si,
				prevHasQuote: lastSpeaker[pi - 1] !== undefined,
				firstNamed,
				isPlace: placeLike
			});
			// The words around the attribution, within the paragraph unless the quote opens it; then also the paragraph
			// before ("A source, speaking on condition of anonymity, said:" above it), never two back.
			const near = Math.max(q.open === p.start ? (paragraphs[pi - 1]?.start ?? 0) : p.start, q.open - 300);
			let speaker = finish(
				raw,
				pi,
				pronounAt ?? q.open,
				raw ? prose.slice(near, tailEnd) : '',
				prose.slice(q.close, tailEnd)
			);
			// "Tigran Sahakyan, political analyst, Yerevan:" on a line of its own: the quote under it is
			// theirs, whatever "he says" resolves to (a round-up of experts names each before their words).
			const intro = qi === 0 && q.open === p.start && (!raw || PRONOUN.test(raw)) ? introducedBy(pi) : null;
			// A quote with no attribution continues the previous quote of the paragraph, or, when it
			// is the whole paragraph, the last quote of the paragraph before (the press's run-on quotes).
			if (!raw && qi > 0 && !q.term) speaker = out[qi - 1] ?? null;
			if (!raw && qi === 0 && q.open === p.start && !q.term && !heading) {
				// The nearest paragraph before with a quote, at most two back (a paragraph of narration may sit between).
				let k = pi - 1;
				while (k > pi - 3 && k >= 0 && lastSpeaker[k] === undefined) k--;
				speaker = lastSpeaker[k] ?? null;
				// "When Vachagan Mkrtchyan left his village, …" then a paragraph that is all quote: the words of
				// the person the paragraph before is about, with no quote to run on from, or when it names
				// no one else ("Ruzanna remembers the line of cars." after his quote: hers, not his).
				if (pi > 0 && lastSpeaker[pi - 1] === undefined && p.end <= q.close + 2) {
					const about = storyPerson(pi - 1, q.open);
					if (about && (!speaker || about.only)) speaker = about.name;
				}
			}
			// "«La France condamne…»" then "That is: “France condemns…”": a translation has the speaker of the words it translates;
			// "Pashinyan wrote." then "“…,” the post continued": the document goes on in its writer's words.
			if (raw ? !speaker && CONTINUED.test(prose.slice(q.close, tailEnd)) : TRANSLATION.test(head))
				speaker = qi > 0 ? (out[qi - 1] ?? null) : (lastSpeaker[pi - 1] ?? null);
			if (intro) speaker = canonical(intro, q.open);
			// "“The Peacekeepers Have Become Hostages Too”: An Interview with a Doctor" over "X spoke with Dr. Name,
			// a surgeon, …": a headline's quote is the interviewee's, whom the standfirst names first.
			if (!raw && !speaker && qi === 0 && q.open === p.start && !q.term && interview.headline(p, q.close))
				speaker = interview.after(pi, q.close);
			// Never a pronoun (he, she, they and it resolve to a name or stay unknown), a place or a date ("Stepanakert", "July"
			// are where and when, never who), nor a function word ("As reported by …, Aliyev «…»").
			// ("Jan", who introduced himself so, is a given name the lists know, whatever month it shortens.)
			// (Nor a platform: "posted his remarks on Facebook, and agencies carried them:" is where, not who.)
			if (
				speaker &&
				(PRONOUN.test(speaker) ||
					CALENDAR.test(speaker) ||
					PLATFORMS.has(speaker) ||
					(isStop(speaker) && !sexOfGivenName(speaker)))
			)
				speaker = null;
			// A capital that speaks in the quote's own sentence ("Ankara called the mission “…”") stands for its
			// government; carried from elsewhere it is only where something happened.
			const own = si >= 0 ? sentences[si]! : p;
			if (speaker && placeLike(speaker) && !prose.slice(own.start, own.end).includes(speaker)) speaker = null;
			// "Nagorno-Karabakh: 'We left everything' - refugees pour into …": a headline's place before its colon is its topic.
			if (speaker && p.end - p.start <= 200 && prose.startsWith(`${speaker}:`, p.start) && placeLike(speaker))
				speaker = null;
			if (speaker) cands[pi]!.push({ pos: q.open, name: speaker, org: isOrg(speaker) });
			out.push(speaker);
		});
		// undefined: the paragraph has no quote; null: its last quote has no speaker.
		lastSpeaker[pi] = out.length ? out[out.length - 1]! : undefined;
		return out;
	});
	headlineQuoteSpeakers(ctx.body, paragraphs, ctx.quotes, result, firstAfterWithRole, canonical);
	// Each person's role as the article first gives it, kept apart from the name.
	if (ctx.roles && result.some((list) => list.some((sp) => sp && !isOrg(sp)))) {
		for (const list of named())
			for (const n of list) if (!ctx.roles.has(n.name) && roleOf(n)) ctx.roles.set(n.name, n.role!);
	}
	return result;
}
