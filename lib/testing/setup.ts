/**
 * Unit-test setup: a real (in-memory) IndexedDB and a fresh fake browser per
 * test. Production code never imports lib/testing.
 */
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

beforeEach(() => {
  fakeBrowser.reset();
});
