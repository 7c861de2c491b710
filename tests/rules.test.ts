import { describe, expect, it } from 'vitest'
import { allRules } from '../scripts/core/rules/allRules.ts'
import { runRuleExample } from './support/runRuleExample.ts'

/*
 * Every rule of the registry (scripts/core/rules/registry.ts) brings its own examples: inputs that
 * must pass, and inputs that must fail with exactly the lines given, in English and in Dutch.
 * A rule added to the registry is tested here without a line in this file.
 */

describe('content rules, by their own examples', () => {
  for (const rule of allRules)
    describe(rule.name, () => {
      it('has an example that passes, and one that fails for each of its messages', () => {
        expect(rule.examples.pass.length).toBeGreaterThan(0)
        const given = new Set(rule.examples.fail.flatMap((example) => runRuleExample(rule, example).ids))
        expect([...given].sort()).toEqual(Object.keys(rule.messages).sort())
      })

      rule.examples.pass.forEach((example, i) =>
        it(`passes example ${i + 1}`, () => {
          expect(runRuleExample(rule, example).report).toEqual([])
        }),
      )

      rule.examples.fail.forEach((example, i) =>
        it(`fails example ${i + 1} with its lines, in English and in Dutch`, () => {
          const lines = runRuleExample(rule, example)
          expect(lines.report).toEqual(example.report)
          expect(lines.nl).toEqual(example.nl)
        }),
      )
    })
})
