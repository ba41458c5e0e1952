/**
 * Every relation pattern, declared once, and the pass that runs them over a sentence. Patterns are
 * independent: each reads the units as tagged, none sees another's votes, so their order is free.
 */
import type { EntityMention } from '../mentions';
import type { Unit } from '../units';
import { SOURCE_WEIGHT, type TypeVote } from '../votes';
import { agentNominalization, agentNoun, examplesOfKind, includedMembers, legalAct, lightVerbAct, modifierNominalization, penaltyFor, permissionFrom, possessiveNominalization, underInquiry } from './nominal';
import type { Candidate, PatternOutput, RelationPattern } from './pattern';
import { apposedLocation, capitalApposition, cityOfRegion, dateline, describedOrganization, legislatorState, locatedIn, nationality, organizationOfPlace, personAffiliation, placeModifiedOrganization, pronounAffiliation, possessiveAffiliation, possessiveArms, possessiveHome, possessiveLocation } from './places';
import { appointedAs, apposedOrganizationNoun, apposedPossessiveDescription, apposedPossessiveRelation, memberApposition, modifiedCompanyRelation, modifiedOccupation, occupationApposition, ownedName, possessiveDescribedName, possessiveRelation, possessiveWork, roleApposedName, roleApposition, rolePredicateOf, roleTitle, staffAt } from './roles';
import { apposedPart, collectiveSubject, copulaLocation, copulaPart, employerAfterObject, firedProjectile, firedWith, hyphenatedLocation, hyphenatedParticiple, lostTo, matchVenue, opponentClub, orderedBy, passiveAgent, passivePrepositional, resultOpponent, scoredFor, sharesOfCompany, sharesTradedOn, subjectVerbObject } from './verbs';

export type { Candidate, RelationPattern } from './pattern';

/** The registry: what Relata knows how to read, and why each edge it makes exists. */
export const PATTERNS: readonly RelationPattern[] = [
  subjectVerbObject,
  hyphenatedParticiple,
  hyphenatedLocation,
  passiveAgent,
  orderedBy,
  passivePrepositional,
  copulaLocation,
  copulaPart,
  apposedPart,
  employerAfterObject,
  lostTo,
  firedProjectile,
  firedWith,
  opponentClub,
  collectiveSubject,
  resultOpponent,
  matchVenue,
  sharesTradedOn,
  sharesOfCompany,
  scoredFor,
  roleTitle,
  roleApposition,
  rolePredicateOf,
  roleApposedName,
  memberApposition,
  ownedName,
  staffAt,
  appointedAs,
  occupationApposition,
  apposedOrganizationNoun,
  modifiedOccupation,
  modifiedCompanyRelation,
  possessiveRelation,
  possessiveWork,
  possessiveDescribedName,
  apposedPossessiveRelation,
  apposedPossessiveDescription,
  possessiveNominalization,
  modifierNominalization,
  legalAct,
  penaltyFor,
  agentNominalization,
  underInquiry,
  agentNoun,
  permissionFrom,
  lightVerbAct,
  includedMembers,
  examplesOfKind,
  personAffiliation,
  nationality,
  legislatorState,
  organizationOfPlace,
  placeModifiedOrganization,
  locatedIn,
  cityOfRegion,
  possessiveAffiliation,
  pronounAffiliation,
  possessiveLocation,
  possessiveArms,
  possessiveHome,
  capitalApposition,
  apposedLocation,
  describedOrganization,
  dateline,
];

const BY_NAME: ReadonlyMap<string, RelationPattern> = new Map(PATTERNS.map((p) => [p.name, p]));

/** The declaration of the pattern with this name, if Relata has one (imported graphs may name others). */
export function patternNamed(name: string): RelationPattern | undefined {
  return BY_NAME.get(name);
}

/** What the patterns read in one sentence: relation candidates, type votes and aliases for its names. */
export interface SentenceReading {
  candidates: Candidate[];
  votes: Array<{ mention: EntityMention; vote: TypeVote }>;
  aliases: Array<{ mention: EntityMention; form: string }>;
}

/** Runs every pattern at every unit it anchors on. */
export function readSentence(units: Unit[]): SentenceReading {
  const reading: SentenceReading = { candidates: [], votes: [], aliases: [] };
  // One output for the sentence, told which pattern is matching where: made anew for every pattern,
  // its functions cost more than most matches do.
  let pattern = PATTERNS[0]!;
  let anchor = 0;
  const out: PatternOutput = {
    relation: ({ scale = 1, ...found }) => reading.candidates.push({ ...found, confidence: pattern.confidence * scale, pattern: pattern.name, anchor }),
    vote: (np, type, decisive = false) => {
      if (np.entity) reading.votes.push({ mention: np.entity, vote: { type, weight: decisive ? SOURCE_WEIGHT.decisive : pattern.confidence * SOURCE_WEIGHT.pattern, reason: pattern.reason } });
    },
    alias: (np, form) => {
      if (np.entity) reading.aliases.push({ mention: np.entity, form });
    },
  };
  for (pattern of PATTERNS) {
    anchor = 0;
    if (pattern.anchor === 'sentence') pattern.match(units, 0, out);
    else {
      for (let k = 0; k < units.length; k++) {
        if (units[k]!.kind !== pattern.anchor) continue;
        anchor = k;
        pattern.match(units, k, out);
      }
    }
  }
  return reading;
}
