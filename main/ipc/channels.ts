/**
 * Every message between renderer and main, with the schema main checks its arguments against.
 * The preload only forwards these channels; main rejects anything that does not parse.
 */
import { z } from 'zod';

/** Upper bound on one IPC payload: a project or export far beyond this is a bug, not a document. */
export const MAX_PAYLOAD_CHARS = 200 * 1024 * 1024;

const projectRef = z.strictObject({
  id: z.string().regex(/^[0-9a-f-]{36}$/, 'a project id handed out by main'),
  name: z.string().max(1024),
});

const content = z.string().max(MAX_PAYLOAD_CHARS);

/** A file name to suggest in the save dialog: a base name only, so the renderer cannot steer the directory. */
const suggestedName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', 'a plain file name without folders');

const exportData = z.union([content, z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_PAYLOAD_CHARS, 'at most 200 MB')]);

const mimeType = z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/i, 'a MIME type like image/png');

/** Request/response channels (ipcRenderer.invoke → ipcMain.handle), keyed by name, with their argument tuples. */
export const invokeSchemas = {
  'project:open': z.tuple([]),
  'project:openRecent': z.tuple([projectRef]),
  'project:save': z.tuple([content, projectRef.nullable()]),
  'project:confirmDiscard': z.tuple([]),
  'project:confirmRestore': z.tuple([]),
  'documents:import': z.tuple([]),
  'file:export': z.tuple([suggestedName, exportData, mimeType]),
  'recent:list': z.tuple([]),
  'recovery:write': z.tuple([content]),
  'recovery:read': z.tuple([]),
  'recovery:clear': z.tuple([]),
} as const;

/** Fire-and-forget channels (ipcRenderer.send → ipcMain.on). */
export const sendSchemas = {
  'app:setDirty': z.tuple([z.boolean()]),
} as const;

export type InvokeChannel = keyof typeof invokeSchemas;
export type SendChannel = keyof typeof sendSchemas;
export type InvokeArgs<C extends InvokeChannel> = z.infer<(typeof invokeSchemas)[C]>;
export type SendArgs<C extends SendChannel> = z.infer<(typeof sendSchemas)[C]>;

/** Main → renderer events. */
export const MENU_COMMAND_CHANNEL = 'menu:command';
export const OPEN_RECENT_CHANNEL = 'menu:openRecent';

export class IpcValidationError extends Error {
  constructor(channel: string, detail: string) {
    super(`Refused IPC message on "${channel}": ${detail}`);
    this.name = 'IpcValidationError';
  }
}

function check<S extends z.ZodType>(schemas: Record<string, S>, channel: string, args: unknown[]): z.infer<S> {
  if (!Object.hasOwn(schemas, channel)) throw new IpcValidationError(channel, 'unknown channel');
  const result = schemas[channel]!.safeParse(args);
  if (!result.success) {
    throw new IpcValidationError(channel, result.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; '));
  }
  return result.data;
}

/** Parses the arguments of an invoke channel, or throws IpcValidationError saying what is wrong. */
export function parseInvokeArgs<C extends InvokeChannel>(channel: C, args: unknown[]): InvokeArgs<C> {
  return check(invokeSchemas as Record<string, z.ZodType>, channel, args) as InvokeArgs<C>;
}

/** Parses the arguments of a send channel, or throws IpcValidationError. */
export function parseSendArgs<C extends SendChannel>(channel: C, args: unknown[]): SendArgs<C> {
  return check(sendSchemas as Record<string, z.ZodType>, channel, args) as SendArgs<C>;
}
