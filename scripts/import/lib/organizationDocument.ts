import type { Position } from '../../core/issue.ts'
import type { RawDocument } from '../../core/rawDocument.ts'
import { slugify } from '../../core/slugify.ts'

/**
 * The `organization` document for a publisher or employer named in front matter, with the
 * `_id` `organization.<slug of the name>` so every file naming it refers to the same one.
 * @param name the organisation's name
 * @param url its website, if given
 * @param position where the name is in the file
 * @returns the document
 */
export function organizationDocument(name: string, url: string | undefined, position: Position | undefined): RawDocument {
  return {
    value: { _id: `organization.${slugify(name)}`, _type: 'organization', name, ...(url ? { url } : {}) },
    ...(position ? { position } : {}),
  }
}
