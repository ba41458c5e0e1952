/** The shape every edit to the knowledge graph takes, so it can be undone and redone. */
import type { KnowledgeGraph } from '../schema';

/** One edit: `apply` after `undo` must give the same graph again (redo). */
export interface Command {
  /** What the edit did, for menus ("Undo Rename node"). */
  readonly label: string;
  apply(graph: KnowledgeGraph): void;
  undo(graph: KnowledgeGraph): void;
}
