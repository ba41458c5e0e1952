/**
 * Web mode's storage: one IndexedDB database holding saved projects, the recent list, file handles
 * (File System Access API) and the recovery copy.
 */
const DB_NAME = 'relata';
const DB_VERSION = 1;
const STORES = ['projects', 'recent', 'handles', 'recovery'] as const;
export type StoreName = (typeof STORES)[number];

let opening: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opening ??= new Promise((done, fail) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      for (const name of STORES) if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name);
    };
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(new Error(`The browser's storage could not be opened (${request.error?.message ?? 'unknown error'}).`));
  });
  return opening;
}

function run<T>(store: StoreName, mode: IDBTransactionMode, action: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return database().then(
    (db) =>
      new Promise<T>((done, fail) => {
        const transaction = db.transaction(store, mode);
        const request = action(transaction.objectStore(store));
        // Resolve on commit, not on request success: only then is the write durable.
        transaction.oncomplete = () => done(request.result);
        transaction.onerror = () => fail(new Error(`The browser's storage refused the change (${transaction.error?.message ?? 'unknown error'}).`));
        transaction.onabort = transaction.onerror;
      }),
  );
}

export const browserStore = {
  get: <T>(store: StoreName, key: string) => run<T | undefined>(store, 'readonly', (s) => s.get(key) as IDBRequest<T | undefined>),
  put: (store: StoreName, key: string, value: unknown) => run(store, 'readwrite', (s) => s.put(value, key)).then(() => undefined),
  delete: (store: StoreName, key: string) => run(store, 'readwrite', (s) => s.delete(key)).then(() => undefined),
  all: <T>(store: StoreName) => run<T[]>(store, 'readonly', (s) => s.getAll() as IDBRequest<T[]>),
  keys: (store: StoreName) => run(store, 'readonly', (s) => s.getAllKeys()),
};
