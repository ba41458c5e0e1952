/**
 * What the person deleted, kept in the graph's attributes (so it is saved with the project) and
 * consulted when documents are added, so re-extraction does not bring deleted things back.
 */
import type { KnowledgeGraph, NodeAttributes } from '../schema';

/** Graph attribute holding the tombstone keys (project file only; not a GraphML attribute). */
export const DELETED_ATTRIBUTE = 'relataDeleted';

export function readTombstones(graph: KnowledgeGraph): string[] {
  const value = graph.getAttribute(DELETED_ATTRIBUTE);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function writeTombstones(graph: KnowledgeGraph, keys: readonly string[]): void {
  if (keys.length === 0) graph.removeAttribute(DELETED_ATTRIBUTE);
  else graph.setAttribute(DELETED_ATTRIBUTE, [...keys]);
}

/** Tombstone keys for a deleted node: its id and every name it went by. */
export function nodeTombstones(key: string, attributes: Pick<NodeAttributes, 'label' | 'aliases'>): string[] {
  const names = [attributes.label, ...(attributes.aliases ?? [])].filter(Boolean).map((n) => `name:${n.toLowerCase()}`);
  return [`node:${key}`, ...names];
}

/** Tombstone key for a deleted relation between two graph nodes. */
export function edgeTombstone(source: string, target: string, label: string): string {
  return `edge:${source}\u0000${label.trim().toLowerCase()}\u0000${target}`;
}
