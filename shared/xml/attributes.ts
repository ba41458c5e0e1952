/** The attributes of one element as the XML scanner hands them to a reader, values decoded. */

export interface XmlAttributes {
  get(name: string): string | undefined;
  entries(): Iterable<[string, string]>;
}

/**
 * Names and values in two parallel lists, which the scanner clears and refills for every element:
 * building an object per element, keyed by its names, cost more than all the readers' lookups in the
 * lists. A name is never a property key here, so "__proto__" or "toString" need no special care.
 */
export class AttributeList implements XmlAttributes {
  private readonly names: string[] = [];
  private readonly values: string[] = [];
  private size = 0;

  get(name: string): string | undefined {
    for (let k = 0; k < this.size; k++) if (this.names[k] === name) return this.values[k];
    return undefined;
  }

  *entries(): Generator<[string, string]> {
    for (let k = 0; k < this.size; k++) yield [this.names[k]!, this.values[k]!];
  }

  clear(): void {
    this.size = 0;
  }

  add(name: string, value: string): void {
    this.names[this.size] = name;
    this.values[this.size++] = value;
  }
}
