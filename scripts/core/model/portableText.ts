import { z } from 'zod'
import { objectTypes } from './objectTypes.ts'

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
  href: z.string(),
})

/**
 * A Portable Text text block (https://portabletext.org): paragraph, heading or list item.
 */
export const Block = z.object({
  _type: z.literal('block'),
  _key: z.string().min(1),
  style: z.enum(['normal', 'h2', 'h3', 'h4', 'blockquote']).optional(),
  listItem: z.enum(['bullet', 'number']).optional(),
  level: z.number().int().min(1).optional(),
  children: z.array(Span),
  markDefs: z.array(LinkMark).optional(),
})
export type Block = z.infer<typeof Block>

/**
 * A table, kept from Markdown articles so that no content is lost; rows of cells of plain text.
 */
export const Table = z.object({
  _type: z.literal(objectTypes.table),
  _key: z.string().min(1),
  rows: z.array(
    z.object({
      _type: z.literal(objectTypes.tableRow),
      _key: z.string().min(1),
      cells: z.array(z.string()),
    }),
  ),
})

/** Portable Text as jobld stores it: text blocks and tables. */
export const PortableText = z.array(z.discriminatedUnion('_type', [Block, Table]))
export type PortableText = z.infer<typeof PortableText>

/** Portable Text limited to text blocks (FAQ answers). */
export const BlockText = z.array(Block)
