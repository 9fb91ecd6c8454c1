/**
 * The database singleton for extension pages and the background (Dexie docs).
 * Content scripts never import this: their IndexedDB belongs to the host page.
 */
import { ZijlijnDB } from './zijlijn-db';

let instance: ZijlijnDB | undefined;

export function getDb(): ZijlijnDB {
  instance ??= new ZijlijnDB();
  return instance;
}
