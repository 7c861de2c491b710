import { studioMessages, type StudioMessageId } from '../../scripts/core/messages/studioMessages.ts'
import { i18nNamespace } from './i18nNamespace.ts'

/** A field group whose title Sanity takes from jobld's locale bundles (studio/plugin/i18n). */
const group = (name: string, id: StudioMessageId) => (isDefault = false) => ({
  name,
  title: studioMessages[id].nl({}),
  i18n: { title: { key: id, ns: i18nNamespace } },
  ...(isDefault ? { default: true } : {}),
})

/** The field groups of jobld's documents. */
export const groups = {
  content: group('content', 'group.content'),
  salary: group('salary', 'group.salary'),
  education: group('education', 'group.education'),
  conditions: group('conditions', 'group.conditions'),
  seo: group('seo', 'group.seo'),
  location: group('location', 'group.location'),
  publication: group('publication', 'group.publication'),
}
