import type { Issue } from '../../../core/issue.ts'
import { normaliseTypes, type DocumentTypeNames } from '../../../core/model/documentTypes.ts'
import { secretVerdict } from '../../../core/secrets/findSecret.ts'
import { parseNdjsonLine, type NdjsonRawLine } from '../../../sources/readNdjson.ts'
import type { LoadContext } from '../../lib/engine/types.ts'
import type { StoredEntry } from '../../lib/store/contentStore.ts'

/**
 * A line of an NDJSON file or archive that holds the API token: its verdict (never checked
 * further) or, for what is no document of jobld's, its issues (pushed onto `issues`).
 * @param raw the line's bytes and place
 * @param at the name of the file (or archive entry) the line is in
 * @param options the token and the Studio's type names
 * @param context the load, for the entry's number
 * @param issues where a line's issues go
 * @returns the stored entry, or undefined when the line gave issues instead
 */
export function refuseSecretLine(raw: NdjsonRawLine, at: string, options: { secret?: string | undefined; types?: DocumentTypeNames | undefined }, context: Pick<LoadContext, 'nextEntry'>, issues: Issue[]): StoredEntry | undefined {
  const parsed = parseNdjsonLine(raw, at)
  if (parsed.kind === 'issue') {
    issues.push(parsed.issue)
    return undefined
  }
  const value = options.types ? normaliseTypes(parsed.document.value, options.types) : parsed.document.value
  const refused = secretVerdict(value, options.secret ?? '')
  if ('issues' in refused) {
    issues.push(...refused.issues)
    return undefined
  }
  return { n: context.nextEntry(), hash: '', check: refused.check }
}
