/**
 * The project model as one zod schema: what a `.relata` file, an IPC save, the web save and the graph
 * readers may hold. Numbers are finite, colours follow a closed grammar, occurrences and supporting
 * sentences are well formed and point inside their documents, and free-form values are JSON of bounded
 * depth. The readers take their rules for colours, provenance and JSON values from here too.
 */
import { z } from 'zod';
import { ENTITY_TYPES } from '../graph/schema';

/** Deepest nesting of a JSON value in an attribute (exporting deeper ones would overflow the stack). */
export const MAX_JSON_DEPTH = 64;

const NAMED_COLORS = new Set(
  ('aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse ' +
    'chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta ' +
    'darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet ' +
    'deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green ' +
    'greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan ' +
    'lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey ' +
    'lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen ' +
    'mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive ' +
    'olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple ' +
    'rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey ' +
    'snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen').split(' '),
);
const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const CHANNEL = '\\s*(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\s*';
const RGB_COLOR = new RegExp(`^rgb\\(${CHANNEL},${CHANNEL},${CHANNEL}\\)$`);

/** Whether `value` is a colour Relata accepts: `#rgb`, `#rrggbb`, `rgb(r, g, b)` or a CSS colour name. */
export function isColor(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 24 && (HEX_COLOR.test(value) || RGB_COLOR.test(value) || NAMED_COLORS.has(value.toLowerCase()));
}

/** Why a value cannot be kept as JSON in a project: too deeply nested, or holding a number JSON cannot write. */
export type JsonProblem = 'too-deep' | 'not-finite' | 'not-json';

/**
 * What stops `value` from being a project's JSON, found without recursion (a 100,000-deep value must
 * not overflow the stack while it is being checked).
 */
export function jsonProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): JsonProblem | undefined {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item === 'string' || typeof item === 'boolean') continue;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return 'not-finite';
      continue;
    }
    if (typeof item !== 'object') return 'not-json';
    if (depth >= maxDepth) return 'too-deep';
    const children = Array.isArray(item) ? item : Object.values(item as object);
    for (const child of children) stack.push([child, depth + 1]);
  }
  return undefined;
}

/** A JSON value of bounded depth holding finite numbers only. */
export const jsonValue = z.unknown().superRefine((value, context) => {
  const problem = jsonProblem(value);
  if (problem !== undefined) {
    context.addIssue({ code: 'custom', message: problem === 'too-deep' ? `nested deeper than ${MAX_JSON_DEPTH} levels` : problem === 'not-finite' ? 'a number JSON cannot hold (NaN or infinite)' : 'not a JSON value' });
  }
});

const finite = z.number();
const offset = z.int().nonnegative();
const name = z.string();

/** One occurrence of an entity: character offsets into its document, start ≤ end. */
export const mentionSchema = z
  .strictObject({ doc: name, sentence: offset, start: offset, end: offset, text: z.string() })
  .refine((m) => m.start <= m.end, 'start after end');

/** One sentence supporting a relation, starting at `start` in its document. */
export const evidenceSchema = z.strictObject({ doc: name, sentence: offset, text: z.string(), start: offset });

export const colorSchema = z.string().refine(isColor, 'a colour (#rrggbb, #rgb, rgb(r, g, b) or a colour name)');

const list = z.array(z.string());

export const nodeAttributesSchema = z
  .looseObject({
    label: z.string(),
    type: z.enum(ENTITY_TYPES),
    aliases: list,
    mentions: finite,
    docs: list,
    x: finite,
    y: finite,
    size: finite,
    color: colorSchema,
    note: z.string(),
    tags: list,
    pinned: z.boolean(),
    occurrences: z.array(mentionSchema),
  })
  .catchall(jsonValue);

export const edgeAttributesSchema = z
  .looseObject({
    label: z.string(),
    predicate: z.string(),
    evidence: z.string(),
    doc: z.string(),
    confidence: finite,
    weight: finite,
    note: z.string(),
    tags: list,
    support: z.array(evidenceSchema),
  })
  .catchall(jsonValue);

/** Declared types of attributes that the values alone do not tell (a whole `double`, a `long` beyond 2^53). */
export const declaredTypesSchema = z.array(z.tuple([z.enum(['node', 'edge', 'graph']), z.string(), z.string()]));

export const graphAttributesSchema = z.record(z.string(), jsonValue);

export const serializedGraphSchema = z.strictObject({
  options: z.looseObject({}).optional(),
  attributes: graphAttributesSchema.optional(),
  nodes: z.array(z.strictObject({ key: z.string(), attributes: nodeAttributesSchema })),
  edges: z.array(
    z.strictObject({
      key: z.string().optional(),
      source: z.string(),
      target: z.string(),
      undirected: z.boolean().optional(),
      attributes: edgeAttributesSchema,
    }),
  ),
});

export const documentSchema = z.strictObject({ name: z.string().min(1), text: z.string() });

export const viewSchema = z
  .looseObject({
    camera: z.strictObject({ x: finite, y: finite, ratio: finite.positive(), angle: finite }).optional(),
    colorBy: z.enum(['type', 'community', 'document']).optional(),
    sizeBy: z.enum(['degree', 'pagerank', 'mentions']).optional(),
    theme: z.enum(['light', 'dark']).optional(),
  })
  .catchall(jsonValue);

/** A whole project file (see ./types.ts), checked field by field. */
export const projectSchema = z.strictObject({
  format: z.literal('relata-project'),
  version: z.int().positive(),
  documents: z.array(documentSchema),
  graph: serializedGraphSchema,
  view: viewSchema,
});

/** Whether `value` is a well-formed supporting sentence (the inspector shows nothing else). */
export function isEvidence(value: unknown): value is z.infer<typeof evidenceSchema> {
  return evidenceSchema.safeParse(value).success;
}

/** Whether `value` is a well-formed occurrence. */
export function isMention(value: unknown): value is z.infer<typeof mentionSchema> {
  return mentionSchema.safeParse(value).success;
}
