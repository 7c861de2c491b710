import type { StudioMessageId } from '../messages/studioMessages.ts'

const by = (title: StudioMessageId, field: string, direction: 'asc' | 'desc') => ({ title, field, direction })

/** The orderings of jobld's document lists: the message id of each title, the field and direction. */
export const orderings = {
  titleAsc: by('ordering.titleAsc', 'title', 'asc'),
  updatedDesc: by('ordering.updatedDesc', '_updatedAt', 'desc'),
  datePostedDesc: by('ordering.datePostedDesc', 'datePosted', 'desc'),
  validThroughAsc: by('ordering.validThroughAsc', 'validThrough', 'asc'),
  rankAsc: by('ordering.rankAsc', 'rank', 'asc'),
  levelAsc: by('ordering.levelAsc', 'level', 'asc'),
  questionAsc: by('ordering.questionAsc', 'question', 'asc'),
  nameAsc: by('ordering.nameAsc', 'name', 'asc'),
}

/** The name of an ordering. */
export type OrderingId = keyof typeof orderings
