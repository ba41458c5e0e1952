/**
 * Relata's notes to itself in the GraphML and GEXF it writes, so it reads its own files back exactly:
 * processing instructions `<?relata name="value" …?>`, which the schemas allow anywhere and every other
 * reader skips. Inside a <key> (GraphML) or an <attribute> (GEXF) a hint says how to read that key:
 *
 * - `encoding="json"`: values are JSON text;
 * - `name="…"`: the attribute's exact name, where the file's own name had to differ (GraphML names are
 *   XML name tokens);
 * - `internal="occurrences"`: the key holds one of the model's own structures (see INTERNAL in ./keys.ts);
 * - `exact="aliases"`: JSON copies of the list values that `|`-joining cannot carry;
 * - `derived="true"`: written for another tool (Gephi's r/g/b), skipped on reading.
 *
 * Before the root, `<?relata ids="nmtoken"?>` says the file's ids were escaped into XML name tokens
 * (see ./ids.ts). Inside a GEXF <graph>, `<?relata graph-attribute …?>` carries one graph attribute,
 * which GEXF 1.3 has no element for.
 */
import { decodeUnrepresentable, escapeAttribute } from '../xml/escape';

/** The processing-instruction target of Relata's hints. */
export const HINT_TARGET = 'relata';

export type Hint = ReadonlyMap<string, string>;

/** The text of a hint: `<?relata a="1" b="2"?>` for the fields given (undefined ones are left out). */
export function formatHint(fields: Record<string, string | undefined>): string {
  let out = `<?${HINT_TARGET}`;
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) out += ` ${name}="${escapeAttribute(value)}"`;
  return `${out}?>`;
}

const PSEUDO_ATTRIBUTE = /([A-Za-z][\w.-]*)="([^"]*)"/g;
/** The references escapeAttribute writes, "&amp;" last so that "&amp;lt;" becomes "&lt;" and no further. */
const REFERENCES: ReadonlyArray<[string, string]> = [['&lt;', '<'], ['&gt;', '>'], ['&quot;', '"'], ['&#9;', '\t'], ['&#10;', '\n'], ['&#13;', '\r'], ['&amp;', '&']];

/** A pseudo-attribute's value as written by formatHint, decoded (whole-string replacements: a 10 MB value stays fast). */
function decodeValue(raw: string): string {
  let value = raw;
  if (value.includes('&')) for (const [reference, char] of REFERENCES) if (value.includes(reference)) value = value.split(reference).join(char);
  return decodeUnrepresentable(value);
}

/** The fields of a hint's text (what follows the target); a field that is not name="value" is ignored. */
export function parseHint(data: string): Hint {
  const fields = new Map<string, string>();
  for (const [, name, raw] of data.matchAll(PSEUDO_ATTRIBUTE)) fields.set(name!, decodeValue(raw!));
  return fields;
}
