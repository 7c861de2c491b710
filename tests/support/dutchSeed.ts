/**
 * The Dutch seed in content/: the tests that count pages, pushes or notifications of the bundled
 * content count these, because content/ also holds English translations (of the profile and of
 * the Utrecht vacancy) that add pages of their own.
 */
import { cp, rm } from 'node:fs/promises'
import { join } from 'node:path'

/** The Markdown files of the Dutch seed, relative to the repository. */
export const DUTCH_SEED = [
  'content/articles/customer-service-medewerker.md',
  'content/vacancies/voorbeeld-customer-service-medewerker-remote.md',
  'content/vacancies/voorbeeld-customer-service-medewerker-utrecht.md',
] as const

/** The English translations in content/, relative to content/. */
const ENGLISH = ['articles/customer-service-employee.md', 'vacancies/example-customer-service-employee-utrecht.md'] as const

/**
 * Copies content/ without its English translations.
 * @param to the folder to create
 */
export async function copyDutchSeed(to: string): Promise<void> {
  await cp('content', to, { recursive: true })
  for (const file of ENGLISH) await rm(join(to, file))
}
