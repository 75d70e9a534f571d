/** Gives Dexie a real IndexedDB implementation under happy-dom. */
import 'fake-indexeddb/auto';
