import { z } from 'zod'
import { maxListLevel, maxSpansPerBlock } from '../constants.ts'
import { table } from './objects/table.ts'
import { textBlock } from './objects/textBlock.ts'

/** The values of a list of the text block's options (its styles, its lists). */
const valuesOf = <const O extends readonly [{ value: string }, ...{ value: string }[]]>(options: O) =>
  // A non-empty list mapped item by item stays non-empty.
  options.map((option) => option.value) as [O[number]['value'], ...O[number]['value'][]]

/** A span of text with its marks (decorators like `strong`, or keys of markDefs). */
export const Span = z.object({
  _type: z.literal('span'),
  _key: z.string().min(1),
  text: z.string(),
  marks: z.array(z.string()).optional(),
})

/** A link annotation; its href is checked for a safe scheme at export. */
export const LinkMark = z.object({
  _type: z.literal('link'),
  _key: z.string().min(1),
  href: textBlock.href.schema,
})

/**
 * A Portable Text text block (https://portabletext.org): paragraph, heading or list item, in the
 * styles and lists of objects/textBlock.ts.
 */
export const Block = z.object({
  _type: z.literal('block'),
  _key: z.string().min(1),
  style: z.enum(valuesOf(textBlock.styles)).optional(),
  listItem: z.enum(valuesOf(textBlock.lists)).optional(),
  level: z.number().int().min(1).max(maxListLevel).optional(),
  children: z.array(Span).max(maxSpansPerBlock),
  markDefs: z.array(LinkMark).optional(),
})
export type Block = z.infer<typeof Block>

/** A table, kept from Markdown articles so that no content is lost (objects/table.ts). */
export const Table = table.schema
export type Table = z.infer<typeof Table>

/** Portable Text as jobld stores it: text blocks and tables. */
export const PortableText = z.array(z.discriminatedUnion('_type', [Block, Table]))
export type PortableText = z.infer<typeof PortableText>

/** Portable Text limited to text blocks (FAQ answers). */
export const BlockText = z.array(Block)
