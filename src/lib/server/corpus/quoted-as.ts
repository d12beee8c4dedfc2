/**
 * Whom "X quoted Y as saying" gives the words to: Y by name, "him" as "he", or a descriptor speakers.ts resolves ("the
 * ministry"). Split from quote-speaker.ts; quote-head.ts asks it too.
 */
import { subjectBefore } from './attribution';
import { cleanName } from './speaker-names';

/** An object pronoun as the subject pronoun speakers.ts resolves: "quoted him as saying" is "he". */
export const OBJECT_PRONOUN: Record<string, string> = { him: 'he', her: 'she', them: 'they' };

/** Who "quoted X as saying" gives the words to: X, or a descriptor speakers.ts resolves. */
export function quotedAs(obj: string): string {
	// "Sona quoted him as saying": "him" is "he", resolved later.
	if (OBJECT_PRONOUN[obj]) return OBJECT_PRONOUN[obj];
	// ("quoted the presidential aide Hikmet Hajiyev as telling": the name after its lower-case role.)
	if (/^(?:the\s+)?\p{Lu}|^the\s+(?:[\p{Ll}-]+\s+){1,4}\p{Lu}\p{Ll}/u.test(obj))
		return subjectBefore(`${obj} `) ?? cleanName(obj);
	// "the ministry", "the Azerbaijani leader", "the general": the one named before, like "the leader said"; "the
	// representative of the peacekeepers" is a person nobody named (the "a …" form resolves to nobody).
	return QUOTED_DESCRIPTOR.test(obj) ? obj : `a ${obj.replace(/^(?:the|a|an)\s+/, '')}`;
}
/** The descriptors "quoted … as" may give that point back to someone named before ("the peacekeepers' command"). */
const QUOTED_DESCRIPTOR =
	/^the\s+[\p{L}\s’'-]*\b(?:ministry|government|office|service|command|headquarters|embassy|leader|president|premier|minister|prime minister|spokes(?:man|woman|person)|diplomat|ambassador|envoy|commander|general|colonel|aide|adviser)$/u;
