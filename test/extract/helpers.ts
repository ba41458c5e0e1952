import { nerModel } from '../../main/extract/ner-model';
import { extractGraph } from '../../shared/extract/index';
import type { KnowledgeGraph } from '../../shared/graph/schema';

/** Extracts one or more texts as documents named doc0.txt, doc1.txt, … */
export function extract(...texts: string[]): KnowledgeGraph {
  return extractGraph(texts.map((text, i) => ({ name: `doc${i}.txt`, text })), { model: nerModel() });
}

/** Edges as "Source --label--> Target" lines, by node labels, sorted. */
export function relations(graph: KnowledgeGraph): string[] {
  return graph
    .mapEdges((_, attr, source, target) => `${graph.getNodeAttribute(source, 'label')} --${attr.label}--> ${graph.getNodeAttribute(target, 'label')}`)
    .sort();
}

/** Edges as [source label, predicate, target label] triples. */
export function triples(graph: KnowledgeGraph): Array<[string, string, string]> {
  return graph.mapEdges((_, attr, source, target) => [graph.getNodeAttribute(source, 'label'), attr.predicate, graph.getNodeAttribute(target, 'label')]);
}

/** The node whose label or alias is `name`, with its attributes. */
export function node(graph: KnowledgeGraph, name: string) {
  const id = graph.findNode((_, attr) => attr.label === name || attr.aliases.includes(name));
  return id === undefined ? undefined : { id, ...graph.getNodeAttributes(id) };
}

export function hasTriple(graph: KnowledgeGraph, subject: string, predicate: string, object: string): boolean {
  return triples(graph).some(([s, p, o]) => s === subject && p === predicate && o === object);
}
