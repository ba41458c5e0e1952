/**
 * Every message between renderer and main, with the schema main checks its arguments against.
 * The preload only forwards these channels; main rejects anything that does not parse.
 */
import { isAbsolute } from 'node:path';
import { z } from 'zod';

/** Upper bound on one IPC payload: a project or export far beyond this is a bug, not a document. */
export const MAX_PAYLOAD_CHARS = 200 * 1024 * 1024;

const projectRef = z.strictObject({
  id: z.string().regex(/^[0-9a-f-]{36}$/, 'a project id handed out by main'),
  name: z.string().max(1024),
});

const content = z.string().max(MAX_PAYLOAD_CHARS);

const recoveryId = z.string().regex(/^[0-9a-f-]{36}$/, 'a recovery entry id handed out by main');

const recoveryEntry = z.strictObject({ id: recoveryId, name: z.string().max(1024), savedAt: z.number().finite() });

/** A dropped file's path, as the preload read it from the File (never typed by the page). */
const droppedPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => isAbsolute(path) && !path.includes('\0'), 'an absolute path');

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
  'project:openRef': z.tuple([projectRef]),
  'project:openDropped': z.tuple([droppedPath]),
  'project:save': z.tuple([content, projectRef.nullable(), z.enum(['save', 'saveAs'])]),
  'project:confirmDiscard': z.tuple([]),
  'project:confirmRestore': z.tuple([recoveryEntry]),
  'documents:import': z.tuple([]),
  'file:export': z.tuple([suggestedName, exportData, mimeType]),
  'recent:list': z.tuple([]),
  'recovery:write': z.tuple([content, projectRef.nullable()]),
  'recovery:clear': z.tuple([]),
  'recovery:list': z.tuple([]),
  'recovery:read': z.tuple([recoveryId]),
  'recovery:claim': z.tuple([recoveryId]),
  'recovery:discard': z.tuple([recoveryId]),
  'shell:takeOpenRequests': z.tuple([]),
} as const;

/** Fire-and-forget channels (ipcRenderer.send → ipcMain.on). */
export const sendSchemas = {
  'app:setDirty': z.tuple([z.boolean()]),
} as const;

export type InvokeChannel = keyof typeof invokeSchemas;
export type SendChannel = keyof typeof sendSchemas;
export type InvokeArgs<C extends InvokeChannel> = z.infer<(typeof invokeSchemas)[C]>;
export type SendArgs<C extends SendChannel> = z.infer<(typeof sendSchemas)[C]>;

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
