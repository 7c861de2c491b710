import type { Node, Point } from 'unist'
import type { VFile } from 'vfile'
import type { Position } from '../../core/issue.ts'

/**
 * Where a node (or point) starts, as jobld positions: the file's path, line and column.
 * @param file the file the node is in
 * @param at a node with a position, or a point
 * @returns the position, or undefined when the node has none
 */
export function toPosition(file: VFile, at: Node | Point | undefined): Position | undefined {
  const point = at === undefined ? undefined : 'type' in at ? at.position?.start : at
  if (!point) return undefined
  return { file: file.path || '<input>', line: point.line, column: point.column }
}
