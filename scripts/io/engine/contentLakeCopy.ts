import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Limits } from '../../lib/limits.ts'
import { contentLakeOptions, type ContentLakeEnv, type SourceChoice } from '../loadSource.ts'

/**
 * Streams the chosen dataset into `<cacheDir>/content-lake.ndjson` (written beside and renamed into
 * place when whole), one published document per line as the API sent it; the export then reads it
 * as an NDJSON file, so memory does not grow with the dataset.
 * @param choice project and dataset
 * @param env token, host, timeouts
 * @param limits the bounds of the read
 * @param cacheDir the output's cache folder
 * @returns the file
 */
export async function copyContentLake(choice: Extract<SourceChoice, { kind: 'contentLake' }>, env: ContentLakeEnv, limits: Limits, cacheDir: string): Promise<string> {
  const file = join(cacheDir, 'content-lake.ndjson')
  const tmp = `${file}.tmp-${process.pid}`
  await mkdir(cacheDir, { recursive: true })
  const { streamContentLake } = await import('../contentLake.ts')
  const out = createWriteStream(tmp)
  const failed = new Promise<never>((_, reject) => out.on('error', reject))
  try {
    await Promise.race([
      failed,
      streamContentLake(contentLakeOptions(choice, env, limits), async (_value, line) => {
        if (!out.write(line) || !out.write('\n')) await once(out, 'drain')
      }),
    ])
    out.end()
    await once(out, 'finish')
    await rename(tmp, file)
  } catch (error) {
    out.destroy()
    await rm(tmp, { force: true })
    throw error
  }
  return file
}
