import type { DocumentSource } from '../export/lib/engine/types.ts'
import { defaultTypeNames, normaliseTypes, type DocumentTypeNames } from './model/documentTypes.ts'

/**
 * True when a Studio gives some jobld document type a name of its own.
 * @param names the Studio's names, if any
 * @returns whether documents must be mapped onto jobld's names
 */
export function renamesTypes(names: DocumentTypeNames | undefined): names is DocumentTypeNames {
  return names !== undefined && Object.entries(names).some(([key, name]) => key !== name)
}

/**
 * A source whose documents read under jobld's type names (normaliseTypes), whatever names the
 * Studio gave them: the one place the export maps a Studio's names onto the model. Worker threads
 * read the source's file themselves and map with the same function (normaliseTypes), given the names.
 * @param source the source as it reads the Studio's dataset
 * @param names the Studio's names of jobld's document types (`--types`)
 * @returns the source itself without renamed types, else a source mapping every document it hands out
 */
export function withTypeNames(source: DocumentSource, names: DocumentTypeNames | undefined = defaultTypeNames): DocumentSource {
  if (!renamesTypes(names)) return source
  return {
    get issues() {
      return source.issues
    },
    file: source.file,
    scan: () => source.scan(),
    parse(entry) {
      const parsed = source.parse(entry)
      return 'value' in parsed ? { value: normaliseTypes(parsed.value, names) } : parsed
    },
    read: (entry) => normaliseTypes(source.read(entry), names),
    close: () => source.close(),
  }
}
