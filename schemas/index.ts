/**
 * The Studio's schema types of jobld, derived from its content model (scripts/core/model, one
 * declaration per type): the document types under the Studio's names, then the prefixed object
 * and rich text types.
 */
import type { SchemaTypeDefinition } from 'sanity'
import { defaultTypeNames, documentTypes, type DocumentTypeNames } from '../scripts/core/model/documentTypes.ts'
import { documentDeclarations, objectDeclarations } from '../scripts/core/model/index.ts'
import type { PayTransparency } from '../scripts/core/rules/lib/checkPayTransparency.ts'
import { studioChecks } from './lib/studioChecks.ts'
import { toSanityDocument } from './lib/toSanityDocument.ts'
import type { SanityContext } from './lib/toSanityField.ts'
import { toSanityObject } from './lib/toSanityObject.ts'
import { toSanityPortableText } from './lib/toSanityPortableText.ts'

/** How a Studio names jobld's document types, and whether the organisation type is its own. */
export interface SchemaNames {
  /** The Studio's name of each jobld document type. */
  names: DocumentTypeNames
  /** True when the Studio brings its own organisation type (named `names.organization`): jobld then registers none. */
  ownOrganization: boolean
  /** Per country the day a vacancy must state its own pay (the plugin's `payTransparency`; the EU table when not given). */
  payTransparency?: PayTransparency | undefined
  /** The plugin's `fieldLanguages`: translatable text fields are `sanity-plugin-internationalized-array`'s arrays. */
  fieldLanguages?: ReadonlyArray<string> | undefined
}

/** jobld's object and rich text types (they point at no document, so the Studio's names do not change them). */
function objectTypesOf(context: SanityContext): SchemaTypeDefinition[] {
  return objectDeclarations.map((declaration) => (declaration.kind === 'object' ? toSanityObject(declaration, context) : toSanityPortableText(declaration, context)))
}

/**
 * Every schema type jobld registers in a Studio: its document types under the Studio's names
 * (the organisation only when the Studio has none of its own), then its prefixed object types.
 * @param schema the Studio's names, and its pay transparency dates
 * @returns the type definitions
 */
export function jobldSchemaTypes({ names, ownOrganization, payTransparency, fieldLanguages }: SchemaNames): SchemaTypeDefinition[] {
  const context: SanityContext = { names, checks: studioChecks(names, payTransparency), fieldLanguages: fieldLanguages !== undefined }
  const documents = documentTypes.filter((type) => type !== 'organization' || !ownOrganization).map((type) => toSanityDocument(documentDeclarations[type], context))
  return [...documents, ...objectTypesOf(context)]
}

/** jobld's object types: each name carries jobld's prefix (scripts/core/model/objectTypes.ts). */
export const objectSchemaTypes = objectTypesOf({ names: defaultTypeNames, checks: studioChecks(defaultTypeNames) })

/** Every schema type under jobld's own names: the repo's Studio and the tests. */
export const schemaTypes = jobldSchemaTypes({ names: defaultTypeNames, ownOrganization: false })
