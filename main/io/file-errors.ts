/**
 * What a failed file operation means to a person: the operating system's real cause, named in words,
 * without the paths (temporary files included) that Node puts in its messages.
 */

const CAUSES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EROFS: 'the disk or folder is read-only',
  EACCES: 'permission was denied',
  EPERM: 'the system did not allow it (the file may be locked, read-only or in use)',
  EBUSY: 'the file is in use by another program',
  EISDIR: 'a folder has that name',
  ENOTDIR: 'part of the path is a file, not a folder',
  ENOENT: 'the folder does not exist (any more)',
  ELOOP: 'a symbolic link on the way points back to itself',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
  ETIMEDOUT: 'the disk or network share did not answer',
  EFBIG: 'the file is too large for this disk',
};

/** What to do next, by cause, when a save failed. */
const SAVE_ADVICE: Record<string, string> = {
  ENOSPC: 'free some space, or use Save As to choose another disk',
  EDQUOT: 'free some space, or use Save As to choose another disk',
  EISDIR: 'use Save As to choose another name',
  ENAMETOOLONG: 'use Save As to choose a shorter name',
  EBUSY: 'close the other program, then save again',
};

export function errorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The cause of a file-system error in words ("the disk is full"), never with a path in it. */
export function fileErrorCause(error: unknown): string {
  const code = errorCode(error);
  if (code) return CAUSES[code] ?? `the system reported ${code}`;
  return 'an unexpected error occurred';
}

/**
 * The message for a save or export that failed: which file, why, that the previous version is intact
 * (atomic writes never touch it), and what to do.
 */
export function saveFailureMessage(name: string, error: unknown, verb = 'saved'): string {
  const code = errorCode(error);
  const advice = (code && SAVE_ADVICE[code]) ?? 'use Save As to choose another folder';
  return `“${name}” could not be ${verb}: ${fileErrorCause(error)}. Any previous version of the file is unchanged — ${advice}.`;
}

/** The message for a file that could not be read. */
export function readFailureMessage(name: string, error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return `“${name}” no longer exists. It may have been moved or deleted.`;
    case 'EISDIR':
      return `“${name}” is a folder, not a file.`;
    default:
      return `“${name}” cannot be read: ${fileErrorCause(error)}.`;
  }
}
