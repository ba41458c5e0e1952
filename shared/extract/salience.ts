/**
 * Which entity a pronoun or a description points back to, by salience (after Lappin and Leass 1994):
 * every mention adds weight to its entity for being recent and for its grammatical role, and the
 * weight halves with each sentence. The subject of the previous main clause therefore outranks a
 * name inside an apposition, a prepositional phrase or a quote; gender, number and kind must agree.
 */
import type { EntityType } from '../graph/schema';
import { findObjects, findSubjects, governingVerb, isAdverbialPhrase, isNamingAside, verbTaking } from './clause';
import { PRONOUN_GENDER, type Gender } from './gender';
import { mentionKey } from './consistency';
import { FACILITY_NOUNS, INSTITUTION_NOUNS, isNewsOutlet, isPublicBody, ORG_HEADS, ORGANIZATION_NOUNS } from './lexicon/organizations';
import { foldForm, PLACES } from './lexicon/places';
import { COMMENTATOR_NOUNS } from './lexicon/roles';
import { ADVERBIAL_OPENERS, BUSINESS_KINDS, DESCRIPTIONS, DESCRIPTIONS_OF_NAMES_ONLY, REPORTING_LEMMAS } from './lexicon/words';
import type { EntityMention } from './mentions';
import { isAccordingTo } from './stance';
import { nameHead } from './token-shapes';
import { descriptionType, isClass, isNamedOwner, isNp, isWord, nationalityBefore, type NounPhrase, type Unit } from './units';

/** How prominent a mention is where it stands. */
type Role = 'main-subject' | 'subject' | 'object' | 'oblique' | 'aside';

const ROLE_WEIGHT: Record<Role, number> = { 'main-subject': 130, subject: 80, object: 50, oblique: 40, aside: 10 };
/** Being in the sentence at hand. */
const RECENCY = 100;

interface Entry {
  score: number;
  /** Its latest mention, which an anaphor then points to. */
  mention: EntityMention;
}

/** The grammatical role of each noun phrase of a sentence, read from its units, and the subjects of its clauses in order. */
function roles(units: Unit[]): { role: Map<NounPhrase, Role>; subjects: Set<NounPhrase>; coordinated: Set<NounPhrase> } {
  const out = new Map<NounPhrase, Role>();
  const subjects = new Set<NounPhrase>();
  const coordinated = new Set<NounPhrase>();
  // "Kestrel Air to cut 2,000 jobs": a headline's infinitive right after the name it opens with is its main verb.
  const opening = units[0];
  const infinitive = units[1];
  let main: NounPhrase[] | undefined = isNp(opening) && opening.entity && infinitive?.kind === 'verb' && infinitive.form === 'infinitive' ? [opening] : undefined;
  let quoted = false;
  const inQuote = new Set<number>();
  units.forEach((u, k) => {
    if (isWord(u, '"')) quoted = !quoted;
    else if (quoted) inQuote.add(k);
    if (u.kind !== 'verb' || u.form !== 'finite') return;
    const found = findSubjects(units, k);
    for (const np of found) {
      subjects.add(np);
      if (found.length > 1) coordinated.add(np);
    }
    if (!main && found.length && !inQuote.has(k)) main = found;
  });
  units.forEach((u, k) => {
    if (!isNp(u)) return;
    let before = k - 1;
    while (isClass(units[before], 'det')) before--;
    const prev = units[before];
    const apposed = isWord(prev, ',') && !!(units[before - 1] as NounPhrase | undefined)?.entity;
    const role: Role = main?.includes(u)
      ? 'main-subject'
      : subjects.has(u)
        ? 'subject'
        : inQuote.has(k) || apposed
          ? 'aside'
          : prev?.kind === 'verb' && !u.possessive
            ? 'object'
            : 'oblique';
    out.set(u, role);
  });
  return { role: out, subjects, coordinated };
}

/** Verbs whose "that" clause says what someone else is to do: "demanded that he suspend the debt brake". */
const MANDATIVE_LEMMAS = new Set(['demand', 'ask', 'urge', 'request', 'require', 'order', 'recommend', 'propose', 'suggest']);

/** The named subject of the verb of demanding whose "that" clause the pronoun at k opens: not who the pronoun is. */
function mandatingSubject(units: Unit[], k: number): EntityMention | undefined {
  const verb = units[k - 2];
  if (!isWord(units[k - 1], 'that') || verb?.kind !== 'verb' || verb.form !== 'finite' || !MANDATIVE_LEMMAS.has(verb.lemma)) return undefined;
  return findSubjects(units, k - 2).find((np) => np.entity)?.entity;
}

/** The named subject of the verb whose object is the phrase at k. */
function clauseSubject(units: Unit[], k: number): EntityMention | undefined {
  const verb = verbTaking(units, k);
  return verb && findSubjects(units, units.indexOf(verb)).find((np) => np.entity)?.entity;
}

/** The name a participle of naming gives the phrase at k, set off after it: "the consortium, called Renaissance,". */
function nameGivenAfter(units: Unit[], k: number): EntityMention | undefined {
  const name = units[k + 3];
  return units[k + 2]?.kind === 'verb' && isNamingAside(units, k + 2) && isNp(name) && !name.possessive ? name.entity : undefined;
}

/**
 * The name that is the subject of the verb right before k, whose object the phrase at k opens: "Moscow
 * kept up its attacks"; not a name qualifying a subject of its own ("U.S. prosecutors charged its founder").
 */
function objectOwnerSubject(units: Unit[], k: number): EntityMention | undefined {
  let v = k - 1;
  while (isClass(units[v], 'adv')) v--;
  const verb = units[v];
  const named = (np: NounPhrase) => !!np.entity && !isNp(units[units.indexOf(np) + 1]);
  return verb?.kind === 'verb' ? findSubjects(units, v).find(named)?.entity : undefined;
}

/**
 * "UniCredit stepped up pressure on the German lender": the subject of the verb whose phrase a
 * description at k ends, after a preposition. A description is not its own clause's subject; a
 * pronoun may be ("took the files with him").
 */
function obliqueSubject(units: Unit[], k: number): NounPhrase | undefined {
  let p = k - 1;
  while (isClass(units[p], 'det') || isClass(units[p], 'adv')) p--;
  if (!isClass(units[p], 'prep')) return undefined;
  let v = p - 1;
  while (isNp(units[v]) || isClass(units[v], 'det') || isClass(units[v], 'adv')) v--;
  return units[v]?.kind === 'verb' ? findSubjects(units, v)[0] : undefined;
}

/** Nouns for a body that acts, which stand for one named before ("the company", "the military government"). */
const BODY_NOUNS: ReadonlySet<string> = new Set([...DESCRIPTIONS.keys(), ...ORG_HEADS, ...ORGANIZATION_NOUNS, ...INSTITUTION_NOUNS]);

/** "a team at Japan's KEK laboratory", "a group from Harvard": the organisation a body at k is at or from. */
function institutionAfter(units: Unit[], k: number): EntityMention | undefined {
  if (!isWord(units[k + 1], 'at', 'from', 'of')) return undefined;
  let n = k + 2;
  while (isClass(units[n], 'det') || isNamedOwner(units[n])) n++;
  const named = units[n];
  return isNp(named) && named.entity?.type === 'Organization' ? named.entity : undefined;
}

/**
 * A subject that is a thing no name or description names ("the container", "an independent team"),
 * which a later "it" may stand for: not "the company", which stands for one named before.
 */
const unnamedThing = (np: NounPhrase): boolean => !np.entity && !np.pronoun && !!np.concept && !np.head.endsWith('s') && (!BODY_NOUNS.has(np.head) || !np.definite);
/** Plurals not in -s: "Three Russian servicemen were killed … It quoted …" is about no thing they are. */
const IRREGULAR_PLURAL = /(?:men|people|children)$/;
/** Nouns for a country's government, which the country acts through. */
const GOVERNMENT_NOUNS = new Set(['government', 'administration', 'cabinet']);
/** "the government", "the company": a body named by its noun alone, in the singular. */
const unnamedBody = (np: NounPhrase): boolean => !np.entity && !np.pronoun && !np.possessive && np.definite && !np.head.endsWith('s') && BODY_NOUNS.has(np.head);

/** A mention's words in lower case: a description is matched against its last one ("the court" for "Supreme Court"). */
const wordsOf = (m: EntityMention): string[] => m.text.toLowerCase().split(/\s+/);

/** Descriptions that stand for a country only. */
const COUNTRY_NOUNS = new Set(['country', 'nation', 'kingdom', 'republic']);
/** Last words of the names of public bodies no business description stands for ("European Union", "United Nations"). */
const PUBLIC_BODY_HEADS = new Set(['union', 'nations', 'organization', 'organisation', 'parliament', 'congress', 'senate', 'agency', 'reserve', 'assembly']);
/** Nouns that introduce a name as a body no business description stands for: "the regulator Ofwat", "the watchdog FCA", "the … union". */
const PUBLIC_DESCRIPTIONS = new Set(['regulator', 'watchdog', 'agency', 'authority', 'union', 'party', ...INSTITUTION_NOUNS, ...DESCRIPTIONS_OF_NAMES_ONLY]);
/** Descriptions of parties joined together, which no court, ministry or army is. */
const COALITION_NOUNS = new Set(['coalition', 'alliance']);
/** Descriptions that stand for a business, which no government, army or police force is. */
const BUSINESS_NOUNS = new Set(['company', 'firm', ...BUSINESS_KINDS]);
/** Last words of newspapers' names, the only names "the newspaper" stands for: "The Wall Street Journal", "the Financial Times". */
const PRESS_HEADS = new Set(['journal', 'times', 'post', 'herald', 'tribune', 'gazette', 'news', 'telegraph', 'guardian', 'standard', 'mail', 'express', 'chronicle', 'globe', 'observer', 'independent', 'economist', 'zeitung', 'inquirer', 'mirror', 'examiner']);

/**
 * The noun a description set off after the name at k gives it ("Nihon Hidankyo, a Japanese group of …",
 * "Unite, Britain's largest union"), or that the name keeps after it ("the United Auto Workers union"),
 * where the noun is one a later description may use. Not a kind written before a name ("Hong Kong-based
 * group CITIC Pacific"), which only says what it is, and leaves "the group" to the story's topic.
 */
function describedAs(units: Unit[], k: number): string | undefined {
  const name = units[k] as NounPhrase;
  // "the Syzran refinery … the refinery": a facility kept with the name is a kind too.
  const describing = (noun: string) => DESCRIPTIONS.has(noun) || FACILITY_NOUNS.has(noun);
  const kept = name.entity?.forms?.map((form) => form.split(' ').at(-1)!.toLowerCase()).find(describing);
  if (kept) return kept;
  if (!isWord(units[k + 1], ',')) return undefined;
  let j = k + 2;
  while (isClass(units[j], 'det')) j++;
  // Whose it is may open the description.
  if (isNamedOwner(units[j])) j++;
  while (isClass(units[j], 'det')) j++;
  const after = units[j];
  // Not "Commerzbank, the lender said": a verb right after the description makes it the subject of a clause of its own.
  const apposed = isNp(after) && !after.entity && !after.possessive && !after.pronoun && units[j + 1]?.kind !== 'verb';
  return apposed && describing(after.head) ? after.head : undefined;
}

/** Nouns for a business another owns. */
const SUBSIDIARY_NOUNS = new Set(['unit', 'subsidiary', 'division', 'arm', 'affiliate']);

/** Whether the name at k is set off before a description of it as a part of whatever owns the description: "Amazon Web Services, the company's cloud unit". */
function describedAsPart(units: Unit[], k: number): boolean {
  if (!isWord(units[k + 1], ',')) return false;
  let j = k + 2;
  while (isClass(units[j], 'det')) j++;
  if (!(units[j] as NounPhrase | undefined)?.possessive) return false;
  const part = units[j + 1];
  return isNp(part) && !part.entity && SUBSIDIARY_NOUNS.has(part.head);
}

/** The person whose relation opens a sentence ("His lawyer, …", "Hale's brother …"), as the phrase that owns it. */
function openingOwner(units: Unit[]): NounPhrase | undefined {
  const [owner, relation] = units;
  const person = isNp(owner) && owner.possessive && (owner.pronoun === 'person' || owner.entity?.type === 'Person');
  return person && (relation?.kind === 'role' || (isNp(relation) && !relation.entity && !relation.pronoun)) ? (owner as NounPhrase) : undefined;
}

/** The document's discourse memory: what pronouns and descriptions may point back to, and how strongly. */
export class Salience {
  private readonly entries = new Map<string, Entry>();
  private current = new Map<EntityMention, number>();
  /** The current sentence's pronouns and descriptions, weighed by their role for what they stand for, at where they stand. */
  private referred: { mention: EntityMention; end: number; weight: number }[] = [];
  /** The named subject of the clause each of the current sentence's unnamed objects is in. */
  private subjectOfObject = new Map<NounPhrase, EntityMention>();
  /** The current sentence's units, and its clause subjects in the order they are written. */
  private units: Unit[] = [];
  private subjects: NounPhrase[] = [];
  /** Those of them that share their verb with another ("Unite and the CWU opposed …"): together no "it". */
  private coordinated = new Set<NounPhrase>();
  /** The institution each of those subjects that is an unnamed body belongs to ("a team at KEK"). */
  private institutionOf = new Map<NounPhrase, EntityMention>();
  /** The last main clause's coordinated subjects ("Siemens and Alstom met …"), for a later "they". */
  private group: EntityMention[] = [];
  /** What this sentence's pronouns and descriptions that are main subjects stand for ("He said the company …"). */
  private mainReferred: EntityMention[] = [];
  /** The main subjects of this sentence and of the one before it. */
  private mainSubjects: EntityMention[] = [];
  private lastMainSubjects: EntityMention[] = [];
  /** The organisations the story's first sentence (its headline or its lede) has as main subjects, by mention key. */
  private readonly openingOrganizations = new Set<string>();
  private firstRead = false;
  /** The last sentence's clause subjects. */
  private lastSubjects: NounPhrase[] = [];
  /** The name the last sentence opened with as its one main subject ("Imamoglu, who won …, is seen as …"), if it did. */
  private lastOpeningSubject: EntityMention | undefined;
  /** Whose relation the last sentence opened with ("His lawyer, Renato Stabile, said …"), if it did. */
  private lastOpeningOwner: EntityMention | undefined;

  /** The country each person is named with ("Italian Jannik Sinner", "Spain's Rafael Nadal"), by mention key. */
  private readonly nationalities = new Map<string, string>();
  /** The body each person has been titled by ("Benfica president Rui Costa"), by mention key. */
  private readonly employers = new Map<string, EntityMention>();
  /** The words each person has been titled with ("prime", "minister"), by mention key. */
  private readonly titles = new Map<string, Set<string>>();
  /** Names the story has introduced as a public body ("the regulator Ofwat"), by mention key: no company. */
  private readonly publicBodies = new Set<string>();
  /** The nouns of things no name stands for that the story has had as a main subject ("Norway's sovereign wealth fund has …"). */
  private readonly unnamedTopics = new Set<string>();
  /** The nouns the story has set off after each name ("Nihon Hidankyo, a Japanese group of …"), by mention key. */
  private readonly kinds = new Map<string, Set<string>>();
  /** Names described as another's part ("Amazon Web Services, the company's cloud unit"), which "the company" after them is not. */
  private readonly parts = new Set<string>();
  /** Names cited as a source ("according to LSEG data"), which, as the press, "the company" after them is not. */
  private readonly cited = new Set<string>();

  /** The country the story is filed from, where its dateline names a place the gazetteers place in one. */
  private home: string | undefined;
  /** The places datelines name: "ISTANBUL (Reuters) - Turkey's central bank … it": no "it" stands for one. */
  private readonly datelines = new Set<EntityMention>();

  constructor(private readonly genders: Map<EntityMention, Gender>) {}

  /** Takes the country a dateline names the capital of as where the story is filed from; the first dateline counts. */
  fileFrom(country: string): void {
    this.home ??= country;
  }

  /** Takes a place a dateline names, which a later mention of the same place may still make an antecedent. */
  fileAt(place: EntityMention): void {
    this.datelines.add(place);
  }

  /** Takes in a sentence about to be read: its mentions' weights count for its own anaphors too. */
  enter(units: Unit[], mentions: EntityMention[]): void {
    const { role, subjects, coordinated } = roles(units);
    this.units = units;
    this.coordinated = coordinated;
    this.subjects = [...subjects].sort((a, b) => a.start - b.start);
    this.institutionOf = new Map();
    for (const np of this.subjects) {
      const institution = BODY_NOUNS.has(np.head) ? institutionAfter(units, units.indexOf(np)) : undefined;
      if (institution) this.institutionOf.set(np, institution);
    }
    const roleOf = new Map([...role].flatMap(([np, r]) => (np.entity ? [[np.entity, r] as const] : [])));
    this.current = new Map(mentions.map((m) => [m, RECENCY + ROLE_WEIGHT[roleOf.get(m) ?? 'oblique']]));
    for (const m of mentions) {
      if (m.type !== 'Person' || !m.forms?.length) continue;
      const words = this.titles.get(mentionKey(m)) ?? new Set();
      for (const form of m.forms) for (const word of form.toLowerCase().split(/\s+/)) words.add(word);
      this.titles.set(mentionKey(m), words);
    }
    units.forEach((u, k) => {
      // "the regulator Ofwat", "the United Auto Workers union": a body's kind before its name, or kept with it after.
      const kind = units[k - 1];
      const introduced = isNp(kind) && !kind.entity && !kind.possessive && PUBLIC_DESCRIPTIONS.has(kind.head);
      if (isNp(u) && u.entity && (introduced || u.entity.forms?.some((form) => PUBLIC_DESCRIPTIONS.has(form.split(' ').at(-1)!.toLowerCase())))) this.publicBodies.add(mentionKey(u.entity));
      const name = isNp(u) && !u.possessive ? u.entity : undefined;
      const described = name && describedAs(units, k);
      if (name && described) this.addKind(name, described);
      if (name && describedAsPart(units, k)) this.parts.add(mentionKey(name));
      if (name && isAccordingTo(units, k - 2)) this.cited.add(mentionKey(name));
      // "Benfica president Rui Costa": the body a title names someone by; not one they worked at before
      // ("former Meta Platforms executive Sarah Chen").
      const title = units[k - 1];
      const owner = units[k - 2];
      const former = isWord(units[k - 3], 'former', 'ex') || (title?.kind === 'role' && title.role.startsWith('former'));
      if (isNp(u) && u.entity?.type === 'Person' && title?.kind === 'role' && isNp(owner) && !owner.possessive && owner.entity && !former) this.employers.set(mentionKey(u.entity), owner.entity);
      const person = units[k + 1];
      const country = isNp(u) && (nationalityBefore(units, k) || (u.possessive && isNp(person) && person.entity?.type === 'Person')) ? u.entity?.canonical : undefined;
      if (country && PLACES.countries.has(country)) this.nationalities.set(mentionKey((person as NounPhrase).entity!), country);
    });
    this.mainSubjects = mentions.filter((m) => roleOf.get(m) === 'main-subject');
    for (const [np, r] of role) if (r === 'main-subject' && !np.entity && !np.pronoun && np.concept !== undefined && np.concept !== np.head && !descriptionType(np)) this.unnamedTopics.add(np.head);
    // "The bank said it was cooperating. Its chief executive …": a pronoun or a description makes what it
    // stands for as prominent as a name there would (Lappin and Leass weigh an anaphor's whole chain).
    // "The regulator Ofwat fined the company", "The IMF urged the bank to …": an object is never its own clause's subject.
    this.subjectOfObject = new Map();
    this.referred = [];
    this.mainReferred = [];
    for (const [np, r] of role) {
      if (np.entity || !(np.pronoun || descriptionType(np))) continue;
      if (np.possessive) {
        // "The regulator Ofwat rejected the company's request": nor is a description owning the object.
        const at = units.indexOf(np);
        let v = at - 1;
        while (isClass(units[v], 'det')) v--;
        const subject = !np.pronoun && units[v]?.kind === 'verb' ? clauseSubject(units, at) : undefined;
        if (subject) this.subjectOfObject.set(np, subject);
        continue;
      }
      const at = units.indexOf(np);
      // "…, the Italian bank said, stepping up pressure on the German lender": that subject may be a description itself.
      const oblique = r === 'object' || np.pronoun ? undefined : obliqueSubject(units, at);
      const subject = r === 'object' ? clauseSubject(units, at) : np.pronoun ? mandatingSubject(units, at) : oblique && (oblique.entity ?? (oblique !== np ? this.description(oblique)?.mention : undefined));
      if (subject) this.subjectOfObject.set(np, subject);
      const described = np.pronoun ? undefined : this.description(np);
      const mention = np.pronoun ? this.pronoun(np, subject) : described?.mention;
      if (mention) this.referred.push({ mention, end: np.end, weight: RECENCY + ROLE_WEIGHT[r] });
      if (mention && r === 'main-subject') this.mainReferred.push(mention);
      // "Germany's largest lender posted …": what a description by a business's trade stands for is of that trade
      // from then on, as a name the story set off with the noun is, so that "the lender" later is not only a lender
      // named so. Not "the city", "the company": a repeated noun that names no trade may go to a new thing.
      if (described?.typed && BUSINESS_KINDS.has(np.head)) this.addKind(described.mention, np.head);
    }
  }

  /**
   * What "they" at the start of a later sentence stands for: the last main clause's subjects, when there were
   * several; not where it opens what others report ("Rebel groups fighting the military said they would …").
   */
  plural(np: NounPhrase): EntityMention[] {
    if (np.pronoun !== 'group' || np.possessive || this.group.length < 2) return [];
    const v = this.reportingVerbBefore(np);
    const members = new Set(this.group.map(mentionKey));
    return v === undefined || findSubjects(this.units, v).some((s) => s.entity && members.has(mentionKey(s.entity))) ? this.group : [];
  }

  /** Moves past the sentence: its weights join the memory, and everything there halves for the next. */
  leave(): void {
    // Read before the sentence's own names join the memory, as it was read in the sentence.
    const opening = openingOwner(this.units);
    this.lastOpeningOwner = opening && (opening.entity ?? this.pronoun(opening));
    for (const [key, { score, mention }] of this.sentenceScores(Infinity)) {
      const entry = this.entries.get(key);
      if (entry) {
        entry.score += score;
        entry.mention = mention;
      } else this.entries.set(key, { score, mention });
    }
    for (const entry of this.entries.values()) entry.score /= 2;
    this.current = new Map();
    this.referred = [];
    // A new main subject, one or several, takes over what "they" may mean.
    if (this.mainSubjects.length) this.group = this.mainSubjects;
    this.lastMainSubjects = this.mainSubjects;
    // Not a subject read past a phrase opening the sentence, which a slip of the parse may leave there ("Brown (14-10) tied …").
    const first = this.units.find((u) => !isClass(u, 'det') && !isClass(u, 'adv'));
    this.lastOpeningSubject = this.mainSubjects.length === 1 && isNp(first) && first.entity === this.mainSubjects[0] ? first.entity : undefined;
    this.lastSubjects = this.subjects;
    if (!this.firstRead) for (const m of this.mainSubjects) if (m.type === 'Organization') this.openingOrganizations.add(mentionKey(m));
    this.firstRead = true;
  }

  /**
   * This sentence's weight for each entity named before `offset`, with its latest mention there. An
   * entity named twice in one sentence counts its most prominent mention ("the RP (Welfare Party)"
   * is one naming), as Lappin and Leass count each salience factor once per sentence.
   */
  private sentenceScores(offset: number): Map<string, Entry> {
    const scores = new Map<string, Entry>();
    for (const [m, weight] of this.current) {
      if (m.end > offset) continue;
      const key = mentionKey(m);
      scores.set(key, { score: Math.max(scores.get(key)?.score ?? 0, weight), mention: m });
    }
    for (const { mention, end, weight } of this.referred) {
      if (end > offset) continue;
      const key = mentionKey(mention);
      const named = scores.get(key);
      scores.set(key, { score: Math.max(named?.score ?? 0, weight), mention: named?.mention ?? mention });
    }
    return scores;
  }

  /** Candidates ranked by salience: earlier sentences' entities, and this sentence's mentions before `offset`. */
  private ranked(offset: number, fits: (m: EntityMention) => boolean): EntityMention[] {
    return this.scored(offset, fits).map((e) => e.mention);
  }

  /** The candidates `ranked` gives, with their salience. */
  private scored(offset: number, fits: (m: EntityMention) => boolean): Entry[] {
    const current = this.sentenceScores(offset);
    const candidates: Entry[] = [];
    for (const [key, entry] of this.entries) {
      const now = current.get(key);
      const scored = now ? { score: entry.score + now.score, mention: now.mention } : entry;
      if (fits(scored.mention)) candidates.push(scored);
    }
    for (const [key, now] of current) if (!this.entries.has(key) && fits(now.mention)) candidates.push(now);
    return candidates.sort((a, b) => b.score - a.score);
  }

  /** Whether a pronoun may stand for a mention: kind, and a person's gender where both are known. */
  private agrees(np: NounPhrase, m: EntityMention): boolean {
    if (np.pronoun === 'person') {
      const wanted = PRONOUN_GENDER.get(np.head);
      const country = np.nationality && this.nationalities.get(mentionKey(m));
      return m.type === 'Person' && (!wanted || (this.genders.get(m) ?? wanted) === wanted) && (!country || country === np.nationality);
    }
    // "Typhoon Yagi … where it toppled trees", "the summit … it ended": an event is a thing too.
    return np.pronoun === 'thing' && (m.type === 'Organization' || m.type === 'Place' || m.type === 'Event' || m.type === 'Other') && !this.datelines.has(m);
  }

  /** `m` when the pronoun agrees with it. */
  agreeing(np: NounPhrase, m: EntityMention): EntityMention | undefined {
    return this.agrees(np, m) ? m : undefined;
  }

  /**
   * The antecedent of a personal or "it" pronoun, if one agrees with it; never `subject`, a person
   * pronoun's clause's own subject ("Sirhan shot him"), which by default is that of the clause the
   * pronoun is the object of, wherever else it acts ("Arce ordered him to withdraw").
   */
  pronoun(np: NounPhrase, subject = this.subjectOfObject.get(np)): EntityMention | undefined {
    // "the container had been inspected before it left Ecuador": "it" after an unnamed thing, the last
    // subject before it in its sentence, is that thing, which no name stands for; "an independent team
    // at Japan's KEK laboratory said it would test …": a body is its institution's.
    // "Scholz criticised the decision, saying it undermined …": after a person, the thing nearest before it.
    // "Ruch says it needs to upgrade its outlets": a pronoun opening a reported clause is its reporter, where they agree.
    const reporter = this.reporterOf(np);
    if (reporter?.entity && reporter.entity !== subject && this.agrees(np, reporter.entity)) return reporter.entity;
    // "a complaint by a former engineer, who said he had been fired": someone no name stands for reports of themselves.
    if (np.pronoun === 'person' && !np.possessive && reporter && this.unnamedPerson(reporter)) return undefined;
    // "His lawyer, Renato Stabile, said … His brother, Tony Hernandez, is serving …": a sentence opening with
    // someone's relation after one that did so is about the same someone, not about the relation named last.
    const owner = this.lastOpeningOwner;
    if (owner && openingOwner(this.units) === np && owner !== subject && this.agrees(np, owner)) return owner;
    // "the opposition said its candidate …": a thing no name stands for reports of itself, and is no name before it;
    // "the government said it would not force UBS …": so does a body named by its noun alone, which stands for
    // what a description does ("the company said it …"), or a name ending in the noun ("the Kenyan government"),
    // or, for a government, the country the story is filed from; else nothing.
    if (reporter && np.pronoun === 'thing' && unnamedThing(reporter)) return this.institutionOf.get(reporter);
    if (reporter && np.pronoun === 'thing' && unnamedBody(reporter)) {
      if (descriptionType(reporter)) return this.description(reporter)?.mention;
      const named = this.ranked(reporter.start, (m) => wordsOf(m).at(-1) === reporter.head)[0];
      const home = GOVERNMENT_NOUNS.has(reporter.head) ? this.ranked(reporter.start, (m) => m.canonical !== undefined && m.canonical === this.home)[0] : undefined;
      return named ?? home ?? this.institutionOf.get(reporter);
    }
    // "Moscow kept up its attacks on …": a possessive opening a verb's object is the verb's subject's, where it agrees.
    const opener = np.possessive ? objectOwnerSubject(this.units, this.units.indexOf(np)) : undefined;
    if (opener && opener !== subject && this.agrees(np, opener)) return opener;
    const acted = this.participleObjectAntecedent(np);
    if (acted && acted !== subject && this.agrees(np, acted)) return acted;
    const governing = this.adverbialClauseSubject(np);
    if (governing && (!governing.mention || governing.mention !== subject)) return governing.mention;
    const before = this.subjects.findLast((s) => s.start < np.start);
    // "The Santa Clara-based company said it expected …": "it" after a description is what the description stands for.
    const described = np.pronoun === 'thing' && before && !before.entity ? this.description(before) : undefined;
    if (described) return described.mention;
    // "Immigration groups that challenged the law said it …": nor is it people named by a plural noun;
    // "The package includes … Opposition senators said it would hurt …": with no thing before it in its
    // own sentence, it is what the last sentence was about.
    const plural = (s: NounPhrase | undefined) => !!s && !s.entity && !s.pronoun && s.head.endsWith('s');
    // "Some actors said they would vote against the deal if it did not protect …": nor is it "they", nor
    // one of subjects coordinated ("Unite and the CWU opposed the merger, saying it could cost jobs").
    const people = before && (before.entity?.type === 'Person' || before.pronoun === 'person' || before.pronoun === 'group' || plural(before) || this.coordinated.has(before));
    const nearest = people ? this.thingBefore(np.start) : before;
    // "Amit Shah said the law would not … Critics fear it could be used …": the last sentence's first subject that is a thing.
    const thing = (s: NounPhrase) => s.entity?.type !== 'Person' && s.pronoun !== 'person' && !plural(s);
    // "The opinion is not binding, but legal experts said it would carry weight": this sentence's first subject, if a thing.
    const opening = this.subjects[0];
    const openingThing = opening && opening.start < np.start && thing(opening) ? opening : undefined;
    const last = np.pronoun === 'thing' && plural(nearest) ? (openingThing ?? this.lastSubjects.find(thing)) : nearest;
    if (np.pronoun === 'thing' && !np.possessive && last && unnamedThing(last)) return this.institutionOf.get(last);
    // "The 7.7 magnitude quake struck near Mandalay … It also toppled a building": with no subject before it in
    // its own sentence, "it" carries on the last sentence's first subject, a thing no name stands for.
    const lastFirst = this.lastSubjects[0];
    const opens = this.units.slice(0, this.units.indexOf(np)).every((u) => isClass(u, 'det') || isClass(u, 'adv') || isWord(u, '"'));
    if (np.pronoun === 'thing' && !np.possessive && opens && lastFirst && unnamedThing(lastFirst) && !IRREGULAR_PLURAL.test(lastFirst.head)) return undefined;
    // "Siemens and Alstom said it would …": after subjects coordinated, with no thing between, "it" is neither, nor anything before.
    if (np.pronoun === 'thing' && !last && before && this.coordinated.has(before)) return undefined;
    // A possessive is given the subject only where the pattern wants another owner ("Halden Corp, its rival").
    const ranked = this.scored(np.start, (m) => ((np.pronoun !== 'person' && !np.possessive) || m !== subject) && this.agrees(np, m));
    // Where the most salient one is bound so, the pronoun is someone its own sentence named before it
    // ("cleared Greg Kelly, an aide to Carlos Ghosn, of charges that he helped hide Ghosn's pay"), or
    // someone no name stands for ("a former student leveled charges that he had been abused by Bernardin").
    const bound = this.namedAfterSubject(np);
    const namedHere = new Set([...this.current.keys()].filter((m) => m.end <= np.start).map(mentionKey));
    const candidates = ranked[0] && bound.has(mentionKey(ranked[0].mention)) ? ranked.filter((e) => !bound.has(mentionKey(e.mention)) && namedHere.has(mentionKey(e.mention))) : ranked;
    // "The prime minister said …": only someone the story titled so.
    if (np.role) return candidates.find((e) => this.titles.get(mentionKey(e.mention))?.has(np.head))?.mention;
    // "the Italian": one named as Italian before one whose country is not said.
    if (np.nationality) return (candidates.find((e) => this.nationalities.get(mentionKey(e.mention)) === np.nationality) ?? candidates[0])?.mention;
    // "President Salome Zourabichvili … the party, founded by Bidzina Ivanishvili, can override her veto":
    // news names far fewer women than men, so "she" is a woman nearly as prominent before anyone whose sex
    // the story does not say, unless that one is a subject in this sentence ("Lina Park, who killed her husband").
    const [first] = candidates;
    if (!first) return undefined;
    // "Imamoglu, who won the city in 2019, is seen as a rival to Erdogan. He faces a court case": a pronoun
    // opening a sentence as its subject carries on the last sentence's one main subject, as centering's
    // preferred center, over someone more prominent across the story.
    const center = this.lastOpeningSubject;
    const carried = np.pronoun === 'person' && this.units[0] === np && center ? candidates.find((e) => mentionKey(e.mention) === mentionKey(center)) : undefined;
    if (carried) return carried.mention;
    const subjectHere = this.subjects.some((s) => s.entity === first.mention);
    const woman = PRONOUN_GENDER.get(np.head) === 'female' && !this.genders.has(first.mention) && !subjectHere ? candidates.find((e) => this.genders.get(e.mention) === 'female') : undefined;
    return woman && woman.score * 2 >= first.score ? woman.mention : first.mention;
  }

  /**
   * Whether a country other than the one the story is filed from is named in the sentence (after
   * `offset`, outside quotes) or is what the last sentence is about, and the home one is not named
   * there: "Germany has promised …, Defence Minister Boris Pistorius said", "flew the men back to the
   * United States, according to President Donald Trump", "Hungary did not comment. Prime Minister
   * Viktor Orban met …", "TOKYO — The deal was approved by President Donald Trump after Nippon Steel
   * agreed to give the U.S. government …". A role that names no country may then be either one's.
   */
  private otherCountryInFocus(offset: number): boolean {
    const isOther = (m: EntityMention | undefined) => !!m?.canonical && m.canonical !== this.home && PLACES.countries.has(m.canonical);
    // After the role, not a country the holder names in a quote ("Zelensky said the strikes would go on
    // 'as long as Russia keeps bombing our cities'").
    let quoted = false;
    const unquotedAfter = new Set<EntityMention>();
    for (const u of this.units) {
      if (isWord(u, '"')) quoted = !quoted;
      else if (!quoted && isNp(u) && u.entity && u.start >= offset) unquotedAfter.add(u.entity);
    }
    const named = [...this.current.keys()].filter((m) => m.end <= offset || unquotedAfter.has(m));
    const homeNamed = named.some((m) => m.canonical === this.home);
    return !homeNamed && [...named, ...this.lastMainSubjects].some(isOther);
  }

  /** The one subject of the verb of saying right before `np` ("Ruch says [that] it …"), or none. */
  private reporterOf(np: NounPhrase): NounPhrase | undefined {
    const v = this.reportingVerbBefore(np);
    const reporters = v === undefined ? [] : findSubjects(this.units, v);
    return reporters.length === 1 ? reporters[0] : undefined;
  }

  /** The verb of saying whose clause `np` opens ("Ruch says [that] it …"), if it opens one. */
  private reportingVerbBefore(np: NounPhrase): number | undefined {
    let v = this.units.indexOf(np) - 1;
    if (isWord(this.units[v], 'that')) v--;
    // "said on Sunday it would …": a phrase of time may stand between the verb and its clause's subject; not
    // before an owner ("Ukraine's General Staff said on Saturday that its forces …" are the country's).
    const said = this.units.findLastIndex((u, k) => k <= v && u.kind === 'verb');
    if (!np.possessive && said >= 0 && said < v && isAdverbialPhrase(this.units.slice(said + 1, v + 1))) v = said;
    const verb = this.units[v];
    return verb?.kind === 'verb' && verb.form === 'finite' && REPORTING_LEMMAS.has(verb.lemma) ? v : undefined;
  }

  /** Whether `np` says who reports the clause set off before it: "…, the company said". */
  private attributedAfter(np: NounPhrase): boolean {
    const k = this.units.indexOf(np);
    let before = k - 1;
    while (isClass(this.units[before], 'det')) before--;
    const verb = this.units[k + 1];
    return isWord(this.units[before], ',') && verb?.kind === 'verb' && verb.form === 'finite' && REPORTING_LEMMAS.has(verb.lemma) && !isWord(this.units[k + 2], 'that');
  }

  /** The body whose title the story gave someone this sentence has as a main subject ("UnitedHealthcare chief executive Brian Thompson"), of the type asked for. */
  private mainSubjectsEmployer(type: EntityType): EntityMention | undefined {
    return [...this.mainSubjects, ...this.mainReferred].map((m) => this.employers.get(mentionKey(m))).find((body) => body?.type === type);
  }

  /**
   * Whether the relative clause `np` stands in is about a person titled by a role no name owns: "Chief
   * Executive Jensen Huang, who co-founded the company".
   */
  private inClauseOfUnownedTitle(np: NounPhrase): boolean {
    const k = this.units.indexOf(np);
    const who = this.units.findLastIndex((u, j) => j < k && isClass(u, 'rel'));
    if (who < 3 || !isWord(this.units[who - 1], ',') || this.units.slice(who + 1, k).some((u) => isWord(u, ','))) return false;
    const person = this.units[who - 2];
    return isNp(person) && person.entity?.type === 'Person' && this.units[who - 3]?.kind === 'role' && !isNp(this.units[who - 4]);
  }

  /** The business whose analysts, economists or strategists report the clause `np` stands in: "Goldman Sachs" in "Analysts at Goldman Sachs said …". */
  private commentatorsEmployer(np: NounPhrase): EntityMention | undefined {
    const k = this.units.indexOf(np);
    const v = this.units.findLastIndex((u, j) => j < k && u.kind === 'verb' && u.form === 'finite' && REPORTING_LEMMAS.has(u.lemma));
    const [reporter, ...others] = v < 0 ? [] : findSubjects(this.units, v);
    const r = reporter ? this.units.indexOf(reporter) : -1;
    const employer = this.units[r + 2];
    return others.length === 0 && reporter && !reporter.entity && COMMENTATOR_NOUNS.has(reporter.head) && isWord(this.units[r + 1], 'at', 'from') && isNp(employer) ? employer.entity : undefined;
  }

  /**
   * "convicted Hector Sosa, a former aide to Alberto Fernandez, of fraud, sentencing him to four years",
   * "sued Kroger, accusing it of failing …": a pronoun a participle clause acts on stands for what its
   * main clause acted on, where they agree.
   */
  private participleObjectAntecedent(np: NounPhrase): EntityMention | undefined {
    const k = this.units.indexOf(np);
    const participle = this.units[k - 1];
    if (!np.pronoun || np.possessive || participle?.kind !== 'verb' || participle.form !== 'gerund' || !isWord(this.units[k - 2], ',')) return undefined;
    const main = governingVerb(this.units, k - 2);
    if (main === undefined) return undefined;
    return findObjects(this.units, main).find(({ np: object, prep }) => !prep && object.entity && this.agrees(np, object.entity))?.np.entity;
  }

  /**
   * "Castillo, who was removed by Congress after he tried to dissolve the legislature": a person pronoun
   * opening a clause of time or cause stands for the named subject of the clause it is part of, where
   * they agree, however prominent someone else was in the sentences before, as Hobbs's search meets
   * that subject first.
   */
  private adverbialClauseSubject(np: NounPhrase): { mention: EntityMention | undefined } | undefined {
    const k = this.units.indexOf(np);
    const opener = this.units[k - 1];
    if (np.pronoun !== 'person' || np.possessive || this.units[k + 1]?.kind !== 'verb' || !(isClass(opener, 'sub') || isClass(opener, 'prep')) || !ADVERBIAL_OPENERS.has(opener.word)) return undefined;
    const verb = governingVerb(this.units, k - 1);
    if (verb === undefined) return undefined;
    const [governing] = findSubjects(this.units, verb);
    if (governing?.entity) return this.agrees(np, governing.entity) ? { mention: governing.entity } : undefined;
    // "he had been fired after he raised concerns": a pronoun there is who that one is; "the engineer was fired
    // after he …": someone no name stands for is no one named.
    if (governing?.pronoun === 'person' && !governing.possessive && governing !== np) return { mention: this.pronoun(governing) };
    return governing && this.unnamedPerson(governing) ? { mention: undefined } : undefined;
  }

  /**
   * "charges that he helped hide Ghosn's pay", "He will be replaced by Shearer's team mate": the names after a
   * person pronoun that is its clause's subject, up to where punctuation or a relative pronoun ends what it
   * governs, which the pronoun cannot stand for, since it would then stand above its own name (binding
   * theory's Principle C); not a name in a clause further on ("a hotel he's building, according to Fox,
   * who bid on Trump's behalf").
   */
  private namedAfterSubject(np: NounPhrase): Set<string> {
    const k = this.units.indexOf(np);
    if (np.pronoun !== 'person' || np.possessive || this.units[k + 1]?.kind !== 'verb') return new Set();
    const end = this.units.findIndex((u, j) => j > k && (isWord(u, ',', ';', '"') || isClass(u, 'rel')));
    return new Set(this.units.slice(k + 1, end < 0 ? undefined : end).flatMap((u) => (isNp(u) && u.entity ? [mentionKey(u.entity)] : [])));
  }

  /**
   * A person no name stands for: one named by what they do ("the driver"), or that "who" follows ("a former
   * engineer, who …"); not one a role the story gave stands for ("the prime minister").
   */
  private unnamedPerson(np: NounPhrase): boolean {
    const k = this.units.indexOf(np);
    const who = isWord(this.units[k + 1], 'who') || (isWord(this.units[k + 1], ',') && isWord(this.units[k + 2], 'who'));
    return !np.entity && !np.pronoun && !np.role && (!!np.actor || who);
  }

  /** The noun phrase nearest before `offset` in the sentence that could be a thing: not a person, a pronoun, nor one of several subjects. */
  private thingBefore(offset: number): NounPhrase | undefined {
    // Nor whose title a name is ("the U.S. ambassador Ken Salazar").
    return this.units.findLast((u, k): u is NounPhrase => isNp(u) && u.start < offset && !u.pronoun && !u.possessive && u.entity?.type !== 'Person' && !this.coordinated.has(u) && this.units[k + 1]?.kind !== 'role');
  }

  /** Records that the story calls `m` by the noun: "the lender" for a bank set off as "a retail lender". */
  private addKind(m: EntityMention, noun: string): void {
    this.kinds.set(mentionKey(m), (this.kinds.get(mentionKey(m)) ?? new Set()).add(noun));
  }

  /**
   * The entity a definite description stands for ("the company", "the ministry"): a name ending in the
   * description's noun first, else the most salient of its kind, else the most salient of no known
   * kind, which the description then types (`typed` false); never `subject`, the clause's own subject
   * ("Congress has ordered the department …").
   */
  description(np: NounPhrase, subject = this.subjectOfObject.get(np)): { mention: EntityMention; type: EntityType; typed: boolean } | undefined {
    if (np.home) {
      if (this.otherCountryInFocus(np.start)) return undefined;
      const home = this.ranked(np.start, (m) => m.canonical !== undefined && m.canonical === this.home)[0];
      return home && { mention: home, type: 'Place', typed: true };
    }
    const type = descriptionType(np);
    if (!type) return undefined;
    // "Benfica president Rui Costa said the club had not wanted to sell", "UnitedHealthcare chief executive Brian
    // Thompson … Thompson was shot outside a hotel where the company was holding its conference": a description
    // that is a clause's subject in a sentence about someone the story titled by a body is that body, where it is
    // of the description's kind.
    // Not the reporter set off after the clause ("…, the company said"), which is the story's.
    const employer = this.subjects.includes(np) && !this.attributedAfter(np) ? this.mainSubjectsEmployer(type) : undefined;
    if (employer && employer !== subject) return { mention: employer, type, typed: true };
    // "The consortium, called Renaissance, includes …": a description the text names right after it is that name.
    const given = nameGivenAfter(this.units, this.units.indexOf(np));
    if (given) return { mention: given, type, typed: true };
    // "Congo's health ministry said … The ministry blamed …": a description repeats the thing no name
    // stands for that the clause or the last sentence was about, not a named one.
    const unnamed = [...this.lastSubjects, ...this.subjects.filter((s) => s.start < np.start)];
    // Not a description that itself stands for a name ("The German company, which was spun off …, said").
    if (unnamed.some((s) => !s.entity && !s.pronoun && s !== np && s.head === np.head && s.concept !== s.head && !descriptionType(s))) return undefined;
    // "saying the country must cut …" after a dateline from Nairobi: a country is never a city or a state the gazetteer knows.
    const country = COUNTRY_NOUNS.has(np.head);
    // "blamed the city for the delay" after "Israel": nor is a city a country.
    const city = np.head === 'city';
    // "the company" after "the Saudi government" or "the Commission": a business is no public body.
    const business = BUSINESS_NOUNS.has(np.head);
    // "threatened to quit the coalition" after "the Supreme Court": nor is a coalition a court, a ministry or an army.
    const coalition = COALITION_NOUNS.has(np.head);
    // "EU" is no company: a name is read by its head and by that of its full name ("European Union").
    const heads = (m: EntityMention) => [nameHead(m.text), nameHead(m.canonical ?? m.text)];
    const stateBody = (m: EntityMention) => heads(m).some((head) => INSTITUTION_NOUNS.has(head) || DESCRIPTIONS_OF_NAMES_ONLY.has(head));
    const publicBody = (m: EntityMention) => this.publicBodies.has(mentionKey(m)) || stateBody(m) || heads(m).some((head) => PUBLIC_BODY_HEADS.has(head)) || isPublicBody(foldForm(m.canonical ?? m.text));
    const isCountry = (m: EntityMention) => m.canonical !== undefined && PLACES.countries.has(m.canonical);
    const press = (m: EntityMention) => isNewsOutlet(foldForm(m.text)) || heads(m).some((head) => PRESS_HEADS.has(head));
    // "The Financial Times reported that the company would …": a business the press reports on is not the press,
    // nor one cited ("according to LSEG data"), unless the story is about it ("The Washington Post will cut 4%
    // of its staff, the company said").
    const source = (m: EntityMention) => (press(m) || this.cited.has(mentionKey(m))) && !this.openingOrganizations.has(mentionKey(m));
    // "Analysts at Goldman Sachs said they did not expect the group to …": commentators speak of other businesses than their own.
    const commentators = this.commentatorsEmployer(np);
    const fits = (m: EntityMention) =>
      m.type === type && m !== subject && m !== commentators && !(country && m.canonical !== undefined && !isCountry(m)) && !(city && isCountry(m)) && !(business && (publicBody(m) || source(m) || this.parts.has(mentionKey(m)))) && !(coalition && stateBody(m));
    // "Barclays and Standard Chartered also reported results. … the bank was not planning to sell": a singular
    // description picks out neither of two of its kind that the last main clause named together, unless one is
    // what the story opened with ("Microsoft and rivals Amazon and Alphabet are spending … the company said").
    const together = this.group.filter((m) => m.type === type);
    const ambiguous = new Set(together.length > 1 ? together.map(mentionKey).filter((key) => !this.openingOrganizations.has(key)) : []);
    const typed = this.ranked(np.start, (m) => fits(m) && !ambiguous.has(mentionKey(m)));
    // "fled the country" after "Veracruz": a country the gazetteer knows before a place it does not.
    // "the airline" for "Singapore Airlines": a name may end in its noun's plural.
    // "Nihon Hidankyo, a Japanese group of survivors, … the group": or one the story described with the noun.
    const named = typed.find((m) => [np.head, `${np.head}s`].includes(nameHead(m.text))) ?? typed.find((m) => this.kinds.get(mentionKey(m))?.has(np.head)) ?? (country ? typed.find(isCountry) : undefined);
    // "Norway's sovereign wealth fund has excluded Westgold … The fund, one of the world's largest investors,":
    // a description repeats the thing no name stands for that the story was about, unless a name is of its kind.
    if (!named && this.unnamedTopics.has(np.head)) return undefined;
    // "caught the nation by surprise" after "Montgomery": the gazetteer knows every country, so a
    // country's description stands for one it knows, or for nothing.
    if (country) return named && { mention: named, type, typed: true };
    // "The newspaper called the verdict a sham" after "the CIA": a newspaper is one the story named as one, or no one.
    if (np.head === 'newspaper') {
      const paper = typed.find(press);
      return paper && { mention: paper, type, typed: true };
    }
    if (DESCRIPTIONS_OF_NAMES_ONLY.has(np.head) || FACILITY_NOUNS.has(np.head)) {
      // "the Supreme Court of Canada": the noun may head a name that goes on.
      const naming = named ?? typed.find((m) => wordsOf(m).includes(np.head));
      return naming && { mention: naming, type, typed: true };
    }
    // "KHARTOUM (AP) — … recaptured the city of Wad Madani … entered the city": where the story is filed
    // comes after a place the story tells of ("KYIV (AP) — Drones struck the capital" has no other).
    // "Chief Executive Fiona Walsh said" after "Macquarie Capital and Goldman Sachs led the offering": a
    // company's role no name owns is held at the business the story opened with, whatever it named since; so is
    // "the company" that a clause is attributed to after it ("…, who will move to a new role, the company said"),
    // and the business a clause about one holding such a role names ("Chief Executive Jensen Huang, who co-founded the company").
    const topic = np.topic || this.attributedAfter(np) || (business && this.inClauseOfUnownedTitle(np)) ? typed.find((m) => this.openingOrganizations.has(mentionKey(m))) : undefined;
    const found = named ?? topic ?? typed.find((m) => !this.datelines.has(m)) ?? typed[0];
    if (found) return { mention: found, type, typed: true };
    const other = this.ranked(np.start, (m) => m.type === 'Other' && m !== subject)[0];
    return other ? { mention: other, type, typed: false } : undefined;
  }
}
