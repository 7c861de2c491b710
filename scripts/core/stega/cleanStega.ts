import { VERCEL_STEGA_REGEX } from '@vercel/stega'
import { isRecord } from '../isRecord.ts'

/** One run of stega characters, found without the global flag's `lastIndex` state. */
const STEGA_RUN = new RegExp(VERCEL_STEGA_REGEX.source, 'u')

/** A document with its stega encoding removed, and how many strings carried some. */
export interface StegaCleaned {
  value: Record<string, unknown>
  /** Strings that carried stega encoding (0: the value is the one given). */
  strings: number
}

/**
 * Removes Visual Editing's stega encoding (runs of invisible characters that @sanity/client adds
 * to strings when a site fetches with `stega` on) from every string of a document, as
 * `stegaClean` from `@sanity/client/stega` does, with the same pattern (`@vercel/stega`'s, which
 * the client bundles). Only the branches that change are copied.
 * @param value a document as a client fetched it
 * @returns the clean document (the same object when nothing was encoded) and the number of strings cleaned
 */
export function cleanStega(value: Record<string, unknown>): StegaCleaned {
  const counter = { strings: 0 }
  return { value: cleanRecord(value, counter), strings: counter.strings }
}

/**
 * One string without its stega encoding (cleanStega, for a single value).
 * @param text a string as a client fetched it
 * @returns the string without stega characters
 */
export function cleanStegaText(text: string): string {
  return STEGA_RUN.test(text) ? text.replace(VERCEL_STEGA_REGEX, '') : text
}

function cleanRecord(node: Record<string, unknown>, counter: { strings: number }): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined
  for (const [key, item] of Object.entries(node)) {
    const clean = cleanValue(item, counter)
    if (clean !== item) (copy ??= { ...node })[key] = clean
  }
  return copy ?? node
}

function cleanValue(node: unknown, counter: { strings: number }): unknown {
  if (typeof node === 'string') {
    if (!STEGA_RUN.test(node)) return node
    counter.strings += 1
    return node.replace(VERCEL_STEGA_REGEX, '')
  }
  if (Array.isArray(node)) {
    let copy: unknown[] | undefined
    node.forEach((item: unknown, i) => {
      const clean = cleanValue(item, counter)
      if (clean !== item) (copy ??= [...node])[i] = clean
    })
    return copy ?? node
  }
  if (isRecord(node)) return cleanRecord(node, counter)
  return node
}
