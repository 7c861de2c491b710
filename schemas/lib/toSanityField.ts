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
  const { words, studio, rules, group } = declaration
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
