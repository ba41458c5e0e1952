/** Which typed key each attribute gets when a graph is written (shared by the GraphML and GEXF writers). */
import { PROVENANCE, formatValue, listJoinable, observeKind, type Domain, type KeyKind } from './keys';

export interface KeyPlan {
  id: string;
  domain: Domain;
  /** Attribute name in the graph. */
  attr: string;
  /** attr.name in the file. */
  name: string;
  kind: KeyKind;
  /** For EXACT keys: the list attribute they back up. */
  exactFor?: string;
}

/** Decides the keys of one domain from the attributes actually present: contract keys first, then extras. */
export function planKeys(
  domain: Domain,
  contract: ReadonlyArray<[string, KeyKind]>,
  each: (visit: (attributes: Record<string, unknown>) => void) => void,
  provenance: boolean,
  nextId: () => string,
): KeyPlan[] {
  const preferred = new Map(contract);
  const kinds = new Map<string, KeyKind>();
  const needsExact = new Set<string>();
  each((attributes) => {
    for (const name in attributes) {
      const value = attributes[name];
      if (value === undefined) continue;
      if (!provenance && PROVENANCE.has(name)) continue;
      const pref = PROVENANCE.has(name) ? 'json' : preferred.get(name);
      const kind = pref === 'json' ? 'json' : observeKind(kinds.get(name), value, pref);
      kinds.set(name, kind);
      if (kind === 'list' && !listJoinable(value as string[])) needsExact.add(name);
    }
  });
  const plans: KeyPlan[] = [];
  for (const [name, pref] of contract) {
    plans.push({ id: nextId(), domain, attr: name, name, kind: kinds.get(name) ?? pref });
    kinds.delete(name);
  }
  for (const [name, kind] of kinds) plans.push({ id: nextId(), domain, attr: name, name: PROVENANCE.get(name) ?? name, kind });
  for (const name of needsExact) plans.push({ id: nextId(), domain, attr: name, name: `relata:${name}`, kind: 'json', exactFor: name });
  return plans;
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
