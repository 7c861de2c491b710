import type { Nodes } from 'mdast'
import { toString } from 'mdast-util-to-string'

// Containers of blocks: their children are separate blocks and get a space between them.
const blockContainers = new Set(['root', 'list', 'listItem', 'blockquote', 'table', 'tableRow', 'footnoteDefinition'])

/**
 * The text of a node (or nodes) with block children separated by a space and every run
 * of white space, no-break spaces included, made one space.
 * @param node a node or a list of nodes
 * @returns the trimmed text
 */
export function plainText(node: Nodes | ReadonlyArray<Nodes>): string {
  const parts: ReadonlyArray<Nodes> = Array.isArray(node) ? node : [node as Nodes]
  return parts
    .map((part) => ('children' in part && blockContainers.has(part.type) ? plainText(part.children) : toString(part)))
    .join(' ')
    .replace(/[\s\u00a0\u202f]+/gu, ' ')
    .trim()
}
