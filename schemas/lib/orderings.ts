import type { SortOrdering } from 'sanity'
import { orderings as modelOrderings, type OrderingId } from '../../scripts/core/model/orderings.ts'
import { studioMessages } from '../../scripts/core/messages/studioMessages.ts'
import { i18nNamespace } from './i18nNamespace.ts'

/**
 * An ordering of a document list as Sanity takes it, titled from jobld's locale bundles.
 * @param name the ordering
 * @returns its definition
 */
export function toSanityOrdering(name: OrderingId): SortOrdering {
  const { title, field, direction } = modelOrderings[name]
  return { name, title: studioMessages[title].nl({}), i18n: { title: { key: title, ns: i18nNamespace } }, by: [{ field, direction }] }
}

