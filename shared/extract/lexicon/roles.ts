/** Titles and roles that tie a person to a place or an organisation ("President", "spokesman"). */

/** Head words of a role. */
export const ROLE_HEADS = new Set(
  (
    'president vice-president premier minister secretary chancellor chairman chairwoman chairperson chair chief spokesman spokeswoman ' +
    'spokesperson director senator governor mayor king queen prince princess pope cardinal archbishop bishop rabbi imam ambassador envoy ' +
    'commander general admiral cfo coo cto cio delegate ' +
    'leader speaker representative adviser advisor ceo founder head deputy commissioner prosecutor judge editor correspondent ' +
    'official officer lawmaker mp member analyst coordinator negotiator emir sheikh ayatollah monarch marshal colonel captain ' +
    'lieutenant sergeant attorney lawyer reporter professor researcher economist scientist executive manager employee ' +
    'citizen resident native activist lobbyist strategist columnist commentator diplomat fellow director-general president-elect owner partner counsel justice coach administrator sheriff magistrate treasurer superintendent ' +
    'co-leader co-chair co-chairman co-chairwoman co-president co-founder'
  ).split(' '),
);

/** People an institution employs, named as a group: "analysts at Jefferies", "economists at Barclays". */
export const STAFF_NOUNS = new Set(
  'analysts economists strategists researchers scientists engineers executives employees staff bankers traders workers'.split(' '),
);

/** Of those, the ones who comment on other businesses than their own: "analysts at Goldman Sachs said the group …". */
export const COMMENTATOR_NOUNS = new Set(['analysts', 'economists', 'strategists']);

/** Words that modify a role head ("Defense Minister", "Deputy Foreign Minister"). */
export const ROLE_MODIFIERS = new Set(
  (
    'deputy vice prime foreign defense defence interior finance justice economy economic health education energy trade state ' +
    'home first former acting interim chief executive general supreme senior top outgoing incoming military national security ' +
    'press attorney secretary-general policy intelligence financial operating technology marketing commercial investment ' +
    'information medical legal communications digital risk compliance sales creative scientific technical operations ' +
    'labor agriculture transportation transport housing environment culture tourism industry homeland crown'
  ).split(' '),
);

/** Words that may follow "of" inside a role title ("Chief of Staff", "Secretary of State"). */
export const ROLE_OF_TAILS = new Set(['staff', 'state', 'defense', 'defence', 'the army', 'the navy']);

/** Honorifics that abbreviate a role: after a place or an organisation they say whose ("Ohio Gov. Richard Celeste"). */
export const ROLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'], ['sen', 'senator'], ['rep', 'representative'], ['gen', 'general'], ['col', 'colonel'],
  ['lt', 'lieutenant'], ['sgt', 'sergeant'], ['capt', 'captain'], ['prof', 'professor'],
]);

/** Titles of rulers, whose names take a regnal number ("Queen Elizabeth I", "Emperor Pedro I"). */
export const RULER_TITLES = new Set('king queen emperor empress pope tsar czar tsarina prince princess sultan shah pharaoh'.split(' '));

/** Honorifics: a sure sign that a person's name follows. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'gen', 'col', 'lt', 'sgt', 'rep', 'sen', 'gov', 'prof', 'rev', 'capt', 'maj']);

/** Nouns for a person's kin, which only a person is: "Yulia Navalnaya, the widow of …". */
export const KIN_NOUNS: ReadonlySet<string> = new Set(
  (
    'son daughter wife husband brother sister father mother widow widower nephew niece cousin grandson granddaughter grandfather grandmother ' +
    'uncle aunt stepson stepdaughter stepfather stepmother stepbrother stepsister half-brother half-sister girlfriend boyfriend fiancee fiance ' +
    'brother-in-law sister-in-law son-in-law daughter-in-law father-in-law mother-in-law'
  ).split(' '),
);

/**
 * Nouns that relate one named thing to another without being titles: "its largest investor, Temasek",
 * "Labour's candidate, Sunita Kaur", "a smaller rival of Brightwater", "an ally of Putin".
 */
export const RELATIONAL_NOUNS = new Set(
  (
    'agent candidate nominee investor shareholder stakeholder owner backer lender creditor customer client supplier vendor ' +
    'partner rival competitor ally friend critic opponent adviser advisor aide deputy successor predecessor lawyer attorney ' +
    'confidant protege mentor biographer bodyguard assistant envoy parent subsidiary unit affiliate publisher distributor ' +
    'underwriter auditor sponsor coach captain striker goalkeeper defender midfielder forward player teammate manager ' +
    'assassin killer murderer founder co-founder cofounder member'
  ).split(' ').concat([...KIN_NOUNS]),
);

/** A player's position, or the player: "Norway midfielder Sander Berge" plays for Norway's team, wherever he lives. */
export const PLAYING_POSITIONS = new Set(
  'player striker forward winger midfielder playmaker defender fullback full-back centre-back center-back goalkeeper keeper international batsman bowler all-rounder wicketkeeper fly-half scrum-half'.split(' '),
);

/** Relational nouns that may join one person to another ("an ally of Putin", "the assassin of Lincoln"). */
export const PERSONAL_RELATIONS = new Set(
  (
    'ally friend rival critic opponent adviser advisor aide deputy successor predecessor lawyer confidant protege mentor ' +
    'biographer bodyguard assistant partner envoy agent assassin killer murderer teammate coach spokesman spokeswoman spokesperson'
  ).split(' ').concat([...KIN_NOUNS]),
);

/** Relational nouns that may join one state to another ("China, a close ally of Pakistan"). */
export const STATE_RELATIONS = new Set('ally partner rival neighbour neighbor adversary foe enemy'.split(' '));

/** Relational nouns that may join one organisation to another ("a smaller rival of Brightwater", "a unit of Siemens"). */
export const ORGANIZATION_RELATIONS = new Set(
  'rival competitor partner subsidiary unit affiliate parent customer client supplier vendor lender creditor backer investor shareholder owner publisher distributor underwriter auditor sponsor maker producer'.split(' '),
);

/**
 * Relational nouns that, said of an organisation, name another: "Visa's closest rival, Mastercard", "its
 * unit, Kestrel Rail", "Pringles maker Kellanova" (a brand compromise reads as an organisation).
 */
export const COMPANY_ONLY_RELATIONS = new Set('rival competitor subsidiary unit affiliate parent supplier vendor lender underwriter auditor distributor maker'.split(' '));

/** Nouns for who did an act, and the act: "Lincoln's assassin" killed Lincoln. */
export const AGENT_NOUN_VERBS: ReadonlyMap<string, string> = new Map([
  ['assassin', 'kill'], ['killer', 'kill'], ['murderer', 'kill'], ['gunman', 'shoot'], ['shooter', 'shoot'], ['attacker', 'attack'],
]);

/** The predicate a relational noun stands for: the act of an agent noun ("assassin" → kill), else the noun itself. */
export const relationalPredicate = (noun: string): string => AGENT_NOUN_VERBS.get(noun) ?? noun;

/** Nouns for a part of an organisation: "joined Halvorsen's board", "owns 8% of its shares". */
export const PART_NOUNS = new Set('board shares stake headquarters unit subsidiary plant factory offices office squad team leadership management'.split(' '));
