import type { SortOrdering } from 'sanity'
import { studioMessages, type StudioMessageId } from '../../scripts/core/messages/studioMessages.ts'
import { i18nNamespace } from './i18nNamespace.ts'

/** An ordering whose title Sanity takes from jobld's locale bundles. */
const ordering = (name: string, id: StudioMessageId, field: string, direction: 'asc' | 'desc') => (): SortOrdering => ({
  name,
  title: studioMessages[id].nl({}),
  i18n: { title: { key: id, ns: i18nNamespace } },
  by: [{ field, direction }],
})

/** The orderings of jobld's document lists. */
export const orderings = {
  titleAsc: ordering('titleAsc', 'ordering.titleAsc', 'title', 'asc'),
  updatedDesc: ordering('updatedDesc', 'ordering.updatedDesc', '_updatedAt', 'desc'),
  datePostedDesc: ordering('datePostedDesc', 'ordering.datePostedDesc', 'datePosted', 'desc'),
  validThroughAsc: ordering('validThroughAsc', 'ordering.validThroughAsc', 'validThrough', 'asc'),
  rankAsc: ordering('rankAsc', 'ordering.rankAsc', 'rank', 'asc'),
  levelAsc: ordering('levelAsc', 'ordering.levelAsc', 'level', 'asc'),
  questionAsc: ordering('questionAsc', 'ordering.questionAsc', 'question', 'asc'),
  nameAsc: ordering('nameAsc', 'ordering.nameAsc', 'name', 'asc'),
}
