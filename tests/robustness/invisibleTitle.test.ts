import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readTree, runJobld } from '../support/exportRun.ts'

const content = new URL('../../content/', import.meta.url).pathname
/** Zero-width space, zero-width joiner, word joiner, soft hyphen: a title that looks blank. */
const invisible = '\u200B\u200D\u2060\u00AD'

/** A copy of the bundled content with one file's text replaced. */
async function contentWith(file: string, from: string | RegExp, to: string) {
  const dir = await mkdtemp(join(tmpdir(), 'jobld-invisible-'))
  await cp(content, join(dir, 'source'), { recursive: true })
  const path = join(dir, 'source', file)
  const text = await readFile(path, 'utf8')
  const changed = text.replace(from, to)
  expect(changed).not.toBe(text)
  await writeFile(path, changed)
  return { dir, path, line: changed.slice(0, changed.indexOf(to)).split('\n').length }
}

describe('a title of invisible characters only', () => {
  it("is an empty title at the article's heading line, not a blank name in the JSON-LD", async () => {
    const { dir, path, line } = await contentWith('articles/customer-service-medewerker.md', /^# .*$/m, `# ${invisible}`)
    const before = await readTree(dir)
    const run = await runJobld(['export', '--from', 'source', '--out', 'out'], {}, dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`(${path}:${line}:1): does not validate.\n  title: Unexpected empty text, expected at least 1 character\n`)
    expect(run.stderr).not.toContain('@graph')
    expect(await readTree(dir)).toEqual(before)
  })

  it("is an empty title at a vacancy's front matter line", async () => {
    const { dir, path, line } = await contentWith('vacancies/voorbeeld-customer-service-medewerker-utrecht.md', /^title: .*$/m, `title: "${invisible}"`)
    const run = await runJobld(['validate', '--from', 'source'], {}, dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`(${path}:${line}:1): does not validate.\n  title: Unexpected empty text, expected at least 1 character\n`)
  })

  it('leaves a title with visible letters beside a joiner as it is', async () => {
    const { dir } = await contentWith('articles/customer-service-medewerker.md', /^# (.*)$/m, '# Klant\u200Dservice medewerker')
    const run = await runJobld(['export', '--from', 'source', '--out', 'out'], {}, dir)
    expect(run.code).toBe(0)
    const graph = JSON.parse(await readFile(join(dir, 'out', 'customer-service-medewerker.jsonld'), 'utf8')) as { '@graph': { '@type': string; name?: string }[] }
    expect(graph['@graph'].find((node) => node['@type'] === 'Occupation')?.name).toBe('Klant\u200Dservice medewerker')
  })
})
