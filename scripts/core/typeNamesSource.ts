import type { DocumentTypeNames } from './model/documentTypes.ts'

/**
 * True when a Studio gives some jobld document type a name of its own.
 * @param names the Studio's names, if any
 * @returns whether documents must be mapped onto jobld's names
 */
export function renamesTypes(names: DocumentTypeNames | undefined): names is DocumentTypeNames {
  return names !== undefined && Object.entries(names).some(([key, name]) => key !== name)
}
