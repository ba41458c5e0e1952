/**
 * RDF Turtle read back by real RDF stores: Oxigraph (npm) for both annotation styles, rdflib (Debian's
 * python3) for reification. Entity counts by type come from SPARQL, not from the writer.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../shared/graph/schema';
import { RELATA_NS, TYPE_CLASSES, writeTurtle } from '../../shared/formats/turtle';
import { tempDir } from '../interop/helpers';
import { awkwardGraph, outsideRead } from './fixture';

const PREFIXES = `PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rel: <${RELATA_NS}>
`;

const EXPAND: Record<string, string> = { 'schema:': 'https://schema.org/', 'rel:': RELATA_NS, 'skos:': 'http://www.w3.org/2004/02/skos/core#' };
const classIri = (curie: string) => Object.entries(EXPAND).reduce((iri, [p, ns]) => (iri.startsWith(p) ? ns + iri.slice(p.length) : iri), curie);

/** Entity counts by class, as the graph holds them. */
function expectedTypeCounts(graph: ReturnType<typeof awkwardGraph>): Record<string, number> {
  const counts: Record<string, number> = {};
  graph.forEachNode((_n, a) => {
    const iri = classIri(TYPE_CLASSES[a.type as (typeof ENTITY_TYPES)[number]]);
    counts[iri] = (counts[iri] ?? 0) + 1;
  });
  return counts;
}

function load(ttl: string): oxigraph.Store {
  const store = new oxigraph.Store();
  store.load(ttl, { format: 'text/turtle' });
  return store;
}

function select(store: oxigraph.Store, query: string): Array<Record<string, string>> {
  const rows = store.query(PREFIXES + query) as Array<Map<string, { value: string }>>;
  return rows.map((row) => Object.fromEntries([...row.entries()].map(([k, v]) => [k, v.value])));
}

const TYPES_QUERY = 'SELECT ?type (COUNT(?e) AS ?n) WHERE { ?e a ?type . ?type rdfs:subClassOf rel:Entity } GROUP BY ?type';

describe('RDF Turtle in Oxigraph', () => {
  const graph = awkwardGraph();

  for (const annotation of ['reification', 'rdf-star'] as const) {
    it(`${annotation}: SPARQL counts entities by type, and every relation keeps its own confidence and evidence`, () => {
      const store = load(writeTurtle(graph, annotation, 'https://example.org/kg/'));
      const counts = Object.fromEntries(select(store, TYPES_QUERY).map((r) => [r.type!, Number(r.n)]));
      expect(counts).toEqual(expectedTypeCounts(graph));

      // Parallel relations (e0, e1 between the same entities) stay apart: one described relation per edge.
      const described = select(store, `SELECT ?key ?conf WHERE { ?r rel:edgeKey ?key ; rel:confidence ?conf }`);
      expect(Object.fromEntries(described.map((r) => [r.key, Number(r.conf)]))).toEqual(Object.fromEntries(graph.mapEdges((e, a) => [e, a.confidence])));
      const evidence = select(store, `SELECT ?text WHERE { ?r rel:edgeKey "u1" ; rel:evidence ?text }`);
      expect(evidence.map((r) => r.text)).toEqual(['The US, "they say",\ntrades with São Paulo.']);

      // Asserted triples: every relation but the negated one.
      const asserted = select(store, `SELECT ?s ?o WHERE { ?s ?p ?o . FILTER(STRSTARTS(STR(?p), "${RELATA_NS}relation:")) }`);
      expect(asserted).toHaveLength(graph.size - 1);
      expect(asserted.some((r) => r.s!.endsWith('/medvedev') && r.o!.endsWith('/us'))).toBe(false);

      const sp = select(store, `SELECT ?e ?alias WHERE { ?e rdfs:label "São Paulo" ; <http://www.w3.org/2004/02/skos/core#altLabel> ?alias }`);
      expect(sp.map((r) => r.alias).sort()).toEqual(['SP; capital', 'Sampa']);
      expect(decodeURIComponent(sp[0]!.e!.slice('https://example.org/kg/entity/'.length))).toBe('São Paulo, BR');
      const club = select(store, `SELECT ?club WHERE { ?e rdfs:label "Dmitry Medvedev" ; <${RELATA_NS}attribute:club> ?club }`);
      expect(club).toEqual([{ club: 'Mr. Hi' }]);
    });
  }

  it('rdf-star annotates each relation through its own named reifier', () => {
    const store = load(writeTurtle(graph, 'rdf-star', 'urn:relata:'));
    const reifiers = select(store, 'SELECT ?r WHERE { ?r rdf:reifies ?t }');
    expect(reifiers.map((r) => r.r).sort()).toEqual(graph.edges().map((e) => `urn:relata:relation/${encodeURIComponent(e)}`).sort());
  });

  it('escapes what Turtle cannot hold raw: control characters, quotes, lone surrogates', () => {
    const g = awkwardGraph();
    g.mergeNodeAttributes('lonely', { label: 'tab\there "q" \\ back\u0007bell \ud800 end' });
    const store = load(writeTurtle(g, 'reification', 'urn:relata:'));
    const [row] = select(store, `SELECT ?l WHERE { <urn:relata:entity/lonely> rdfs:label ?l }`);
    expect(row!.l).toBe('tab\there "q" \\ back\u0007bell \ufffd end');
  });
});

interface RdflibRead {
  triples: number;
  types: Record<string, number>;
  statements: Array<{ key: string; s: string; p: string; o: string; confidence: number | null; label: string | null }>;
  asserted: string[][];
  labels: Record<string, string>;
}

describe('RDF Turtle in rdflib', () => {
  it('reads the reification export: entity counts by type, one rdf:Statement per relation, labels intact', () => {
    const graph = awkwardGraph();
    const file = join(tempDir(), 'graph.ttl');
    writeFileSync(file, writeTurtle(graph, 'reification', 'urn:relata:'));
    const read = outsideRead<RdflibRead>('rdflib', file);
    expect(read.types).toEqual(expectedTypeCounts(graph));
    expect(read.statements.map((s) => s.key).sort()).toEqual(graph.edges().sort());
    const e0 = read.statements.find((s) => s.key === 'e0')!;
    expect(e0).toMatchObject({ s: 'urn:relata:entity/medvedev', o: 'urn:relata:entity/talks', confidence: 0.92, label: 'dismissed', p: `${RELATA_NS}relation:dismiss` });
    expect(read.asserted).toHaveLength(graph.size - 1);
    expect(read.labels['urn:relata:entity/S%C3%A3o%20Paulo%2C%20BR']).toBe('São Paulo');
  });
});
