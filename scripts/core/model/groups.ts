import type { StudioMessageId } from '../messages/studioMessages.ts'

/** The field groups of jobld's document forms, each with the message id of its title. */
export const groups = {
  content: 'group.content',
  salary: 'group.salary',
  education: 'group.education',
  conditions: 'group.conditions',
  seo: 'group.seo',
  location: 'group.location',
  publication: 'group.publication',
} as const satisfies Record<string, StudioMessageId>

/** The name of a field group. */
export type GroupId = keyof typeof groups
