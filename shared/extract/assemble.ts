/** Entities and relations → the knowledge graph, with provenance on every node and edge. */
import { createKnowledgeGraph, TYPE_COLORS, type EdgeAttributes, type Evidence, type KnowledgeGraph } from '../graph/schema';
import type { DocumentAnalysis, Endpoint } from './discourse';
import { knownOrganization } from './lexicon/organizations';
import { foldForm, PLACES } from './lexicon/places';
import { PROPER_ADJECTIVES, STOP_WORDS } from './lexicon/words';
import { slug, type Entity, type Resolution } from './resolve';
import { isAcronymText } from './spelling';

/** Longer than an institution's formal name ("Carnegie Foundation for the Advancement of Teaching" is seven words). */
const MAX_LABEL_WORDS = 10;

function nodeSize(mentions: number): number {
  return Math.round((4 + 3 * Math.log2(1 + mentions)) * 10) / 10;
}

/** Combines independent supporting sentences: each one makes the relation more likely. */
function combine(a: number, b: number): number {
  return 1 - (1 - a) * (1 - b);
}

const wordCount = (name: string) => name.split(/\s+/).length;

function keepEntity(e: Entity, related: Set<string>): boolean {
  // "who" is no name, but "WHO" is the World Health Organization's ("ALL" in a table's heading is nothing).
  if (STOP_WORDS.has(e.label.toLowerCase()) && !(isAcronymText(e.label) && knownOrganization(foldForm(e.label)))) return false;
  // A name longer than any a tagger finds whole is most often words run together, unless the text
  // also gives its acronym ("the Rally for the Return of Refugees and Democracy in Rwanda (RDR)").
  if (wordCount(e.label) > MAX_LABEL_WORDS && !e.aliases.some(isAcronymText)) return false;
  if (!/[A-Za-z]/.test(e.label)) return false;
  if (related.has(e.id)) return true;
  if (e.type === 'Other') return e.reliableMentions >= 2;
  return e.reliableMentions >= 1;
}

/** Builds the graph from analysed documents and resolved entities. */
/** A concept as a person reads it: "Israeli women", "Jewish settlements"; the analysis keeps its words in lower case. */
function conceptLabel(concept: string): string {
  return concept
    .split(' ')
    .map((word) => (PLACES.byDemonym.has(word) || PROPER_ADJECTIVES.has(word) ? word[0]!.toUpperCase() + word.slice(1) : word))
    .join(' ');
}

export function assembleGraph(analyses: DocumentAnalysis[], resolution: Resolution): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  // "calloway" read as a common noun where the tagger missed the name is still the Ines Calloway its
  // document names; "needles" is not the town another document names (concepts are lower-cased).
  const named = new Map<string, Entity[]>();
  for (const e of resolution.entities) {
    for (const form of new Set([e.label, ...e.aliases].map(foldForm))) {
      const entities = named.get(form);
      if (entities) entities.push(e);
      else named.set(form, [e]);
    }
  }
  const conceptId = (concept: string, doc: string): string =>
    named.get(foldForm(concept))?.find((e) => e.docs.includes(doc))?.id ?? `concept:${slug(concept)}`;
  const endpointId = (e: Endpoint, doc: string): string => ('mention' in e ? resolution.entityOf.get(e.mention)!.id : conceptId(e.concept, doc));

  const related = new Set<string>();
  for (const a of analyses) for (const r of a.relations) {
    related.add(endpointId(r.subject, a.name));
    related.add(endpointId(r.object, a.name));
  }
  for (const e of resolution.entities) {
    if (!keepEntity(e, related)) continue;
    graph.addNode(e.id, {
      label: e.label,
      type: e.type,
      typeReason: e.typeReason,
      aliases: e.aliases,
      mentions: e.occurrences.length,
      docs: e.docs,
      x: 0,
      y: 0,
      size: nodeSize(e.occurrences.length),
      color: TYPE_COLORS[e.type],
      note: '',
      tags: [],
      pinned: false,
      occurrences: e.occurrences,
    });
  }

  const edges = new Map<string, { source: string; target: string; attributes: EdgeAttributes }>();
  for (const a of analyses) {
    for (const r of a.relations) {
      const ends = [r.subject, r.object].map((e) => {
        const id = endpointId(e, a.name);
        if ('concept' in e && !graph.hasNode(id)) {
          graph.addNode(id, { label: conceptLabel(e.concept), type: 'Concept', aliases: [], mentions: 0, docs: [], x: 0, y: 0, size: nodeSize(1), color: TYPE_COLORS.Concept, note: '', tags: [], pinned: false, occurrences: [] });
        }
        return graph.hasNode(id) ? id : undefined;
      });
      const [source, target] = ends;
      if (!source || !target || source === target) continue;
      for (const id of [source, target]) {
        if (!id.startsWith('concept:')) continue;
        graph.updateNodeAttribute(id, 'mentions', (n = 0) => n + 1);
        graph.updateNodeAttribute(id, 'docs', (docs = []) => (docs.includes(a.name) ? docs : [...docs, a.name]));
      }
      const sentence = a.sentences[r.sentence]!.sentence;
      const written = a.text.slice(sentence.start, sentence.end);
      const evidence: Evidence = { doc: a.name, sentence: r.sentence, text: written, start: sentence.start };
      const key = `${source}|${r.label}|${target}`;
      const seen = edges.get(key);
      const speaker = r.source && 'mention' in r.source ? resolution.entityOf.get(r.source.mention)?.label : undefined;
      // Collected apart and added once: a relation stated in thousands of sentences must not copy its support each time.
      if (seen) {
        const attributes = seen.attributes;
        attributes.weight++;
        attributes.confidence = Math.round(combine(attributes.confidence, r.confidence) * 1000) / 1000;
        attributes.support.push(evidence);
        if (!attributes.docs!.includes(a.name)) attributes.docs!.push(a.name);
        // Stated plainly anywhere, it is asserted; the first speaker named is its source.
        if (r.modality === 'asserted') attributes.modality = 'asserted';
        if (speaker && !attributes.source) attributes.source = speaker;
      } else {
        edges.set(key, {
          source,
          target,
          attributes: {
            label: r.label,
            predicate: r.predicate,
            evidence: written,
            doc: a.name,
            docs: [a.name],
            confidence: Math.round(r.confidence * 1000) / 1000,
            weight: 1,
            pattern: r.pattern,
            polarity: r.polarity,
            modality: r.modality,
            ...(speaker ? { source: speaker } : {}),
            note: '',
            tags: [],
            support: [evidence],
          },
        });
      }
    }
  }
  for (const [key, { source, target, attributes }] of edges) graph.addDirectedEdgeWithKey(key, source, target, attributes);
  graph.forEachNode((id, attr) => {
    if (attr.type === 'Concept') graph.setNodeAttribute(id, 'size', nodeSize(attr.mentions));
  });
  return graph;
}
