import type { Loader } from './types.ts'

/**
 * The key a store is written under: the driver's (the code, the base URL, the type names) with
 * the kind and identity of the source.
 * @param key the driver's key
 * @param loader the source
 * @returns the key
 */
export function storeKey(key: string, loader: Pick<Loader, 'kind' | 'identity'>): string {
  return `${key}\u0000${loader.kind}\u0000${loader.identity}`
}
