/**
 * The renderer never sees or sends a file path: main hands it opaque ids for paths the person chose
 * in a dialog (or that are on the recent list, which only ever holds dialog-chosen paths).
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { ProjectRef } from '../shared/shell/platform';

export class ProjectRefs {
  private readonly byId = new Map<string, string>();
  private readonly byPath = new Map<string, string>();

  /** Returns the ref for a path, issuing a new id the first time the path is seen. */
  refFor(path: string): ProjectRef {
    let id = this.byPath.get(path);
    if (!id) {
      id = randomUUID();
      this.byId.set(id, path);
      this.byPath.set(path, id);
    }
    return { id, name: basename(path) };
  }

  /** The path behind an id main issued, or null for an id it never issued. */
  pathOf(ref: ProjectRef): string | null {
    return this.byId.get(ref.id) ?? null;
  }
}
