/**
 * `npm run docs:rules`: writes the README's "Content rules" table from the registry of rules
 * (scripts/core/rules/registry.ts). tests/readme.test.ts fails while the README is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { allRules } from '../core/rules/allRules.ts'
import { replaceSection } from './readme/replaceSection.ts'
import { rulesTable } from './readme/rulesTable.ts'

const readmePath = new URL('../../README.md', import.meta.url)
const before = readFileSync(readmePath, 'utf8')
const after = replaceSection(before, 'content rules', rulesTable(allRules))
if (after !== before) writeFileSync(readmePath, after)
console.log(after === before ? 'README.md: the content rules table is up to date' : `README.md: wrote the content rules table (${allRules.length} rules)`)
