import { resolveTypeNames, type DocumentTypeNames } from '../../scripts/core/model/documentTypes.ts'

/** The options of `jobld(options)` and of its desk helpers: give both the same object. */
export interface JobldOptions {
  /**
   * Names for jobld's document types where the Studio already has a type of jobld's name, such as
   * `{ jobProfile: 'careerProfile' }`. The export needs the same names (`--types jobProfile=careerProfile`).
   */
  types?: Partial<Record<'jobProfile' | 'salaryTier' | 'faqEntry' | 'vacancy' | 'organization', string>> | undefined
  /**
   * The Studio's own organisation type (a document type with at least `name`; see "Add it to your Studio" in the README):
   * jobld then registers no organisation type and points publishers and employers at this one.
   */
  organizationType?: string | undefined
  /** Base URL of the career pages, as the export gets it (`--base-url`); without it, `urn:jobld:` ids. */
  baseUrl?: string | undefined
}

/** The options completed and checked. */
export interface ResolvedJobldOptions {
  names: DocumentTypeNames
  ownOrganization: boolean
  baseUrl: string | undefined
}

/**
 * Completes and checks the plugin's options.
 * @param options what the Studio gave
 * @returns the names of jobld's types in this Studio, whether the organisation is the Studio's own, the base URL
 * @throws Error naming the option that is wrong (the Studio shows it when it starts)
 */
export function resolveJobldOptions(options: JobldOptions = {}): ResolvedJobldOptions {
  const { types = {}, organizationType, baseUrl } = options
  if (organizationType !== undefined && types.organization !== undefined)
    throw new Error(
      `Unexpected jobld options organizationType "${organizationType}" and types.organization "${types.organization}", expected one of the two: organizationType for the Studio's own type, types.organization to rename jobld's`,
    )
  const resolved = resolveTypeNames({ ...types, ...(organizationType !== undefined ? { organization: organizationType } : {}) })
  if ('error' in resolved) throw new Error(`jobld: ${resolved.error}`)
  return { names: resolved.names, ownOrganization: organizationType !== undefined, baseUrl: baseUrl || undefined }
}
