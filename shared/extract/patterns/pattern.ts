/**
 * What a relation pattern is: a named declaration with the confidence its matches start from and the
 * reason a person is shown for an edge it made. Its `match` reads a sentence's units at one anchor and
 * reports relation candidates between noun phrases, and type votes for the names it sees in a role
 * ("Drazen Budisa, chairman of the party" says Budisa is a person). Patterns never change a mention.
 */
import type { EntityType } from '../../graph/schema';
import { POLITICAL_HEADS } from '../lexicon/organizations';
import { GENERIC_NOUNS, LIGHT_NOUNS } from '../lexicon/words';
import { descriptionType, isNp, type NounPhrase, type Unit } from '../units';

export interface Candidate {
  subject: NounPhrase;
  object: NounPhrase;
  /** As written ("did not sign", "president of"). */
  label: string;
  /** Lemma ("sign", "president"). */
  predicate: string;
  confidence: number;
  /** The name of the pattern that found it. */
  pattern: string;
  /** The unit the pattern matched at: its verb says how the sentence holds the relation (stance.ts). */
  anchor: number;
}

/** Where a pattern reports what it found. */
export interface PatternOutput {
  /** A relation; `scale` (default 1) lowers the pattern's confidence for a weaker variant of it. */
  relation(found: { subject: NounPhrase; object: NounPhrase; label: string; predicate: string; scale?: number }): void;
  /**
   * A vote that the phrase's name is of `type`, for the reason the pattern gives; a `decisive` one is
   * evidence no reading of the name elsewhere outweighs ("chief executive of Telegram").
   */
  vote(np: NounPhrase, type: EntityType, decisive?: boolean): void;
  /** Another way the text names the phrase's entity ("Jamestown, N.Y."), kept as an alias. */
  alias(np: NounPhrase, form: string): void;
}

export interface RelationPattern {
  /** Stable and unique: edges record it (`pattern`), and calibration counts by it. */
  name: string;
  /** The kind of unit a match starts at; 'sentence' patterns run once per sentence at unit 0. */
  anchor: Unit['kind'] | 'sentence';
  /** How often its matches are right (calibrated on the news development set: npm run calibrate). */
  confidence: number;
  /** Why the edge exists, as a person reads it in the inspector. */
  reason: string;
  /** Its object must resolve to a name: "the company's founder" with no company named before says nothing. */
  namedObject?: boolean;
  /** Its two ends are never one thing ("Jorge Silva, his agent"): a pronoun at the object end does not resolve to the subject. */
  distinctEnds?: boolean;
  /** What it reads is said of the story, not by it (a dateline): the sentence's denials, doubts and sources do not touch it. */
  aboutTheStory?: boolean;
  /**
   * What it reads is how a phrase names someone or something, as a title does ("Britain's Jack Draper",
   * "Smyrna, Tennessee"): a verb that only takes the phrase does not deny or hedge it ("did not meet
   * Britain's Jack Draper"), nor does a condition or a doubt; a copula saying it does ("is not Vantrex's
   * chief executive").
   */
  naming?: boolean;
  match(units: Unit[], k: number, out: PatternOutput): void;
}

export const typeOf = (np: NounPhrase | undefined): EntityType | undefined => np?.entity?.type;
export const isPerson = (np: NounPhrase | undefined): boolean => !!np && (typeOf(np) === 'Person' || (typeOf(np) === 'Other' && !!np.entity?.titled) || np.pronoun === 'person');
export const isInstitution = (np: NounPhrase | undefined): boolean => typeOf(np) === 'Place' || typeOf(np) === 'Organization';
/** Whether a phrase names a political party or movement: "the Democratic Party", "the Greens". */
export const isPartyName = (np: NounPhrase | undefined): boolean =>
  !!np?.entity && np.entity.type === 'Organization' && !np.possessive && POLITICAL_HEADS.has(np.entity.text.split(/\s+/).at(-1)!.toLowerCase());
/**
 * A phrase worth an edge: a name, a pronoun or a description that may resolve to one ("the group",
 * "the country"), or a concept that is more than a lone generic noun.
 */
export const meaningful = (np: NounPhrase): boolean => !!np.entity || !!np.pronoun || !!descriptionType(np) || substantive(np);
/** A concept that names something of its own: more than a lone generic noun ("the group") or a light one ("the idea"). */
export const substantive = (np: NounPhrase): boolean => !!np.concept && !GENERIC_NOUNS.has(np.concept) && !LIGHT_NOUNS.has(np.concept);
/** A name of unknown type next to a role ("Kaja Kallas, the … chief of …") names a person. */
export const couldBePerson = (np: NounPhrase | undefined): np is NounPhrase => !!np?.entity && (np.entity.type === 'Person' || (np.entity.type === 'Other' && !np.possessive));
export const npAt = (units: Unit[], k: number): NounPhrase | undefined => (isNp(units[k]) ? (units[k] as NounPhrase) : undefined);
