import type { Issue } from '../../../core/issue.ts'
import { checkTranslations } from '../../../core/translations/checkTranslations.ts'
import { TRANSLATION_METADATA, translationGroups } from '../../../core/translations/translationGroups.ts'
import type { DocumentSource, SourceEntry } from './types.ts'

/**
 * Whether a checked entry is a translation metadata document: it links documents and makes no
 * page, so the checks across documents leave it out (it is no unknown type).
 * @param entry a source entry with its verdict
 * @returns true for `translation.metadata`
 */
export function isTranslationMetadata(entry: SourceEntry): boolean {
  return entry.check?.kind === 'unknownType' && entry.check.type === TRANSLATION_METADATA
}

/**
 * The translation check of an export: reads the translation metadata documents and the valid
 * documents they link, again from the source (only those), and reports facts the translations
 * disagree on (checkTranslations).
 * @param entries the source's entries with their verdicts
 * @param source the source, to read those documents again
 * @param valid `_id`s of the documents that passed the checks across documents
 * @returns the issues, at the translation's position in the source
 */
export function translationIssues(entries: ReadonlyArray<SourceEntry>, source: DocumentSource, valid: ReadonlySet<string>): Issue[] {
  const metadata = entries.filter(isTranslationMetadata)
  if (metadata.length === 0) return []
  const groups = translationGroups(metadata.map((entry) => source.read(entry)))
  const linked = new Set(groups.flatMap((group) => group.members.map((member) => member.id)))
  const byId = new Map<string, SourceEntry>()
  for (const entry of entries) if (entry.check?.kind === 'valid' && linked.has(entry.check.id) && valid.has(entry.check.id)) byId.set(entry.check.id, entry)
  const issues = checkTranslations(groups, (id) => {
    const entry = byId.get(id)
    return entry ? source.read(entry) : undefined
  })
  // Placed where the translation is, as the other checks place theirs.
  return issues.map((issue) => {
    const position = byId.get(issue.docId)?.position
    return position ? { ...issue, position } : issue
  })
}
