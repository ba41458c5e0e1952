/**
 * The graph as RDF (Turtle). Entities are resources typed by schema.org classes where one exists
 * (Person, Organization, Place, Event; Weapon and Other are Relata's own, Concept is skos:Concept),
 * relations are triples whose predicate is the relation's lemma, and what Relata knows about a
 * relation (label as written, confidence, evidence sentences, documents…) is said of it either:
 * - `reification` (RDF 1.1, every store): an `rdf:Statement` per relation;
 * - `rdf-star` (RDF 1.2, e.g. Oxigraph): `s p o ~ reifier {| … |}`, one named reifier per relation,
 *   so parallel relations keep apart.
 * A relation the text negates ("did not sign") is described but never asserted as a triple.
 */
import { ENTITY_TYPES, type KnowledgeGraph } from '../graph/schema';
import { attributeColumns, type Column } from './columns';
import type { FileFormat, OutputFile } from './types';

type Annotation = 'reification' | 'rdf-star';

/** Relata's own terms. */
export const RELATA_NS = 'urn:relata:ns:';

const PREFIXES: Array<[string, string]> = [
  ['rdf', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
  ['rdfs', 'http://www.w3.org/2000/01/rdf-schema#'],
  ['xsd', 'http://www.w3.org/2001/XMLSchema#'],
  ['skos', 'http://www.w3.org/2004/02/skos/core#'],
  ['schema', 'https://schema.org/'],
  ['rel', RELATA_NS],
];

/** The class of each entity type, all declared subclasses of rel:Entity. */
export const TYPE_CLASSES: Record<(typeof ENTITY_TYPES)[number], string> = {
  Person: 'schema:Person',
  Organization: 'schema:Organization',
  Place: 'schema:Place',
  Event: 'schema:Event',
  Weapon: 'rel:Weapon',
  Concept: 'skos:Concept',
  Other: 'rel:Other',
};

/** Attributes with a term of their own (or none: drawing attributes are not knowledge). */
const NODE_TERMS: Record<string, string | null> = {
  label: 'rdfs:label', type: null, aliases: 'skos:altLabel', mentions: 'rel:mentions', docs: null,
  note: 'rel:note', tags: 'rel:tag', x: null, y: null, size: null, color: null, pinned: null, importedType: 'rel:importedType',
};
const EDGE_TERMS: Record<string, string | null> = {
  label: 'rdfs:label', predicate: null, evidence: null, doc: null, docs: null, confidence: 'rel:confidence',
  weight: 'rel:weight', note: 'rel:note', tags: 'rel:tag', polarity: 'rel:polarity', modality: 'rel:modality',
  source: 'rel:reportedBy', pattern: 'rel:pattern',
};

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A name as an IRI segment: percent-encoded UTF-8, so every name maps to its own IRI and reads back. */
function segment(name: string): string {
  return encodeURIComponent(name.replace(LONE_SURROGATE, '\ufffd'));
}

/** A string literal: quotes, backslashes and control characters escaped; unpaired surrogates replaced. */
export function turtleString(value: string): string {
  const escaped = value.replace(LONE_SURROGATE, '\ufffd').replace(/["\\\u0000-\u001f\u007f]/g, (c) => {
    switch (c) {
      case '"': return '\\"';
      case '\\': return '\\\\';
      case '\n': return '\\n';
      case '\r': return '\\r';
      case '\t': return '\\t';
      default: return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    }
  });
  return `"${escaped}"`;
}

function literal(value: unknown): string | null {
  switch (typeof value) {
    case 'string':
      // An empty note or tag says nothing a reader should have to skip.
      return value === '' ? null : turtleString(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value);
      if (Number.isNaN(value)) return '"NaN"^^xsd:double';
      if (!Number.isFinite(value)) return value > 0 ? '"INF"^^xsd:double' : '"-INF"^^xsd:double';
      return `"${value}"^^xsd:double`;
    case 'undefined':
      return null;
    default:
      return value === null ? null : turtleString(JSON.stringify(value));
  }
}

/** The objects of one attribute: a list gives one object per item. */
function objects(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.map(literal).filter((v): v is string => v !== null);
}

type Pair = [predicate: string, objects: string[]];

/** `p1 o1, o2 ;\n    p2 o3`: the predicate-object list of one subject; predicates without objects are left out. */
function predicateObjects(pairs: Pair[]): string {
  return pairs.filter(([, objs]) => objs.length > 0).map(([p, objs]) => `${p} ${objs.join(', ')}`).join(' ;\n    ');
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Extra (imported) attributes under `attr:` names, as the graph holds them. */
function extraPairs(columns: Column[], terms: Record<string, string | null>, attributes: Record<string, unknown>): Pair[] {
  const pairs: Pair[] = [];
  for (const { attr } of columns) {
    if (!Object.hasOwn(attributes, attr)) continue;
    const term = Object.hasOwn(terms, attr) ? terms[attr] : `<${RELATA_NS}attribute:${segment(attr)}>`;
    if (term) pairs.push([term, objects(attributes[attr])]);
  }
  return pairs;
}

/** Writes the graph as Turtle; `base` starts the IRIs of entities, relations and documents. */
export function writeTurtle(graph: KnowledgeGraph, annotation: Annotation, base: string): string {
  const entity = (key: string) => `<${base}entity/${segment(key)}>`;
  const relation = (key: string) => `<${base}relation/${segment(key)}>`;
  const document = (name: string) => `<${base}document/${segment(name)}>`;
  const property = (predicate: string) => `<${RELATA_NS}relation:${segment(predicate)}>`;

  const out: string[] = PREFIXES.map(([p, iri]) => `@prefix ${p}: <${iri}> .`);
  out.push('', `# Relata knowledge graph: ${graph.order} entities, ${graph.size} relations.`);
  for (const type of ENTITY_TYPES) out.push(`${TYPE_CLASSES[type]} rdfs:subClassOf rel:Entity .`);
  out.push('');

  const nodeColumns = attributeColumns(graph, 'node');
  const edgeColumns = attributeColumns(graph, 'edge');
  const documents = new Set<string>();
  graph.forEachNode((key, a) => {
    const type = (ENTITY_TYPES as readonly string[]).includes(a.type) ? a.type : 'Other';
    const docs = strings(a.docs);
    for (const doc of docs) documents.add(doc);
    const pairs: Pair[] = [['a', [TYPE_CLASSES[type]]], ...extraPairs(nodeColumns, NODE_TERMS, a), ['rel:mentionedIn', docs.map(document)]];
    out.push(`${entity(key)} ${predicateObjects(pairs)} .`);
  });
  out.push('');

  const predicates = new Map<string, string>();
  graph.forEachEdge((key, a, source, target, _sa, _ta, undirected) => {
    const predicate = [a.predicate, a.label].find((v): v is string => typeof v === 'string' && v.trim() !== '') ?? 'related to';
    predicates.set(property(predicate), predicate);
    const support = Array.isArray(a.support) ? a.support : [];
    const nonEmpty = (values: unknown[]) => [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
    const evidence = nonEmpty([a.evidence, ...support.map((s) => s.text)]);
    const docs = nonEmpty([a.doc, ...strings(a.docs), ...support.map((s) => s.doc)]);
    for (const doc of docs) documents.add(doc);
    const pairs: Pair[] = [
      ...extraPairs(edgeColumns, EDGE_TERMS, a),
      ['rel:evidence', evidence.map(turtleString)],
      ['rel:document', docs.map(document)],
      ['rel:edgeKey', [turtleString(key)]],
      ['rel:directed', [undirected ? 'false' : 'true']],
    ];
    const triple = `${entity(source)} ${property(predicate)} ${entity(target)}`;
    const asserted = a.polarity !== 'negative';
    const about = predicateObjects(pairs);
    if (annotation === 'rdf-star') {
      out.push(asserted ? `${triple} ~ ${relation(key)} {|\n    ${about} |} .` : `<< ${triple} ~ ${relation(key)} >>\n    ${about} .`);
    } else {
      if (asserted) out.push(`${triple} .`);
      out.push(`${relation(key)} a rdf:Statement ;\n    rdf:subject ${entity(source)} ; rdf:predicate ${property(predicate)} ; rdf:object ${entity(target)} ;\n    ${about} .`);
    }
  });
  out.push('');
  for (const [iri, predicate] of predicates) out.push(`${iri} a rdf:Property ; rdfs:label ${turtleString(predicate)} .`);
  for (const doc of documents) out.push(`${document(doc)} a rel:Document ; rdfs:label ${turtleString(doc)} .`);
  return out.join('\n') + '\n';
}

/** IRIs a base may start: an absolute IRI with nothing Turtle would have to escape. */
const BASE_IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|^`\\]*$/i;

export const turtleFormat: FileFormat = {
  id: 'turtle',
  label: 'RDF Turtle',
  description: 'Entities typed with schema.org classes and typed relations, with evidence and confidence for RDF stores and SPARQL.',
  extensions: ['.ttl'],
  mimeType: 'text/turtle',
  parameters: [
    {
      id: 'annotation', label: 'Relation details', type: 'choice', defaultValue: 'reification',
      options: [{ value: 'reification', label: 'Reification (RDF 1.1, any store)' }, { value: 'rdf-star', label: 'RDF-star (RDF 1.2 reifiers)' }],
    },
    { id: 'base', label: 'IRI base', type: 'text', defaultValue: 'urn:relata:', pattern: BASE_IRI, hint: 'an absolute IRI such as https://example.org/graph/' },
  ],
  write: (graph, settings, context): OutputFile[] => [
    { name: `${context.baseName}.ttl`, data: writeTurtle(graph, settings.annotation as Annotation, String(settings.base)), mimeType: 'text/turtle' },
  ],
};
