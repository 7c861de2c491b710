import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { openStudio, type StudioSession } from './launchStudio.ts'

/** The built Studio the browser tests open (`npm run studio:build` writes it). */
const dist = process.env.STUDIO_DIST ?? 'studio/dist'
/** Where the browser tests put a screenshot of each step. */
const screenshots = 'tests/artifacts/screenshots'

/** A browser test's Studio: the session, and a screenshot of the page as it is. */
export type BuiltStudio = StudioSession & { shoot(name: string): Promise<void> }

/**
 * Opens the built Studio (`STUDIO_DIST`, else studio/dist) over the emulated Content Lake seeded
 * with the documents, as each browser test does in its `beforeAll`.
 * @param documents the seed documents
 * @returns the session, with `shoot(name)` writing tests/artifacts/screenshots/<name>.png
 * @throws Error when the Studio is not built, saying how to build it
 */
export async function openBuiltStudio(documents: ReadonlyArray<object>): Promise<BuiltStudio> {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`Missing ${dist}/index.html, expected a built Studio: run npm run studio:build first (see README, "Browser tests")`)
  }
  await mkdir(screenshots, { recursive: true })
  const session = await openStudio({ dist, documents })
  return Object.assign(session, {
    shoot: async (name: string) => {
      await session.page.screenshot({ path: join(screenshots, `${name}.png`) })
    },
  })
}
