import type { ContentStore } from '../store/contentStore.ts'

/** The store's format: a store of another one is emptied. */
export const STORE_FORMAT = 'jobld-content-store-3'

/**
 * Whether the store can be trusted for this run: written in this format under the same key (code,
 * options, kind and identity of the source), not left half-written by a run that was killed, and
 * describing the output exactly as it is (the SHA-256 of its manifest). Any doubt, and the export
 * is a full one.
 * @param store the store
 * @param key the run's key
 * @param manifestHash the SHA-256 of the output's manifest.json, undefined when it has none
 * @returns true when the store may be used as it is
 */
export function storeTrusted(store: ContentStore, key: string, manifestHash: string | undefined): boolean {
  return (
    store.meta.get('format') === STORE_FORMAT &&
    store.meta.get('key') === key &&
    store.meta.get('state') === 'ready' &&
    typeof store.meta.get('now') === 'string' &&
    store.meta.get('manifestHash') === (manifestHash ?? null)
  )
}
