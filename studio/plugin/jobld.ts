import { definePlugin, type SchemaTypeDefinition, type Template } from 'sanity'
import { jobldSchemaTypes } from '../../schemas/index.ts'
import { i18nNamespace } from '../../schemas/lib/i18nNamespace.ts'
import { documentTypes } from '../../scripts/core/model/documentTypes.ts'
import { ExpiredBadge } from './components/ExpiredBadge.ts'
import { LanguageSync } from './components/LanguageSync.tsx'
import { ownOrganizationCheck } from './components/OwnOrganizationCheck.tsx'
import { jobldLocaleBundles } from './i18n.ts'
import { resolveJobldOptions, type JobldOptions } from './options.ts'
import { typeNameClashes } from './typeNameClashes.ts'

/**
 * jobld's Studio plugin: `plugins: [jobld(options)]`. Registers jobld's document types (under the
 * Studio's names) and its prefixed object types, with the build's own validation rules; words
 * them in Dutch or English as the Studio's locale says; adds the "Verlopen"/"Expired" badge to
 * vacancies; with `organizationType`, stops at start-up with what the export could not read in the
 * Studio's own organisation type. The desk items and the JSON-LD view go into the Studio's own `structureTool`
 * (jobldStructure, jobldDefaultStructure, jobldDocumentNode).
 */
export const jobld = definePlugin<JobldOptions | void>((given) => {
  const options = resolveJobldOptions(given ?? {})
  const { names } = options
  const ownTypes: ReadonlyMap<string, (typeof documentTypes)[number]> = new Map(
    documentTypes.filter((key) => key !== 'organization' || !options.ownOrganization).map((key) => [names[key], key]),
  )
  return {
    name: 'jobld',
    schema: {
      // A type of one of jobld's names from a plugin listed before jobld stops here, in jobld's words.
      types: (previous: SchemaTypeDefinition[]) => {
        const own = jobldSchemaTypes(options)
        const clashes = typeNameClashes(previous, own, options)
        if (clashes.length) throw new Error(clashes.join('\n'))
        return [...previous, ...own]
      },
      // Sanity's "create new" menus title a document type's template by the type: worded by locale.
      templates: (previous: Template[]) =>
        previous.map((template) => {
          const key = template.id === template.schemaType ? ownTypes.get(template.schemaType) : undefined
          return key ? { ...template, i18n: { title: { key: `type.${key}`, ns: i18nNamespace } } } : template
        }),
    },
    i18n: { bundles: jobldLocaleBundles },
    document: {
      badges: (previous, context) => (context.schemaType === names.vacancy ? [...previous, ExpiredBadge] : previous),
    },
    // With the Studio's own organisation type, the layout first checks that the export can read it.
    studio: { components: { layout: options.ownOrganization ? ownOrganizationCheck(names.organization) : LanguageSync } },
  }
})
