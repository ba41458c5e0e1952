/**
 * Alias resolution across the corpus: every mention gets the entity it names. Gazetteer forms
 * (US / U.S. / United States, Kiev / Kyiv), surnames of people named in full, acronyms of longer
 * names and transliteration variants (Sergei / Sergey) all land on one entity.
 */
import type { EntityType, Mention } from '../graph/schema';
import { safeKey } from '../graph/safe-keys';
import type { DocumentAnalysis } from './discourse';
import { initials, NAME_PARTICLES, nameKey, oneWord, surnameKey, unshouted, withoutGeneration } from './lexicon/names';
import { knownOrganization } from './lexicon/organizations';
import { PLACES, foldForm } from './lexicon/places';
import type { EntityMention } from './mentions';
import { decideType, type TypeVote } from './votes';

export interface Entity {
  id: string;
  label: string;
  type: EntityType;
  /** Why it has that type: the strongest vote for it (votes.ts). */
  typeReason: string;
  aliases: string[];
  occurrences: Mention[];
  docs: string[];
  /** Mentions in sentences that read like news (not comments or fragments). */
  reliableMentions: number;
}

interface Draft {
  key: string;
  surfaces: Map<string, number>;
  votes: TypeVote[];
  canonical?: string;
  occurrences: Mention[];
  docs: Set<string>;
  reliable: number;
}

/** The mentions of one name in one document, whose votes decide its type there. */
interface NameInDocument {
  key: string;
  votes: TypeVote[];
  type: EntityType;
}

export interface Resolution {
  entities: Entity[];
  entityOf: Map<EntityMention, Entity>;
}

/** A name of several words written in capitals only. */
const shouted = (name: string): boolean => /\s/.test(name) && !/[a-z]/.test(name);

/** The canonical name of a place or organisation the gazetteers know by this form. */
function gazetteerName(text: string): string | undefined {
  const form = foldForm(text);
  return PLACES.byForm.get(form) ?? knownOrganization(form);
}

export function slug(text: string): string {
  return foldForm(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entity';
}

/** `of`, remembering its value for each string it is given. */
function remembered<T>(of: (text: string) => T): (text: string) => T {
  const values = new Map<string, T>();
  return (text) => {
    if (values.has(text)) return values.get(text)!;
    const value = of(text);
    values.set(text, value);
    return value;
  };
}

/** Resolves every mention of every document to an entity. */
export function resolveEntities(analyses: DocumentAnalysis[]): Resolution {
  // A corpus writes each name many times (194,000 mentions in 10 MB of news, 1 in 18 a new spelling):
  // each spelling is folded once.
  const nameKeyOf = remembered(nameKey);
  const foldOf = remembered(foldForm);
  const gazetteerNameOf = remembered(gazetteerName);
  const surnameKeyOf = remembered(surnameKey);
  const all: Array<{ mention: EntityMention; doc: string; written: string; sentence: number; quality: number }> = [];
  for (const a of analyses) for (const s of a.sentences) for (const m of s.mentions) all.push({ mention: m, doc: a.name, written: a.text, sentence: s.sentence.index, quality: s.quality });

  // Surnames and acronyms of multi-word names, corpus-wide.
  const surnameOwners = new Map<string, Set<string>>();
  const acronymOwners = new Map<string, Set<string>>();
  for (const { mention: m } of all) {
    if (m.canonical || oneWord(m.text)) continue;
    const acronym = initials(m.text);
    if (m.type === 'Person') {
      const surname = surnameKeyOf(m.text);
      surnameOwners.set(surname, (surnameOwners.get(surname) ?? new Set()).add(nameKeyOf(m.text)));
    }
    // "JFK", "PSG" for a "Paris Saint-Germain" the tagger read as a person: three initials or more may be anyone's.
    if (m.type !== 'Place' && acronym.length >= (m.type === 'Person' ? 3 : 2)) acronymOwners.set(acronym, (acronymOwners.get(acronym) ?? new Set()).add(nameKeyOf(m.text)));
  }
  // "Beatle John Lennon" is John Lennon with a title the name finder kept, and "Martin Luther King Jr."
  // Martin Luther King with his generation: the shorter full name owns the surname. Not a short name
  // that ends two longer ones, which is a family's: Mario and Alvaro Vargas Llosa are two people.
  // A surname with its particle ("De Moraes" of "Alexandre de Moraes") is no full name: the longer owns it.
  const shorterName = new Map<string, string>();
  for (const owners of surnameOwners.values()) {
    const names = [...owners];
    const ends = (long: string, short: string) => long !== short && long.endsWith(` ${short}`);
    const longer = new Map(names.map((short) => [short, names.filter((long) => ends(long, short)).length]));
    for (const long of names) {
      const short = names.find((o) => o !== long && (withoutGeneration(long) === o || (ends(long, o) && longer.get(o) === 1)));
      if (short === undefined) continue;
      const particled = NAME_PARTICLES.has(short.split(' ')[0]!);
      shorterName.set(particled ? short : long, particled ? long : short);
      owners.delete(particled ? short : long);
    }
  }
  const only = (s: Set<string> | undefined) => (s && s.size === 1 ? [...s][0] : undefined);

  const keyOf = (m: EntityMention): string => {
    if (m.canonical) return `k:${foldOf(m.canonical)}`;
    // Short for a name the document gives in full (consistency.ts): "Halvorsen" is Halvorsen Systems.
    if (m.fullName) {
      const full = nameKeyOf(m.fullName);
      return `n:${shorterName.get(full) ?? full}`;
    }
    const written = nameKeyOf(m.text);
    // A form the gazetteer knows names its entry, whatever this mention's type (which stays part of the entity's key).
    const known = m.type === 'Person' ? undefined : gazetteerNameOf(m.text);
    if (known) return `k:${foldOf(known)}`;
    const key = m.type === 'Person' ? (shorterName.get(written) ?? written) : written;
    if (oneWord(m.text) && (m.type === 'Person' || m.type === 'Other')) {
      const person = only(surnameOwners.get(key));
      if (person) return `n:${person}`;
    }
    if (/^[A-Z]{2,6}$/.test(m.text.replace(/\./g, ''))) {
      const expansion = only(acronymOwners.get(m.text.replace(/\./g, '')));
      if (expansion) return `n:${expansion}`;
    }
    return `n:${key}`;
  };

  // One name means one thing within a document: its type there is decided by all its mentions there.
  // Across documents the type stays part of the key, so Leeds the club and Leeds the city stay apart.
  // Each mention keeps its name's group in its document, so the groups' types are read without a key.
  const inDocument = new Map<string, NameInDocument>();
  const groups = all.map(({ mention: m, doc }) => {
    const key = keyOf(m);
    // A dateline's place is typed on its own (mentions.ts), so it has a group of its own.
    const within = `${doc}\u0000${key}${m.dateline ? '\u0000dateline' : ''}`;
    let group = inDocument.get(within);
    if (!group) inDocument.set(within, (group = { key, votes: [], type: 'Other' }));
    group.votes.push(...m.votes);
    return group;
  });
  for (const group of inDocument.values()) group.type = decideType(group.votes).type;

  const drafts = new Map<string, Draft>();
  const draftOf = new Map<EntityMention, Draft>();
  all.forEach(({ mention: m, doc, written, sentence, quality }, n) => {
    const key = `${groups[n]!.key}\u0000${groups[n]!.type}`;
    let d = drafts.get(key);
    if (!d) {
      d = { key, surfaces: new Map(), votes: [], occurrences: [], docs: new Set(), reliable: 0 };
      drafts.set(key, d);
    }
    if (m.canonical) d.canonical = m.canonical;
    // A longer form ("Vladimir Putin") outweighs its surname as the label.
    d.surfaces.set(m.text, (d.surfaces.get(m.text) ?? 0) + 1 + (m.last - m.first));
    for (const form of m.forms ?? []) d.surfaces.set(form, d.surfaces.get(form) ?? 0);
    d.votes.push(...m.votes);
    d.occurrences.push({ doc, sentence, start: m.start, end: m.end, text: written.slice(m.start, m.end) });
    d.docs.add(doc);
    if (quality >= 0.6) d.reliable++;
    draftOf.set(m, d);
  });

  const entities = new Map<Draft, Entity>();
  const usedIds = new Set<string>();
  for (const d of drafts.values()) {
    const { type, reason } = decideType(d.votes);
    // A headline's capitals ("KEVIN BROWN") are how the page shouts a name, not how it is spelled.
    const ranked = [...d.surfaces].sort((a, b) => b[1] - a[1] || Number(shouted(a[0])) - Number(shouted(b[0])) || b[0].length - a[0].length);
    // A person is labelled by the full name the mentions resolved to, else their fullest plain name
    // ("Vladimir Putin", not "Putin"; "Ringo Starr", not "Beatle Ringo Starr").
    const resolvedName = ranked.find(([s]) => d.key.startsWith(`n:${nameKeyOf(s)}\u0000`) && /\s/.test(s));
    // So is an organisation its short forms stand for ("Borussia Dortmund", however often "Dortmund").
    const fullName = type === 'Person' ? (resolvedName ?? ranked.find(([s, n]) => n > 0 && /\s/.test(s))) : resolvedName;
    // A name only ever shouted is labelled as prose would write it; the capitals stay an alias.
    const written = fullName?.[0] ?? ranked[0]![0];
    // "VEVEY, Switzerland (Reuters)": so is a place of one word too long for an acronym, as a dateline writes it.
    const label = d.canonical ?? (shouted(written) || (type === 'Place' && /^[A-Z]{5,}$/.test(written)) ? unshouted(written) : written);
    let id = slug(label);
    if (usedIds.has(id)) id = `${id}-${type.toLowerCase()}`;
    for (let n = 2; usedIds.has(id); n++) id = `${slug(label)}-${n}`;
    usedIds.add(id);
    const aliases = ranked.map(([s]) => s).filter((s) => s !== label);
    // An id is a graph key: "constructor" must not name a member of Object.prototype (see safe-keys.ts).
    entities.set(d, { id: safeKey(id), label, type, typeReason: reason, aliases, occurrences: d.occurrences, docs: [...d.docs].sort(), reliableMentions: d.reliable });
  }
  const entityOf = new Map<EntityMention, Entity>();
  for (const [m, d] of draftOf) entityOf.set(m, entities.get(d)!);
  return { entities: [...entities.values()], entityOf };
}
