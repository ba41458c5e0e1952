/** Which typed key each attribute gets when a graph is written (shared by the GraphML and GEXF writers). */
import { originalAttributeName } from '../graph/safe-keys';
import { formatHint } from './hints';
import { INTERNAL, TYPES_ATTRIBUTE, formatValue, listJoinable, observeKind, type Domain, type KeyKind } from './keys';
import { GRAPHML_TYPES, declaredTypes, fitsKind, storageKind } from './types';

export interface KeyPlan {
  id: string;
  domain: Domain;
  /** Attribute name in the graph. */
  attr: string;
  /** The attribute's name outside: what other tools see. */
  name: string;
  kind: KeyKind;
  /** A type the attribute was declared with that only one format has (GEXF's `listinteger`, `byte`…). */
  declared?: string;
  /** For EXACT keys: the list attribute they back up. */
  exactFor?: string;
}

const KEY_PREFIX: Record<Domain, string> = { node: 'v', edge: 'e', graph: 'g' };

/**
 * Key ids by domain and number (`v0`, `e3`, `g1`): no reader mistakes them for another tool's
 * convention, as it would yEd's `d0`…`dN` (Gephi takes `d3` as the label), and they stay as short as
 * those, since every <data> repeats one.
 */
export class KeyIds {
  private readonly counts: Record<Domain, number> = { node: 0, edge: 0, graph: 0 };

  next(domain: Domain): string {
    return `${KEY_PREFIX[domain]}${this.counts[domain]++}`;
  }
}

/** Decides the keys of one domain from the attributes actually present: contract keys first, then extras. */
export function planKeys(
  domain: Domain,
  contract: ReadonlyArray<[string, KeyKind]>,
  each: (visit: (attributes: Record<string, unknown>) => void) => void,
  options: { provenance: boolean; ids: KeyIds; graphAttributes: Record<string, unknown> },
): KeyPlan[] {
  const preferred = new Map(contract);
  const declared = declaredTypes(options.graphAttributes, domain);
  const kinds = new Map<string, KeyKind>();
  /** Declared types the values still fit: false once one does not. */
  const fitting = new Map<string, boolean>();
  const needsExact = new Set<string>();
  each((attributes) => {
    for (const name in attributes) {
      const value = attributes[name];
      if (value === undefined) continue;
      if (domain === 'graph' && name === TYPES_ATTRIBUTE) continue;
      if (!options.provenance && INTERNAL.has(name)) continue;
      const pref = INTERNAL.has(name) ? 'json' : preferred.get(name);
      const kind = pref === 'json' ? 'json' : observeKind(kinds.get(name), value, pref);
      kinds.set(name, kind);
      const type = declared.get(name);
      if (type !== undefined) fitting.set(name, fitting.get(name) !== false && fitsKind(type, value));
      if (kind === 'list' && !listJoinable(value as string[])) needsExact.add(name);
    }
  });
  const plan = (attr: string, name: string, kind: KeyKind): KeyPlan => ({ id: options.ids.next(domain), domain, attr, name, kind });
  const plans: KeyPlan[] = [];
  for (const [name, pref] of contract) {
    plans.push(plan(name, name, kinds.get(name) ?? pref));
    kinds.delete(name);
  }
  for (const [attr, inferred] of kinds) {
    const type = declared.get(attr);
    const keep = type !== undefined && fitting.get(attr) === true;
    const keyPlan = plan(attr, INTERNAL.get(attr) ?? originalAttributeName(attr), keep ? storageKind(type) : inferred);
    if (keep && !GRAPHML_TYPES.has(type)) keyPlan.declared = type;
    plans.push(keyPlan);
  }
  for (const attr of needsExact) plans.push({ ...plan(attr, `relata:${attr}`, 'json'), exactFor: attr });
  return plans;
}

/**
 * The hint fields that let Relata read a key back exactly (see ./hints.ts): `fileName` is the name the
 * file shows, `fileType` the type it declares (GraphML's attr.type, GEXF's type), and `lists` whether
 * it writes declared lists in its own notation rather than as JSON.
 */
export function hintFields(plan: KeyPlan, fileName: string, fileType: string, lists: boolean): Record<string, string | undefined> {
  const list = lists && plan.declared?.startsWith('list') === true;
  return {
    name: fileName === plan.name ? undefined : plan.name,
    internal: INTERNAL.has(plan.attr) && plan.exactFor === undefined ? plan.attr : undefined,
    encoding: plan.kind === 'json' && !list ? 'json' : undefined,
    type: plan.declared === undefined || plan.declared === fileType ? undefined : plan.declared,
    exact: plan.exactFor,
  };
}

/** The hint of a key, or '' when the file says everything itself (see hintFields). */
export function keyHint(plan: KeyPlan, fileName: string, fileType: string, lists: boolean): string {
  const fields = hintFields(plan, fileName, fileType, lists);
  return Object.values(fields).some((v) => v !== undefined) ? formatHint(fields) : '';
}

/**
 * The values one element writes under its plans, formatted for the file. Only own attributes count:
 * a plan named "toString" must not pick up the function every object inherits. A list that `|`-joining
 * carries needs no exact copy.
 */
export function* plannedValues(plans: readonly KeyPlan[], attributes: Record<string, unknown>): Generator<[KeyPlan, string]> {
  for (const plan of plans) {
    if (!Object.hasOwn(attributes, plan.attr)) continue;
    const value = attributes[plan.attr];
    if (value === undefined) continue;
    if (plan.exactFor !== undefined && listJoinable(value as string[])) continue;
    yield [plan, formatValue(plan.kind, value)];
  }
}
