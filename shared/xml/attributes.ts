/** The attributes of one element as the XML scanner hands them to a reader, values decoded. */

export interface XmlAttributes {
  get(name: string): string | undefined;
  entries(): Iterable<[string, string]>;
  /** Whether an attribute is a namespace declaration (xmlns or xmlns:prefix). */
  readonly declaresNamespaces: boolean;
}

/** Elements with more attributes than this check for repeated names with a set, not by looking through the list. */
const LINEAR_LIMIT = 8;

/**
 * Names and values in two parallel lists, which the scanner clears and refills for every element:
 * building an object per element, keyed by its names, cost more than all the readers' lookups in the
 * lists. A name is never a property key here, so "__proto__" or "toString" need no special care.
 */
export class AttributeList implements XmlAttributes {
  private readonly names: string[] = [];
  private readonly values: string[] = [];
  private size = 0;
  /** The names of an element with many attributes, so a repeated one is found in constant time. */
  private readonly seen = new Set<string>();
  /** Whether an attribute is a namespace declaration (xmlns or xmlns:prefix). */
  declaresNamespaces = false;

  get(name: string): string | undefined {
    for (let k = 0; k < this.size; k++) if (this.names[k] === name) return this.values[k];
    return undefined;
  }

  *entries(): Generator<[string, string]> {
    for (let k = 0; k < this.size; k++) yield [this.names[k]!, this.values[k]!];
  }

  /** Whether the element already has an attribute `name`. */
  has(name: string): boolean {
    if (this.size > LINEAR_LIMIT) return this.seen.has(name);
    return this.get(name) !== undefined;
  }

  clear(): void {
    if (this.size > LINEAR_LIMIT) this.seen.clear();
    this.size = 0;
    this.declaresNamespaces = false;
  }

  add(name: string, value: string): void {
    if (this.size === LINEAR_LIMIT) for (let k = 0; k < LINEAR_LIMIT; k++) this.seen.add(this.names[k]!);
    if (this.size >= LINEAR_LIMIT) this.seen.add(name);
    if (name.charCodeAt(0) === 120 && name.startsWith('xmlns') && (name.length === 5 || name.charCodeAt(5) === 58)) this.declaresNamespaces = true;
    this.names[this.size] = name;
    this.values[this.size++] = value;
  }
}
