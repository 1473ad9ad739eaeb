/**
 * Standalone English statements for the parts of a split sentence. Written by hand: gapping
 * (`and imports to $2.1 billion`) needs only the first part's verb phrase, not a parser.
 */

const CONJUNCTION = /^(?:and|or|but|while|whereas|with)\s+/i;
const VERB_WORD =
  /^(?:is|are|was|were|has|have|had|will|would|rose|fell|grew|reached|hit|totall?ed|stood|climbed|dropped|jumped|increased|decreased|declined|exported|imported|sent|received|delivered|spent|raised|provided|donated|recorded|reported|exceeded|topped|surged|slumped|plunged|soared|gained|lost|added|cut|saw|made|got|came|went|amounted|accounted|[a-z]+ed)$/i;
// Words that show a part has a verb of its own, beyond VERB_WORD (which also picks the first part's verb).
const OWN_VERB =
  /^(?:will|would|shall|should|can|could|may|might|must|goes|go|went|gone|gets|gives|takes|makes|receives|rises|falls|reaches|totals|stands|comes|spends|earns|costs|pays|grows|drops|gains|loses|adds|sees|remains|amounts|accounts|says|said)$/i;
const PREPOSITION = /\s+(?:to|by|at|from|of|on|for)\s*$/i;
/** A part that only says how the figure before it changed: `up 15 percent on the previous year`. */
export const EN_RELATIVE = /^(?:including|of (?:which|whom)|up|down|an?\s+(?:increase|decrease|rise|drop|fall|jump|gain|decline)\s+of|compared\s+with|or)\s*$/i;

export const withoutConjunction = (s: string) => s.replace(CONJUNCTION, "");
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The verb phrase before the figure of the first part: `Exports rose to ` → `rose to `. */
export function verbPhrase(lead: string): string | null {
  const words = [...lead.matchAll(/\S+\s*/g)];
  const at = words.findIndex((w) => VERB_WORD.test(w[0].trim()));
  return at < 0 ? null : words.slice(at).map((w) => w[0]).join("");
}

/** `and imports to $2.1 billion` with the first part's verb: `imports rose to $2.1 billion`; null when the part has its own verb. */
export function fillGap(own: string, lead: string, verb: string | null): string | null {
  if (!verb) return null;
  const bare = withoutConjunction(lead).trim();
  if (bare === "" || bare.split(/\s+/).some((w) => VERB_WORD.test(w) || OWN_VERB.test(w))) return null;
  const rest = own.slice(own.indexOf(lead) + lead.length);
  // `a further $500 million will go to research` has its own verb after the figure.
  if (rest.split(/\s+/).some((w) => VERB_WORD.test(w) || OWN_VERB.test(w))) return null;
  const subject = bare.replace(PREPOSITION, "").trim();
  if (subject === "" || subject.split(/\s+/).length > 5) return null;
  return `${subject} ${verb}${rest}`;
}
