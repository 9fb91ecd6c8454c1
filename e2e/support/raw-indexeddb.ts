/** Dumps every record of the extension's IndexedDB as text, read raw (no Dexie, no key). */
import type { Page } from 'playwright-core';

export function dumpIndexedDb(page: Page, name = 'zijlijn'): Promise<string> {
  return page.evaluate(async (dbName) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(dbName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const out: unknown[] = [];
    for (const store of Array.from(db.objectStoreNames)) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
      out.push({ store, rows });
    }
    db.close();
    return JSON.stringify(out, (_key, value: unknown) =>
      value instanceof ArrayBuffer || ArrayBuffer.isView(value)
        ? Array.from(new Uint8Array(value instanceof ArrayBuffer ? value : value.buffer)).join(',')
        : value,
    );
  }, name);
}
