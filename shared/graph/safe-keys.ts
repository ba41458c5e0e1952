/**
 * Keys that come from outside (ids and attribute names read from files, entity ids made from pasted
 * text) as the graph stores them.
 *
 * graphology keeps each node's neighbours in plain objects keyed by the neighbour, and attributes in
 * plain objects too, so a key naming a member of Object.prototype ("__proto__", "constructor",
 * "toString"…) reads or overwrites that member instead of an entry: a node "__proto__" in a multi graph
 * writes to Object.prototype itself (README, "Known issues"). Such a key is stored behind a private-use
 * prefix, and every writer and display takes the prefix off again.
 *
 * The mapping is one to one, so round trips stay exact: a key is prefixed when, after any prefixes it
 * already starts with, it is a hazardous name. "__proto__" → "\uE001__proto__", "\uE001__proto__" →
 * "\uE001\uE001__proto__", while "\uE001x" and every ordinary key stay as they are.
 */

/** The prefix of a stored key whose outside form names a prototype member (or a reserved attribute). */
export const KEY_PREFIX = '\uE001';
const PREFIX_CODE = 0xe001;

/** Names every plain object inherits. */
const PROTOTYPE_MEMBERS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Attribute names Relata's model gives a structure of its own (provenance lists, the graph's
 * tombstones and declared types). In GraphML and GEXF they travel under marked keys, so a plain
 * attribute of that name in a file is someone else's and is kept apart from the model's.
 */
export const RESERVED_ATTRIBUTES: ReadonlySet<string> = new Set(['occurrences', 'support', 'relataDeleted', 'relataTypes']);

const ATTRIBUTE_HAZARDS: ReadonlySet<string> = new Set([...PROTOTYPE_MEMBERS, ...RESERVED_ATTRIBUTES]);

/** `key` without the prefixes it starts with. */
function afterPrefixes(key: string): string {
  let i = 0;
  while (key.charCodeAt(i) === PREFIX_CODE) i++;
  return i === 0 ? key : key.slice(i);
}

function escape(key: string, hazards: ReadonlySet<string>): string {
  return hazards.has(afterPrefixes(key)) ? KEY_PREFIX + key : key;
}

function unescape(key: string, hazards: ReadonlySet<string>): string {
  return key.charCodeAt(0) === PREFIX_CODE && hazards.has(afterPrefixes(key)) ? key.slice(1) : key;
}

/** The graph key for a node or edge id from outside. */
export function safeKey(id: string): string {
  return id.charCodeAt(0) === PREFIX_CODE || PROTOTYPE_MEMBERS.has(id) ? escape(id, PROTOTYPE_MEMBERS) : id;
}

/** The outside id of a graph key (inverse of safeKey): what files are written with and people see. */
export function originalKey(key: string): string {
  return key.charCodeAt(0) === PREFIX_CODE ? unescape(key, PROTOTYPE_MEMBERS) : key;
}

/** The graph's name for an attribute named `name` in a file written by another tool. */
export function safeAttributeName(name: string): string {
  return name.charCodeAt(0) === PREFIX_CODE || ATTRIBUTE_HAZARDS.has(name) ? escape(name, ATTRIBUTE_HAZARDS) : name;
}

/** The name an attribute is written and shown under (inverse of safeAttributeName). */
export function originalAttributeName(name: string): string {
  return name.charCodeAt(0) === PREFIX_CODE ? unescape(name, ATTRIBUTE_HAZARDS) : name;
}

/**
 * A key read from a project file, which stores keys and attribute names as the graph holds them: only a
 * bare prototype member (a file Relata did not write) needs its prefix added.
 */
export function storedKey(key: string): string {
  return PROTOTYPE_MEMBERS.has(key) ? KEY_PREFIX + key : key;
}
