/**
 * The namespace of each element as a scan goes, from the xmlns declarations in scope. Most files
 * declare their namespaces once, on the root, so an element costs a colon search and a depth count.
 */
import type { XmlAttributes } from './attributes';

interface Frame {
  /** Depth of the element that made the declarations. */
  depth: number;
  /** Prefix ("" for the default namespace) → namespace URI ("" undeclares the default). */
  prefixes: Map<string, string>;
}

export class NamespaceScope {
  private readonly frames: Frame[] = [];
  private depth = 0;
  /** The default namespace in scope, kept apart as nearly every element uses it. */
  private defaultUri = '';

  /** The namespace of an unprefixed element here. */
  get defaultNamespace(): string {
    return this.defaultUri;
  }

  /** Enters an element; returns its namespace URI ("" for none, "?prefix" for a prefix never declared). */
  enter(qualifiedName: string, attributes: XmlAttributes): string {
    this.depth++;
    if (attributes.declaresNamespaces) this.declare(attributes);
    const colon = qualifiedName.indexOf(':');
    return colon === -1 ? this.defaultUri : this.lookup(qualifiedName.slice(0, colon));
  }

  leave(): void {
    const top = this.frames[this.frames.length - 1];
    if (top !== undefined && top.depth === this.depth) {
      this.frames.pop();
      this.defaultUri = this.lookup('');
    }
    this.depth--;
  }

  private declare(attributes: XmlAttributes): void {
    const prefixes = new Map<string, string>();
    for (const [name, value] of attributes.entries()) {
      if (name === 'xmlns') prefixes.set('', value);
      else if (name.startsWith('xmlns:')) prefixes.set(name.slice(6), value);
    }
    this.frames.push({ depth: this.depth, prefixes });
    if (prefixes.has('')) this.defaultUri = prefixes.get('')!;
  }

  private lookup(prefix: string): string {
    if (prefix === 'xml') return 'http://www.w3.org/XML/1998/namespace';
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const uri = this.frames[i]!.prefixes.get(prefix);
      if (uri !== undefined) return uri;
    }
    return prefix === '' ? '' : `?${prefix}`;
  }
}
