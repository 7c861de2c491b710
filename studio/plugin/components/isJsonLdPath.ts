import type { Path } from '../../../scripts/core/issue.ts'

/**
 * Tells a path into the written JSON-LD (`@graph[0].baseSalary`, `@context`) from a path into
 * a document's fields: the first can be read, the second also opened in the form.
 * @param path an issue's path
 * @returns true when the path points into the JSON-LD
 */
export function isJsonLdPath(path: Path): boolean {
  const first = path[0]
  return typeof first === 'string' && first.startsWith('@')
}
