import type { z } from 'zod'
import type { Words } from './types.ts'

/** One of jobld's Portable Text types: an array type (the value is the list of blocks), with its zod schema. */
export interface PortableTextDeclaration<N extends string = string, S extends z.ZodArray = z.ZodArray> {
  readonly kind: 'portableText'
  readonly name: N
  readonly words: Words
  /** True when it holds tables besides text blocks. */
  readonly tables: boolean
  readonly schema: S
}

/**
 * Declares one of jobld's Portable Text types.
 * @param declaration its name, words, whether it holds tables, and the zod schema of its blocks
 * @returns the declaration
 */
export function definePortableText<const N extends string, S extends z.ZodArray>(declaration: {
  name: N
  words: Words
  tables: boolean
  schema: S
}): PortableTextDeclaration<N, S> {
  return { kind: 'portableText', ...declaration }
}
