import { documentTypes } from '../../scripts/core/model/documentTypes.ts'
import type { ResolvedJobldOptions } from './options.ts'

/**
 * What stops jobld's types from joining the ones registered before them (by plugins listed before
 * `jobld()`): a type of the same name as one of jobld's, which Sanity would refuse as a duplicate
 * ("A type with name … is already defined"). Said in jobld's words, with the option that resolves
 * it. The Studio's own types cannot be checked here: Sanity reads them after every plugin's.
 * @param previous the types registered before jobld's
 * @param registered the types jobld is about to register
 * @param options the plugin's resolved options (the Studio's names of jobld's document types)
 * @returns one sentence per clash, in the "Unexpected …, expected …" form; empty when there is none
 */
export function typeNameClashes(previous: ReadonlyArray<{ name: string }>, registered: ReadonlyArray<{ name: string }>, options: ResolvedJobldOptions): string[] {
  const taken = new Set(previous.map((type) => type.name))
  return registered
    .filter((type) => taken.has(type.name))
    .map((type) => {
      const key = documentTypes.find((candidate) => options.names[candidate] === type.name)
      const head = `jobld: Unexpected type "${type.name}" registered before jobld's (by a plugin listed before jobld()), expected the name free for jobld's ${key ?? type.name} type`
      if (key === undefined) return head
      const rename = `jobld({ types: { ${key}: 'jobld${key[0]?.toUpperCase() ?? ''}${key.slice(1)}' } }) to register jobld's under another name`
      return key === 'organization'
        ? `${head}: give jobld({ organizationType: '${type.name}' }) to use that type as the organisation (checked when the Studio starts), or ${rename}`
        : `${head}: give ${rename}`
    })
}
