/**
 * What a reader changed so that a file fits the project model, to report to the person: counted by
 * kind, with the first place each happened, so a report stays a few lines for any file.
 */
import { quoted } from '../xml/errors';

export class Repairs {
  private readonly kinds = new Map<string, { count: number; first: string }>();

  /** Records one repair of kind `what` (e.g. "positions that are not numbers were replaced") at `where`. */
  note(what: string, where: string): void {
    const seen = this.kinds.get(what);
    if (seen) seen.count++;
    else this.kinds.set(what, { count: 1, first: where });
  }

  get size(): number {
    return this.kinds.size;
  }

  /** One line per kind: "what (n times; first: where)". */
  messages(): string[] {
    return [...this.kinds].map(([what, { count, first }]) => `${what} (${count === 1 ? 'once' : `${count} times`}; first: ${first})`);
  }
}

/** How a message names a node or an edge. */
export function nodeRef(id: string): string {
  return `node ${quoted(id)}`;
}

export function edgeRef(id: string | undefined, source: string, target: string): string {
  return id === undefined ? `the edge ${quoted(source)} → ${quoted(target)}` : `edge ${quoted(id)}`;
}
