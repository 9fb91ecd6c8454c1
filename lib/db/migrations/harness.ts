/**
 * Test-only migration harness: writes a schema fixture into a *raw*
 * IndexedDB at the old version (Dexie stores version n as n × 10), so opening
 * the current ZijlijnDB runs the real upgrade path. Production never imports it.
 */
export interface StoreFixture {
  keyPath: string;
  /** Index key paths, exactly as IndexedDB held them at that version. */
  indexes: string[];
}

export interface SchemaFixture {
  /** Dexie version number (not × 10). */
  version: number;
  stores: Record<string, StoreFixture>;
  records: Record<string, unknown[]>;
  /** PIN that unwraps the fixture keyring, to prove the data still opens. */
  pin: string;
}

export function seedRawDb(name: string, fixture: SchemaFixture): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, fixture.version * 10);
    request.onerror = () => reject(request.error);
    request.onupgradeneeded = () => {
      const idb = request.result;
      for (const [storeName, store] of Object.entries(fixture.stores)) {
        const objectStore = idb.createObjectStore(storeName, { keyPath: store.keyPath });
        for (const index of store.indexes) objectStore.createIndex(index, index);
      }
    };
    request.onsuccess = () => {
      const idb = request.result;
      const stores = Object.keys(fixture.records);
      const tx = idb.transaction(stores, 'readwrite');
      for (const store of stores) {
        for (const record of fixture.records[store] ?? []) tx.objectStore(store).put(record);
      }
      tx.oncomplete = () => {
        idb.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
