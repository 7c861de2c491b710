import { groups as modelGroups, type GroupId } from '../../scripts/core/model/groups.ts'
import { studioMessages } from '../../scripts/core/messages/studioMessages.ts'
import { i18nNamespace } from './i18nNamespace.ts'

/**
 * A field group as Sanity takes it: its Dutch title, and the key Sanity looks its title up by
 * in jobld's locale bundles (studio/plugin/i18n.ts).
 * @param name the group
 * @param isDefault whether the form opens on it
 * @returns the group's definition
 */
export function toSanityGroup(name: GroupId, isDefault: boolean) {
  const id = modelGroups[name]
  return {
    name,
    title: studioMessages[id].nl({}),
    i18n: { title: { key: id, ns: i18nNamespace } },
    ...(isDefault ? { default: true } : {}),
  }
}

