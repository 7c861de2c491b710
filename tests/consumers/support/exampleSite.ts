import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

/** The seed content's career page and one of its vacancies, as every example serves them. */
export const careerSlug = 'customer-service-medewerker'
export const vacancySlug = 'voorbeeld-customer-service-medewerker-utrecht'

/** The base URL the examples export with (`--base-url`): a page's `url` is its path under it. */
export const siteBase = 'https://www.example.nl/beroepen'

/**
 * The graph that `jobld export` wrote for a page in an example's exported folder.
 * @param exportDir the exported folder, e.g. `<example>/jsonld`
 * @param path the page's path in it, e.g. `vacatures/<slug>.jsonld`
 * @returns the parsed `.jsonld` file
 */
export async function exportedGraph(exportDir: string, path: string): Promise<unknown> {
  return JSON.parse(await readFile(join(exportDir, path), 'utf8'))
}

/**
 * The URL path a page claims in its JSON-LD (the `url` of its first node), for comparing with
 * the route that serves it.
 * @param graph a page's graph
 * @returns the path under the site's origin, e.g. `/beroepen/<slug>`
 */
export function claimedPath(graph: unknown): string | undefined {
  if (typeof graph !== 'object' || graph === null || !('@graph' in graph) || !Array.isArray(graph['@graph'])) return undefined
  const first: unknown = graph['@graph'][0]
  if (typeof first !== 'object' || first === null || !('url' in first) || typeof first.url !== 'string') return undefined
  return new URL(first.url).pathname
}
