import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { documentDeclarations } from '../scripts/core/model/index.ts'
import { frontMatterTable } from '../scripts/dev/readme/frontMatterTable.ts'
import { allRules } from '../scripts/core/rules/allRules.ts'
import { replaceSection } from '../scripts/dev/readme/replaceSection.ts'
import { rulesTable } from '../scripts/dev/readme/rulesTable.ts'

/*
 * The README's front matter tables are made from the model's declarations (their `frontMatter`
 * keys): a key added, renamed or reworded there and not here fails. `UPDATE=1` writes them.
 */

const readmePath = new URL('../README.md', import.meta.url)

/** The text between `<!-- front matter: <type> -->` and `<!-- /front matter -->`, or undefined. */
function section(readme: string, type: string): { start: number; end: number } | undefined {
  const open = `<!-- front matter: ${type} -->\n`
  const start = readme.indexOf(open)
  const end = readme.indexOf('<!-- /front matter -->', start)
  return start < 0 || end < 0 ? undefined : { start: start + open.length, end }
}

describe('README', () => {
  for (const type of ['jobProfile', 'vacancy'] as const)
    it(`lists the front matter keys of ${type} as its declaration has them`, () => {
      let readme = readFileSync(readmePath, 'utf8')
      const place = section(readme, type)
      if (!place) throw new Error(`Expected <!-- front matter: ${type} --> … <!-- /front matter --> in README.md`)
      const table = frontMatterTable(documentDeclarations[type])
      if (process.env.UPDATE === '1') {
        readme = readme.slice(0, place.start) + table + readme.slice(place.end)
        writeFileSync(readmePath, readme)
      }
      expect(readme.slice(place.start, place.start + table.length + '<!-- /front matter -->'.length)).toBe(`${table}<!-- /front matter -->`)
    })

  it('lists every content rule of the registry as the rule declares it (npm run docs:rules writes it)', () => {
    const readme = readFileSync(readmePath, 'utf8')
    expect(readme).toBe(replaceSection(readme, 'content rules', rulesTable(allRules)))
  })
})
