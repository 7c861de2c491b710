import type { Position } from '../issue.ts'
import type { ContentDocument, JobProfileDoc, VacancyDoc } from '../model/index.ts'

/** Where a document came from, for messages. */
export interface DocumentOrigin {
  position?: Position
  fieldPositions?: ReadonlyMap<string, Position>
}

/**
 * The valid documents of one export, looked up by `_id` (references resolve through this
 * map, never by scanning), with the pages to build in `_id` order.
 */
export interface ContentIndex {
  byId: ReadonlyMap<string, ContentDocument>
  origins: ReadonlyMap<string, DocumentOrigin>
  profiles: ReadonlyArray<JobProfileDoc>
  vacancies: ReadonlyArray<VacancyDoc>
}
