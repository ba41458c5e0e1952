/**
 * XML text escaping that round-trips every JavaScript string.
 *
 * XML 1.0 cannot carry most C0 control characters, U+FFFE/U+FFFF or unpaired surrogates, so they are
 * written as U+E000 (a private-use character) followed by four hex digits, e.g. "\u0007" → "\uE0000007".
 * U+E000 itself is escaped the same way, which keeps the scheme unambiguous. Files stay valid XML, so
 * networkx and other tools load them (they see the escape sequence as ordinary text).
 */

const ESCAPE = '\uE000';
const UNREPRESENTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\uE000\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Every character UNREPRESENTABLE may match, surrogates paired or not: a plain class scans a string far faster than its look-arounds. */
const MAYBE_UNREPRESENTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\uE000\uFFFE\uFFFF\uD800-\uDFFF]/;
const ENCODED = /\uE000([0-9A-F]{4})/g;
const TEXT_SPECIAL = /[&<>\r]/;
const ATTR_SPECIAL = /[&<>"\t\n\r]/;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

function encodeUnrepresentable(value: string): string {
  if (!MAYBE_UNREPRESENTABLE.test(value)) return value;
  UNREPRESENTABLE.lastIndex = 0;
  if (!UNREPRESENTABLE.test(value)) return value;
  return value.replace(UNREPRESENTABLE, (c) => ESCAPE + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'));
}

/** Reverses the private-use escape of characters XML 1.0 cannot hold. */
export function decodeUnrepresentable(value: string): string {
  return value.indexOf(ESCAPE) === -1 ? value : value.replace(ENCODED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** `text` with each of `chars` replaced by its entity, "&" first; whole-string replacements are the engine's fastest. */
function replaceAll(text: string, chars: string): string {
  let out = text;
  for (const c of chars) if (out.includes(c)) out = out.replaceAll(c, ENTITIES[c]!);
  return out;
}

/** Escapes a string for element content; `\r` becomes `&#13;` so parsers do not normalise it away. */
export function escapeText(value: string): string {
  const safe = encodeUnrepresentable(value);
  return TEXT_SPECIAL.test(safe) ? replaceAll(safe, '&<>\r') : safe;
}

/** Escapes a string for a double-quoted attribute value (tabs and newlines survive attribute normalisation). */
export function escapeAttribute(value: string): string {
  const safe = encodeUnrepresentable(value);
  return ATTR_SPECIAL.test(safe) ? replaceAll(safe, '&<>"\t\n\r') : safe;
}
