import type { ArrayOfType, FieldDefinition } from 'sanity'
import type { FieldDeclaration, StudioItem } from '../../scripts/core/model/declare/types.ts'
import type { StudioCheckId } from '../../scripts/core/rules/declare/types.ts'
import type { DocumentTypeNames } from '../../scripts/core/model/documentTypes.ts'
import { localizedLists } from '../../scripts/core/model/optionLists.ts'
import type { StudioValidator } from './studioChecks.ts'
import { fieldComponents } from './fieldComponents.ts'
import { toSanityValidation } from './toSanityValidation.ts'

/** What the Studio's schema is derived with: the Studio's type names and its Studio-only validators. */
export interface SanityContext {
  names: DocumentTypeNames
  checks: Record<StudioCheckId, StudioValidator>
  /** The `fieldLanguages` option is on: translatable text fields are `sanity-plugin-internationalized-array`'s arrays. */
  fieldLanguages?: boolean | undefined
}

/**
 * The array plugin's type for a translatable field's Studio type (`string`, `text`): the plugin
 * registers `internationalizedArray<Type>` for each of its `fieldTypes`.
 */
function internationalizedType(type: string): string {
  return `internationalizedArray${type.charAt(0).toUpperCase()}${type.slice(1)}`
}

/** One array member: a Sanity type or one of jobld's object types, a reference's target, its rules. */
function toSanityItem(item: StudioItem, context: SanityContext): ArrayOfType {
  const validation = item.rules ? toSanityValidation(item.rules, item.type, context.checks) : undefined
  const member = {
    type: item.type,
    ...(item.to ? { to: [{ type: context.names[item.to] }] } : {}),
    ...(validation ? { validation } : {}),
  }
  return member
}

/**
 * One field of the Studio's schema, from its declaration in the model: its Dutch words (the
 * field's components show the Studio's language), type, options, group and validation.
 * @param name the field's name
 * @param declaration the field's declaration
 * @param id the field's key for its components, such as `vacancy.title`
 * @param context the Studio's type names and Studio-only validators
 * @returns the field's definition
 */
export function toSanityField(name: string, declaration: FieldDeclaration, id: string, context: SanityContext): FieldDefinition {
  const { words, group } = declaration
  // Per language, the field is the plugin's array: its text rules are the export's, per version (expandFieldLanguages).
  const perLanguage = context.fieldLanguages === true && declaration.translatable === true
  const studio = perLanguage ? { type: internationalizedType(declaration.studio.type), hidden: declaration.studio.hidden } : declaration.studio
  const rules = perLanguage ? { required: declaration.rules.required } : declaration.rules
  const { type, rows, to, of, list, layout, direction, slug, filter, initialValue, accept, hidden, readOnly } = studio
  const options = {
    ...(list ? { list: localizedLists[list].nl } : {}),
    ...(layout ? { layout } : {}),
    ...(direction ? { direction } : {}),
    ...(slug ?? {}),
    ...(filter ? { filter } : {}),
    ...(accept ? { accept } : {}),
  }
  const validation = toSanityValidation(rules, type, context.checks)
  const definition = {
    name,
    title: words.nl.title,
    ...(words.nl.description !== undefined ? { description: words.nl.description } : {}),
    components: fieldComponents(id, words, list),
    type,
    ...(rows !== undefined ? { rows } : {}),
    ...(to ? { to: [{ type: context.names[to] }] } : {}),
    ...(of ? { of: of.map((item) => toSanityItem(item, context)) } : {}),
    ...(Object.keys(options).length > 0 ? { options } : {}),
    ...(initialValue !== undefined ? { initialValue } : {}),
    ...(group ? { group } : {}),
    ...(hidden !== undefined ? { hidden } : {}),
    ...(readOnly ? { readOnly } : {}),
    ...(validation ? { validation } : {}),
  }
  return definition
}
