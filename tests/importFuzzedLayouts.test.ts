import fc from 'fast-check'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { measureArticle } from '../scripts/dev/fidelity/measureArticle.ts'
import { recipeArbitrary } from './support/fuzz/recipe.ts'
import { writeArticle } from './support/fuzz/writeArticle.ts'

/** Imports and exports a fuzzed article as npm run fidelity does, keeping the importer's messages. */
async function importFuzzed(markdown: string, expected: Parameters<typeof measureArticle>[1]) {
  const file = new VFile({ path: 'fuzzed.md', value: markdown })
  const score = await measureArticle(file, expected)
  return { score, errors: file.messages.filter((m) => m.fatal === true).map((m) => `${m.line}:${m.column} ${m.reason}`) }
}

describe('the layout fuzzer', () => {
  it('writes the same article from the same recipe', () => {
    const [recipe] = fc.sample(recipeArbitrary, { seed: 11, numRuns: 1 })
    if (!recipe) throw new Error('no recipe')
    expect(writeArticle(recipe)).toEqual(writeArticle(recipe))
  })
})

describe('importing fuzzed layouts', () => {
  it('imports every fuzzed article without an error, exports no net amount as gross and reports every refusal', async () => {
    await fc.assert(
      fc.asyncProperty(recipeArbitrary, async (recipe) => {
        const article = writeArticle(recipe)
        const { score, errors } = await importFuzzed(article.markdown, article.expected)
        expect(errors).toEqual([])
        expect(score.netAsGross).toEqual([])
        expect(score.refusedWithoutReport).toEqual([])
      }),
      { seed: 25, numRuns: 300 },
    )
  })
})
