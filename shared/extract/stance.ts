/**
 * How a sentence holds a relation: affirmed or denied (polarity), stated or only planned, conditional
 * or alleged (modality), and who is reported as saying it (source). Read from the words around the
 * pattern's anchor, the same way for every pattern.
 */
import { chainEnd, findSubjects, isPlainNoun, objectChosenAs, proposalBefore, titleEnd, titleStart, verbTaking } from './clause';
import { APPOINTING_LEMMAS, CALENDAR_WORDS, CLAUSE_TAKING_LEMMAS, MODALS, OBJECT_CONTROL_LEMMAS, REPORTING_LEMMAS, REQUESTING_LEMMAS, SPEECH_LEMMAS, WISHING_LEMMAS } from './lexicon/words';
import { isClass, isNp, isWord, type NounPhrase, type Unit, type VerbGroup } from './units';

export type Polarity = 'positive' | 'negative';
export type Modality = 'asserted' | 'hedged';

export interface Stance {
  polarity: Polarity;
  modality: Modality;
  /** Who the sentence reports as saying it ("…, the ministry said", "according to X"). */
  source?: NounPhrase;
}

const set = (words: string) => new Set(words.split(/\s+/));

/** Words in a verb group that deny it: "did not sign", "never met". */
const NEGATORS = set("not n't never no cannot");
/** Verbs that deny what follows them: "refused to sign", "failed to win". */
const NEGATING = /^(?:refus|declin|fail)/;
/**
 * Verbs that deny what they report: "denied supplying", "ruled out selling", "was acquitted of the murder
 * of", "refrained from criticising", "stopped short of calling" ("rule out" is one lemma of two words).
 */
const NEGATING_VERBS: ReadonlySet<string> = new Set([...set('deny acquit refrain abstain'), 'rule out', 'stop short']);
/** Of those, verbs that deny only the charge they govern: "a jury acquitted Boustani" did acquit him. */
const CLEARING_VERBS = set('acquit');
/** Verbs of a verdict whose "of" introduces the act it clears someone of: "acquitted of", "cleared of", "exonerated of". */
const CLEARED_OF = set('acquit clear exonerate absolve');
/** Nouns that deny the action they name: "Medvedev's refusal to engage". */
const NEGATING_NOUNS = set('refusal denial rejection failure');
/** Verbs that put what follows in the future or in doubt: "plans to acquire", "agreed to buy", "is expected to", "appeared to accept". */
const HEDGING = /^(?:plan|intend|interest|aim|seek|sought|want|hope|expect|agree|need|propos|offer|threaten|consider|prepar|tr(?:y|ied|ies)|attempt|vow|pledg|promis|set|due|likely|going|mov|look|eye|weigh|negotiat|discuss|seem|appear)/;
/**
 * Nouns that put the act after them in the future: an infinitive ("in talks to acquire", "a plan to
 * build", "its bid to buy") or a gerund after a preposition ("interest in buying", "talks on merging").
 */
const HEDGING_NOUNS = set('struggle fight campaign talks plan plans plot plots conspiracy threat threats bid bids offer offers invitation pledge pledges promise promises attempt attempts effort efforts proposal push move decision deal agreement interest idea need needs urgency call calls demand demands application applications request requests intent intention intentions willingness readiness desire wish ambition ambitions capacity ability power powers authority right permission mandate licence license approval clearance consent candidate candidates');
/** Nouns whose "that" clause is held or said, not known: "the perception that …", "the widely held belief that …". */
const BELIEF_NOUNS = set('perception perceptions belief beliefs notion idea view claim claims allegation allegations rumour rumours rumor rumors speculation suggestion suggestions fear fears hope hopes impression assumption theory suspicion suspicions report reports');
/** Verbs that dispute a claim they take as object: "dismissed reports that …", "rejected claims that …". */
const DISPUTING_VERBS = set('deny dismiss reject refute dispute');
/** Verbs that make a claim they take as object a fact: "confirmed reports that …". */
const CONFIRMING_VERBS = set('confirm verify');
/** Adverbs that hedge a clause: "reportedly", "allegedly". */
const HEDGING_ADVERBS = set('reportedly allegedly possibly probably likely apparently potentially perhaps maybe purportedly supposedly');
/** Verbs whose object is not yet had: "needs approval", "seeks permission", "awaits clearance". */
const SEEKING_VERBS = set('need require seek await request want');
/** Verbs whose passive refuses its object: "was denied permission", "was refused clearance". */
const WITHHOLDING_VERBS = set('deny refuse');
/** Openers of a condition or an open question. */
const CONDITIONS = set('if unless whether');
/**
 * Verbs that make what they introduce an accusation: "accused of killing", "charged with the murder
 * of", "blamed Hale for destroying", "sanctioned for undermining democracy". A conviction is not among
 * them: it is a court's finding, reported as fact.
 */
const ACCUSING = /^(?:accus|charg|suspect|alleg|indict|arrest|blam|sanction)/;
/** The prepositions by which an accusing verb introduces the act ("accused of", "charged with", "arrested in the shooting of"). */
const ACCUSATION = /^(?:(?:of|with|for|over|on|in connection with)\b|in \S+ of\b)/;
/** Nouns for an accusation, whose act is alleged: "a charge of abetting", "allegations of bribing". */
const CHARGE_NOUNS = set('charge charges count counts accusation accusations allegation allegations');

/** A verb that denies the act it governs ("denied supplying", "refused to sign"): that act is the relation, negated. */
export const deniesWhatFollows = (lemma: string): boolean => NEGATING_VERBS.has(lemma) || NEGATING.test(lemma);

const wordsOf = (label: string) => label.toLowerCase().split(/\s+/);

/** "did not rule out selling", "did not deny supplying": a denial denied, which leaves the act open. */
const deniedDenial = (verb: VerbGroup): boolean => NEGATING_VERBS.has(verb.lemma) && (verb.negated || wordsOf(verb.label).some((w) => NEGATORS.has(w)));

function verbStance(verb: VerbGroup): { negative: boolean; hedged: boolean } {
  const words = wordsOf(verb.label);
  // "has agreed to acquire", "refused to sign": the verbs before "to" say how the last one holds.
  const catenatives = words.filter((_, k) => words[k + 1] === 'to');
  const open = deniedDenial(verb);
  return {
    negative: !open && (verb.negated || words.some((w) => NEGATORS.has(w)) || catenatives.some((w) => NEGATING.test(w)) || NEGATING_VERBS.has(verb.lemma)),
    hedged: open || words.some((w) => MODALS.has(w)) || catenatives.some((w) => HEDGING.test(w)),
  };
}

/**
 * "would buy Vantrex Foods and sell Nordvik Shipping", "has promised to abolish the central bank and replace
 * the peso": a bare verb coordinated with a modal one, or one whose verbs before "to" say how it holds, shares
 * that one's stance; "accused Lindner of breaking his trust and putting …": a gerund, the stance of the
 * gerund it is coordinated with after the preposition that governs both.
 */
function coordinatedStance(units: Unit[], verb: VerbGroup, anchor: number): { negative: boolean; hedged: boolean } | undefined {
  const gerund = verb.form === 'gerund';
  if (!gerund && (verb.form !== 'finite' || verb.label !== verb.lemma)) return undefined;
  let coordinated = false;
  for (let j = anchor - 1; j >= 0; j--) {
    const u = units[j]!;
    if (u.kind === 'verb') {
      if (!coordinated) return undefined;
      if (!gerund) {
        const words = wordsOf(u.label);
        if (MODALS.has(words[0]!) || words.includes('to')) return verbStance(u);
        // "will stop production and sell or repurpose the plant": past another bare verb of the list.
        if (u.form !== 'finite' || u.label !== u.lemma) return undefined;
        coordinated = false;
        continue;
      }
      // Only where a preposition governs both, as "of" an accusation, "without" or "by" do; not "promising
      // to be a president … and casting Trump as a threat", whose gerunds each say how their own act holds.
      if (u.form !== 'gerund' || !isClass(units[j - 1], 'prep')) return undefined;
      const stance = readStance(units, j, u.label);
      return { negative: stance.polarity === 'negative', hedged: stance.modality === 'hedged' };
    }
    if (isWord(u, 'and', 'or')) coordinated = true;
    else if (isClass(u, 'sub') || isClass(u, 'rel') || isWord(u, ';', '"')) return undefined;
  }
  return undefined;
}

/** "faced 11 charges, including corruption and undermining the government": the act is one of the charges a list names. */
function listedAmongCharges(units: Unit[], anchor: number): boolean {
  let j = anchor - 1;
  while (isNp(units[j]) || isClass(units[j], 'det') || isWord(units[j], ',', 'and', 'or')) j--;
  if (!isWord(units[j], 'including')) return false;
  j--;
  if (isWord(units[j], ',')) j--;
  const charges = units[j];
  return isNp(charges) && CHARGE_NOUNS.has(charges.head);
}

/** "according to": compromise may read "according" as a word or as a verb. */
export function isAccordingTo(units: Unit[], k: number): boolean {
  const u = units[k];
  return (isWord(u, 'according') || (u?.kind === 'verb' && u.label === 'according')) && isClass(units[k + 1], 'to');
}

/** Who says it: the subject of a verb of saying around the anchor, or "according to X". */
function sourceOf(units: Unit[], anchor: number): NounPhrase | undefined {
  for (let k = 0; k + 2 < units.length; k++) {
    if (isAccordingTo(units, k) && isNp(units[k + 2])) return units[k + 2] as NounPhrase;
  }
  for (let s = 0; s < units.length; s++) {
    const u = units[s]!;
    if (s === anchor || u.kind !== 'verb' || (!SPEECH_LEMMAS.has(u.lemma) && !REPORTING_LEMMAS.has(u.lemma)) || reportsAThing(units, s)) continue;
    const between = s < anchor ? units.slice(s + 1, anchor) : units.slice(anchor + 1, s);
    if (between.some((x) => isWord(x, ';', '-'))) continue;
    // "…, said Stavros Kallis", "…, said Edison spokesman Kevin Kelly": the speaker may follow the verb,
    // past their titles, where the verb is set off after what it reports; not in "…, saying Canadians
    // deserved a say", where the name is what it reports, nor in "officials told her it would not …".
    const named = titleEnd(units, s + 1);
    const after = units[named];
    // Not an owner of what the clause is about ("…, said its factories were running"), nor whom "told" addresses.
    const owner = isNp(after) && after.possessive && units[named + 1]?.kind !== 'role';
    if (s > anchor && u.form === 'finite' && u.lemma !== 'tell' && isWord(units[s - 1], ',', '"') && isNp(after) && (after.entity || after.pronoun) && !owner && units[named + 1]?.kind !== 'verb') return after;
    const speaker = findSubjects(units, s).find((np) => np.entity || np.pronoun || np.concept);
    // "…, the ministry said", "…, his spokeswoman Kira Yarmysh said": a report that closes the sentence
    // is set off from what it reports.
    if (speaker && s > anchor && !isWord(units[titleStart(units, units.indexOf(speaker)) - 1], ',')) continue;
    if (speaker) return speaker;
  }
  return undefined;
}

/** Verbs of reporting that also take a thing as their object ("reported a loss", "announced job cuts"). */
const THING_REPORTING_LEMMAS = new Set(['report', 'announce', 'reveal', 'confirm', 'deny', 'acknowledge', 'admit']);

/**
 * "Aramco reported a 15 percent fall in profit, hurt by …": such a verb with a thing as its object, no
 * clause after it, reports that thing, and no one is quoted for the rest of the sentence.
 */
function reportsAThing(units: Unit[], s: number): boolean {
  const object = units[s + 1];
  return THING_REPORTING_LEMMAS.has((units[s] as VerbGroup).lemma) && isNp(object) && !object.entity && !object.pronoun && units[s + 2]?.kind !== 'verb';
}

/**
 * "Neither Russia nor China signed": a verb whose subjects "neither … nor" join is denied for each;
 * "No North Korean soldiers crossed": so is one whose subject "no" opens, right before it.
 */
function deniedBySubjects(before: Unit[]): boolean {
  const nor = before.findLastIndex((u) => isWord(u, 'nor'));
  if (nor > 0 && before.slice(0, nor).some((u) => isWord(u, 'neither')) && !before.slice(nor + 1).some((u) => u.kind === 'verb')) return true;
  const no = before.findLastIndex((u) => isWord(u, 'no'));
  if (no < 0) return false;
  const previous = before[no - 1];
  const opens = !previous || isWord(previous, ',', 'and', 'that') || isClauseBoundary(previous) || (previous.kind === 'verb' && REPORTING_LEMMAS.has(previous.lemma));
  // The subject: a plain phrase, after the names of whose it is ("North Korean", "European or NATO").
  const subject = before.slice(no + 1).filter((u, j, all) => !(isWord(u, 'or', 'and') && isNp(all[j - 1]) && isNp(all[j + 1])));
  return opens && subject.length > 0 && subject.length <= 3 && subject.every(isNp) && !(subject.at(-1) as NounPhrase).entity && subject.slice(0, -1).every((u) => !!(u as NounPhrase).entity);
}

interface ThatClause {
  head: Unit;
  governor?: Unit;
}

/**
 * Where the dates right before unit k begin ("on Tuesday", "in March"), or k: "denied on Tuesday that
 * …", "agreed on Monday to buy …" say when between a verb and the clause or the act it takes.
 */
function datesBefore(units: Unit[], k: number): number {
  let h = k;
  while (isClass(units[h - 2], 'prep') && isNp(units[h - 1]) && CALENDAR_WORDS.has((units[h - 1] as NounPhrase).head)) h -= 2;
  return h;
}

/**
 * The "that" clause the anchor stands in, if any: the unit "that" follows ("denied that …", "the
 * perception that …") and, where that is a noun, the verb that takes the noun ("dismissed reports that …").
 */
function thatClause(before: Unit[]): ThatClause | undefined {
  const that = before.findLastIndex((u) => isWord(u, 'that'));
  // "denied that Russia had targeted facilities and said Ukraine had attacked …": a verb that takes a clause
  // of its own after the one "that" opens governs what follows it.
  const retaken = (u: Unit) => u.kind === 'verb' && u.form === 'finite' && CLAUSE_TAKING_LEMMAS.has(u.lemma);
  if (that < 1 || before.slice(that + 1).some((u) => isWord(u, ';', '"') || retaken(u))) return undefined;
  let h = datesBefore(before, that) - 1;
  // "claims by the opposition that he lost": who holds a belief may stand between it and its clause.
  const holder = before.slice(0, h + 1).findLastIndex((u) => !isNp(u) && !isClass(u, 'det'));
  if (isWord(before[holder], 'by', 'from') && isNp(before[holder - 1]) && BELIEF_NOUNS.has((before[holder - 1] as NounPhrase).head)) h = holder - 1;
  let v = h - 1;
  while (isClass(before[v], 'det')) v--;
  return { head: before[h]!, governor: before[v] };
}

/**
 * "suspect Tom Hale knew …", "did not say he knew …": a clause without "that", whose subject stands right
 * after the verb that takes the clause.
 */
function bareClause(before: Unit[]): ThatClause | undefined {
  let s = before.length - 1;
  while (isNp(before[s]) || isClass(before[s], 'det')) s--;
  const head = before[s];
  return s < before.length - 1 && head?.kind === 'verb' && CLAUSE_TAKING_LEMMAS.has(head.lemma) ? { head } : undefined;
}

/** Verbs of showing a clause true: "had not proved that she had been paid …" leaves it open. */
const PROVING_LEMMAS = set('prove show establish demonstrate');

/**
 * "did not admit that he knew …", "would not confirm that …", "failed to prove that …": a clause a
 * speaker declines to say, or no one showed, is left open; not one no one denies ("it cannot be denied that …").
 */
function unvouchedClause(clause: ThatClause | undefined): boolean {
  const verb = clause?.head;
  return verb?.kind === 'verb' && verbStance(verb).negative && (REPORTING_LEMMAS.has(verb.lemma) || PROVING_LEMMAS.has(verb.lemma)) && !NEGATING_VERBS.has(verb.lemma);
}

/** Verbs whose clause is only what someone asserts: "the lawsuit alleges that Apple blocked …". */
const ALLEGING_LEMMAS = set('allege claim contend');
/** Verbs whose clause is what someone wants done: "had demanded that he break the debt brake". */
const DEMANDING_LEMMAS = set('demand require request urge ask order propose recommend');
/** Verbs whose clause is what someone holds true, no more: "grounds to believe that Netanyahu had used …". */
const BELIEVING_LEMMAS = set('believe think suspect fear');
const OPEN_CLAUSE_LEMMAS: ReadonlySet<string> = new Set([...ALLEGING_LEMMAS, ...DEMANDING_LEMMAS, ...BELIEVING_LEMMAS]);

/** Nouns whose "that" clause is what someone wants done: "rejected a government demand that it sell Chrome". */
const DEMAND_NOUNS = set('demand demands request requests call calls proposal proposals recommendation recommendations insistence requirement requirements');

/** What a claim, a demand or a belief says is not yet shown, done or known. */
const openClause = (clause: ThatClause | undefined): boolean =>
  (clause?.head.kind === 'verb' && OPEN_CLAUSE_LEMMAS.has(clause.head.lemma)) || (isNp(clause?.head) && DEMAND_NOUNS.has(clause.head.head));

/** "The perception that the US prioritized …": the clause is the content of a belief or a claim, unless confirmed ("confirmed reports that …"). */
function heldBelief(clause: ThatClause | undefined): boolean {
  const governor = clause?.governor;
  return !!clause && isNp(clause.head) && BELIEF_NOUNS.has(clause.head.head) && !(governor?.kind === 'verb' && CONFIRMING_VERBS.has(governor.lemma));
}

/** Nouns for what would show a clause true. */
const EVIDENCE_NOUNS = set('evidence proof sign signs indication indications');

/** "There is no evidence that Kestia supplied …", "found no sign that …": a clause that no evidence shows is not asserted. */
function unshownClause(before: Unit[], clause: ThatClause | undefined): boolean {
  if (!clause || !isNp(clause.head) || !EVIDENCE_NOUNS.has(clause.head.head)) return false;
  const { head, governor } = clause;
  return isWord(before[before.indexOf(head) - 1], 'no') || (governor?.kind === 'verb' && wordsOf(governor.label).includes('no'));
}

/**
 * "needs approval from …", "was denied permission by …", "did not win clearance": a noun for an act
 * holds as the verb that has it as its object does: sought, refused or denied. So does a role, or how a
 * phrase names someone (`naming`), where a copula says its subject holds it ("is not the chief executive
 * of"); not where the verb only takes the phrase ("did not meet President Biden", "did not meet Britain's
 * Jack Draper").
 */
function governedStance(units: Unit[], k: number, naming: boolean): { negative: boolean; hedged: boolean } {
  const taker = isNp(units[k]) || units[k]?.kind === 'role' ? verbTaking(units, k) : undefined;
  const verb = (isNp(units[k]) && !naming) || taker?.copula ? taker : undefined;
  if (!verb) return { negative: false, hedged: false };
  return { negative: verb.negated || WITHHOLDING_VERBS.has(verb.lemma), hedged: SEEKING_VERBS.has(verb.lemma) || verbStance(verb).hedged };
}

/**
 * "denied that it had bribed …", "dismissed reports that it had agreed …": the clause is what a verb
 * of denial denies, or the claim a verb disputes; not "it cannot be denied that …".
 */
function deniedClause(clause: ThatClause | undefined): boolean {
  if (!clause) return false;
  const claim = isNp(clause.head) && BELIEF_NOUNS.has(clause.head.head);
  const verb = claim ? clause.governor : clause.head;
  return verb?.kind === 'verb' && (claim ? DISPUTING_VERBS : NEGATING_VERBS).has(verb.lemma) && !verb.negated;
}

/**
 * Where the noun an infinitive at k completes stands: right before it, or past when and from whom ("won
 * approval from shareholders on Friday to list its shares").
 */
function nounBeforeAct(units: Unit[], k: number): number {
  let n = datesBefore(units, k) - 1;
  if (isNp(units[n]) && isWord(units[n - 1], 'from', 'by') && isNp(units[n - 2])) n -= 2;
  return n;
}

/** The words of the adverbs right before the unit at k ("no longer", "never"). */
function adverbsBefore(units: Unit[], k: number): string[] {
  const words: string[] = [];
  for (let j = k - 1; isClass(units[j], 'adv'); j--) words.unshift((units[j] as { word: string }).word);
  return words;
}

/**
 * The nearest verb before the infinitive at k, within its clause: the one that asks for it or lets it
 * happen, past an aside between commas ("ordered the bank, which sold the bonds, to disclose …").
 */
function governorOf(units: Unit[], k: number): VerbGroup | undefined {
  for (let j = k - 1; j >= 0; j--) {
    const u = units[j]!;
    if (u.kind === 'verb') return u;
    if (isWord(u, ',') && j === k - 1) {
      const opening = units.slice(0, j).findLastIndex((x) => isWord(x, ','));
      if (opening >= 0) j = opening;
      continue;
    }
    if (isClass(u, 'sub') || isClass(u, 'rel') || isWord(u, ';', '"')) return undefined;
  }
  return undefined;
}

/**
 * Words before "to" that put the act after it in doubt, as an adjective compromise does not join to the
 * verb: "is unlikely to attack", "seemed inclined to uphold", "is ready to sign", "has been reluctant to expand",
 * "defended the bill as necessary to cut".
 */
const LIKELIHOOD_WORDS = set('likely unlikely inclined poised ready willing eager reluctant unwilling hesitant necessary');
/** Words before "to" that deny the act after it: "would be unable to remove him", "was powerless to stop". */
const INABILITY_WORDS = set('unable powerless');

/** "would keep striking until Boeing restored their pensions": what a hedged act waits for has not happened. */
function awaited(before: Unit[]): boolean {
  const until = before.findLastIndex((u) => isWord(u, 'until', 'till'));
  // "had tried to postpone the vote until December, but the council overturned …": not past the clause's end.
  return until > 0 && before.slice(0, until).some((u) => u.kind === 'verb' && verbStance(u).hedged) && !before.slice(until + 1).some(isClauseBoundary);
}

/**
 * "hired an assassin to kill Marcos if she were killed", "pays royalties if users search": "if" or
 * "unless" right after the phrase of an act still to do or done as a rule, before any other verb or
 * comma, holds it open as one before it does. Not the act of a verb in another tense, which happened
 * whatever it was about ("has threatened strikes if …", "had refused to accept losses unless …"), nor
 * a question ("asked him if …").
 */
function conditionFollows(units: Unit[], anchor: number, verb: VerbGroup): boolean {
  const open = verb.form === 'infinitive' || (verb.form === 'finite' && !verb.label.includes(' ') && !/ed$/.test(verb.label));
  if (!open || REPORTING_LEMMAS.has(verb.lemma) || REQUESTING_LEMMAS.has(verb.lemma)) return false;
  for (let j = anchor + 1; j < units.length; j++) {
    const u = units[j]!;
    if (isWord(u, 'if', 'unless')) return true;
    if (u.kind === 'verb' || isWord(u, ',') || isClauseBoundary(u)) return false;
  }
  return false;
}

/** Words that end one clause and open another: "cut rates, but said … because inflation was likely to …". */
const isClauseBoundary = (u: Unit): boolean => isClass(u, 'sub') || isClass(u, 'rel') || isWord(u, ';', '"', 'but');

/**
 * The units of the clause the anchor is in, between the boundaries around it. A relative clause set off
 * by commas ends at its closing comma: "Pheu Thai, which is backed by Thaksin, is expected to nominate
 * …, possibly his daughter" does not make the backing possible.
 */
function clauseOf(units: Unit[], anchor: number): Unit[] {
  let from = anchor;
  while (from > 0 && !isClauseBoundary(units[from - 1]!)) from--;
  const aside = isClass(units[from - 1], 'rel') && isWord(units[from - 2], ',');
  let to = anchor + 1;
  while (to < units.length && !isClauseBoundary(units[to]!) && !(aside && isWord(units[to], ','))) to++;
  return units.slice(from, to);
}

/**
 * The stance of a relation a pattern read at unit `anchor` of a sentence; `naming` when the pattern reads
 * how a phrase names its subject (RelationPattern.naming), as every role does.
 */
export function readStance(units: Unit[], anchor: number, label: string, naming = false): Stance {
  const at = units[anchor];
  const named = naming || at?.kind === 'role';
  const verb = at?.kind === 'verb' ? at : undefined;
  const shared = verb && coordinatedStance(units, verb, anchor);
  const ownStance = verb ? verbStance(verb) : governedStance(units, anchor, named);
  const cleared = !!verb && CLEARING_VERBS.has(verb.lemma) && !verb.negated && wordsOf(label).at(-1) === wordsOf(verb.label).at(-1);
  const own = cleared ? { ...ownStance, negative: false } : ownStance;
  // "a plan to build", "interest in buying", "is interested in preventing": a noun or a verb of intent before the act.
  // "his call for allies to supply …": or before the "for" that opens the act's clause.
  const forClause = isWord(units[anchor - 2], 'for') && isNp(units[anchor - 1]) ? units[anchor - 3] : undefined;
  const intent = verb?.form === 'infinitive' ? (proposalBefore(units, anchor)?.proposal ?? forClause ?? units[nounBeforeAct(units, anchor)]) : verb?.form === 'gerund' && isClass(units[anchor - 1], 'prep') ? units[anchor - 2] : undefined;
  // "pleaded not guilty to": a pattern may carry the denial in its label; "its refusal to meet …": a noun before the act.
  const before = units.slice(0, anchor);
  // "had no plans to send troops": an intent that is had by no one.
  const refused = isNp(intent) && (NEGATING_NOUNS.has(intent.head) || (HEDGING_NOUNS.has(intent.head) && isWord(units[units.indexOf(intent) - 1], 'no')));
  // "no longer supplies", "has yet to sign": adverbs the verb group leaves out may deny it too.
  const adverbs = verb ? adverbsBefore(units, anchor) : [];
  const ceased = adverbs.includes('never') || adverbs.join(' ').includes('no longer') || (verb?.form === 'infinitive' && isWord(units[anchor - 1], 'yet'));
  // "left without paying its debts": an act "without" opens did not happen.
  const withheld = verb?.form === 'gerund' && isWord(units[anchor - 1], 'without');
  // "asked that his sister Mary, who lives in Rock Hill, be mailed tickets": a relative clause says what
  // is, whatever the clause around it says.
  const clause = isWord(units[anchor - 1], 'who', 'which') ? undefined : (thatClause(before) ?? (verb?.form === 'finite' ? bareClause(before) : undefined));
  // "is unlikely to attack", "was unable to stop": a word before "to" that compromise leaves out of the verb.
  const wordBefore = verb?.form === 'infinitive' ? ((units[anchor - 1] as { word?: string } | undefined)?.word ?? '') : '';
  const negative = own.negative || !!shared?.negative || refused || ceased || withheld || INABILITY_WORDS.has(wordBefore) || NEGATING_NOUNS.has(wordsOf(label)[0]!) || (!(verb && deniedDenial(verb)) && wordsOf(label).some((w) => NEGATORS.has(w))) || (!!verb && (deniedBySubjects(before) || deniedClause(clause)));
  // "…unless Beijing agrees, EU trade chief Valdis Dombrovskis said": a role, or any name, names whatever the condition.
  const conditional = !named && (before.some((u) => u.kind === 'word' && CONDITIONS.has(u.word)) || awaited(before) || (!!verb && conditionFollows(units, anchor, verb)));
  const believed = !!verb && (heldBelief(clause) || unvouchedClause(clause) || openClause(clause) || unshownClause(before, clause));
  // "chose Wanjiru as its candidate to challenge Ruto": what someone is chosen to do is still to come.
  const chosenFor = verb?.form === 'infinitive' && objectChosenAs(units, anchor) !== undefined;
  const likelihood = LIKELIHOOD_WORDS.has(wordBefore);
  // "it is important for Ukraine to win the war": what a clause judges fit for someone to do is not done.
  const judgedFit = verb?.form === 'infinitive' && isClass(forClause, 'det');
  // "urged Serbia, a candidate, to align …": what a verb asks its object to do is not yet done; "will not
  // allow extremists to threaten …": what a denied verb would let or make its object do is denied.
  const governor = verb?.form === 'infinitive' ? governorOf(units, anchor) : undefined;
  // "was nominated to replace him", "hired Ana Ruiz to lead …": so is what someone is appointed to do.
  // "wants Ukraine to join NATO", "expect the bank to cut rates": or what someone wants or expects another to do.
  const commissioned = !!governor && (REQUESTING_LEMMAS.has(governor.lemma) || APPOINTING_LEMMAS.has(governor.lemma) || WISHING_LEMMAS.has(governor.lemma));
  // "would return to take office", "accused Spotify of using the EU to gain …": what a hedged act is for is no more certain;
  // "accused Google of stifling competition by paying …": nor is the means of one.
  const purposeOfHedged = !!governor && readStance(units, units.indexOf(governor), governor.label).modality === 'hedged';
  // "remedies could include forcing Google to end …": nor is an act a hedged verb takes as its object.
  let taker = anchor - 1;
  while (isClass(units[taker], 'adv')) taker--;
  const objectOfHedged = verb?.form === 'gerund' && units[taker]?.kind === 'verb' && readStance(units, taker, (units[taker] as VerbGroup).label).modality === 'hedged';
  const means = verb?.form === 'gerund' && isWord(units[anchor - 1], 'by') ? units.slice(0, anchor - 1).findLastIndex((u) => u.kind === 'verb') : -1;
  const meansOfHedged = means >= 0 && (units[means] as VerbGroup).form === 'gerund' && readStance(units, means, (units[means] as VerbGroup).label).modality === 'hedged';
  const forbidden = !!governor && governor.negated && (OBJECT_CONTROL_LEMMAS.has(governor.lemma) || commissioned);
  // "declined to comment on", "does not need to recognize": compromise may leave the infinitive out of the verb that takes it.
  const catenative = governor && units[datesBefore(units, anchor) - 1] === governor ? wordsOf(governor.label).at(-1) : undefined;
  // "did not commit to stopping kidnappings": nor is the act a denied verb takes.
  const refusedAct = !!catenative && (NEGATING.test(catenative) || !!governor?.negated);
  const intendedAct = !!catenative && HEDGING.test(catenative);
  // "Tesla to build battery plant in Mexico": an infinitive no verb comes before is a plan, as headlines write one.
  const headlinePlan = verb?.form === 'infinitive' && !units.slice(0, anchor).some((u) => u.kind === 'verb');
  const planned = !!shared?.hedged || (isNp(intent) && HEDGING_NOUNS.has(intent.head)) || (verb?.form === 'gerund' && intent?.kind === 'verb' && HEDGING.test(intent.lemma)) || chosenFor || likelihood || judgedFit || commissioned || purposeOfHedged || meansOfHedged || objectOfHedged || intendedAct || headlinePlan;
  // Not a name: "U.S. District Judge John Ross said the states were likely to …" is a judge whatever he doubts.
  const adverb = !named && clauseOf(units, anchor).some((u) => u.kind === 'word' && HEDGING_ADVERBS.has(u.word));
  // "was accused of smuggling", "accused Milei of attacking …": the gerund's act is alleged.
  // "faces a charge of abetting Iswaran": so is one a charge names.
  let k = anchor - 1;
  // "on charges of corruption and aiding a terrorist group": past the noun the gerund is joined to.
  if (verb?.form === 'gerund' && isWord(units[k], 'and', 'or') && isPlainNoun(units[k - 1])) k -= 2;
  while (isClass(units[k], 'prep') || isClass(units[k], 'adv')) k--;
  const charge = units[k];
  // "charged Indian billionaire Gautam Adani with defrauding …": past the accused, their titles and descriptions.
  if (isNp(units[k]) && isClass(units[k + 1], 'prep')) {
    k = titleStart(units, k) - 1;
    while (isNp(units[k]) && chainEnd(units, k) > k) k--;
  }
  const accusedOfGerund = verb?.form === 'gerund' && ((units[k]?.kind === 'verb' && ACCUSING.test((units[k] as VerbGroup).lemma)) || (isNp(charge) && CHARGE_NOUNS.has(charge.head)) || listedAmongCharges(units, anchor));
  // "was charged with the murder of Bolles": the act is alleged, though the charge is a fact.
  const accusedOfAct = !!verb && ACCUSING.test(verb.lemma) && ACCUSATION.test(label.slice(verb.label.length).trim());
  const accused = accusedOfGerund || accusedOfAct;
  // "was acquitted of murdering …", "cleared Tom Hale of bribing …", "was found not guilty of killing …":
  // the act a verdict clears someone of is denied.
  const notGuilty = (isWord(units[anchor - 2], 'guilty') && isWord(units[anchor - 3], 'not')) || isWord(units[anchor - 2], 'innocent');
  const clearedOf = verb?.form === 'gerund' && isWord(units[anchor - 1], 'of') && (notGuilty || (units[k]?.kind === 'verb' && CLEARED_OF.has((units[k] as VerbGroup).lemma) && !(units[k] as VerbGroup).negated));
  // "…, U.S. President Donald Trump had raised …": a title is the writer's word for its holder, said by no one quoted.
  const source = at?.kind === 'role' ? undefined : sourceOf(units, anchor);
  return {
    polarity: negative || forbidden || refusedAct || clearedOf ? 'negative' : 'positive',
    modality: own.hedged || planned || conditional || believed || adverb || accused ? 'hedged' : 'asserted',
    ...(source ? { source } : {}),
  };
}
