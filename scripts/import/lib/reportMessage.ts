import type { Node, Point, Position as UnistPosition } from 'unist'
import type { VFile } from 'vfile'
import type { Path } from '../../core/issue.ts'

declare module 'vfile-message' {
  interface VFileMessage {
    /** `_id` of the document the message belongs to, when the importer knows it. */
    docId?: string
    /** Field path inside that document, when known. */
    fieldPath?: Path
  }
}

/** How bad a message is, in vfile terms: errors are fatal, warnings not, info is a notice. */
export type MessageLevel = 'error' | 'warning' | 'info'

/** Where a message points and what it belongs to. */
export interface MessageTarget {
  /** The node or position the message is about. */
  place?: Node | UnistPosition | Point | undefined
  /** Stable rule id, kebab-case (`salary-table-columns`). */
  ruleId: string
  level: MessageLevel
  docId?: string | undefined
  fieldPath?: Path | undefined
}

const isNode = (place: Node | UnistPosition | Point): place is Node => 'type' in place

/**
 * Adds one importer message to a file, with `source: 'jobld'`, the rule id and, when known,
 * the document and field it belongs to.
 * @param file the file being imported
 * @param reason English sentence, "Unexpected X, expected Y"
 * @param target place, rule id, level and owner of the message
 */
export function reportMessage(file: VFile, reason: string, target: MessageTarget): void {
  const place = target.place ? (isNode(target.place) ? target.place.position : target.place) : undefined
  const message = file.message(reason, { place, ruleId: target.ruleId, source: 'jobld' })
  message.fatal = target.level === 'error' ? true : target.level === 'warning' ? false : undefined
  if (target.docId !== undefined) message.docId = target.docId
  if (target.fieldPath !== undefined) message.fieldPath = target.fieldPath
}
