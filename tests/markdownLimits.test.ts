import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { runImport } from '../scripts/import/command.ts'
import { importMarkdownFile } from '../scripts/sources/readMarkdown.ts'
import { defaultLimits, type Limits } from '../scripts/core/limits.ts'
import { markdownToDocuments } from '../scripts/import/lib/markdownToDocuments.ts'

const article = (frontMatter: string[], body = ['# Wat doet een kok?', '', 'Een kok bereidt gerechten.', '']) =>
  ['---', 'organization: Voorbeeld B.V.', 'country: NL', 'language: nl', ...frontMatter, '---', '', ...body].join('\n')

/** Imports a text as a file; the messages one per line as `line:column level reason`. */
function importText(text: string, limits: Limits = defaultLimits) {
  const file = new VFile({ path: 'kok.md', value: text })
  const { documents } = markdownToDocuments(file, limits)
  const level = (fatal: boolean | null | undefined) => (fatal ? 'error' : fatal === false ? 'warning' : 'info')
  return { documents, messages: file.messages.map((m) => `${m.line}:${m.column} ${level(m.fatal)} ${m.reason}`) }
}

async function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  let stderr = ''
  const code = await runImport(args, { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, env, cwd })
  return { code, stderr }
}

async function workspace(files: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), 'jobld-limits-'))
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true })
    await writeFile(join(dir, path), text)
  }
  return dir
}

describe('Markdown input limits', () => {
  it('refuses a file over markdownFileBytes without reading it, naming the limit and its variable', async () => {
    const dir = await workspace({ 'kok.md': article([]) })
    const { file, documents } = await importMarkdownFile('kok.md', dir, { ...defaultLimits, markdownFileBytes: 50 })
    expect(documents).toEqual([])
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual([
      '1:1 Unexpected Markdown file of 111 bytes, expected at most 50 bytes (markdownFileBytes); raise the limit with JOBLD_MAX_MARKDOWN_BYTES',
    ])
  })

  it('reads JOBLD_MAX_MARKDOWN_BYTES in npm run import: exit 1 with the message at the file, exit 0 once raised, exit 2 for a bad value', async () => {
    const dir = await workspace({ 'kok.md': article([]) })
    const small = await run(['kok.md', '--out', 'out.ndjson'], dir, { JOBLD_MAX_MARKDOWN_BYTES: '50' })
    expect(small.code).toBe(1)
    expect(small.stderr).toContain('kok.md\n1:1 error Unexpected Markdown file of 111 bytes, expected at most 50 bytes (markdownFileBytes); raise the limit with JOBLD_MAX_MARKDOWN_BYTES')
    expect((await run(['kok.md', '--out', 'out.ndjson'], dir, { JOBLD_MAX_MARKDOWN_BYTES: '1000' })).code).toBe(0)
    const bad = await run(['kok.md', '--out', 'out.ndjson'], dir, { JOBLD_MAX_MARKDOWN_BYTES: 'lots' })
    expect(bad).toEqual({ code: 2, stderr: 'Unexpected JOBLD_MAX_MARKDOWN_BYTES="lots", expected a whole number of bytes in one Markdown file above 0\n' })
  })

  it('refuses front matter over frontMatterBytes at the front matter, before YAML reads it', () => {
    const { documents, messages } = importText(article([`note: ${'x'.repeat(200)}`]), { ...defaultLimits, frontMatterBytes: 100 })
    expect(documents).toEqual([])
    expect(messages).toEqual(['1:1 error Unexpected front matter of 260 bytes, expected at most 100 bytes (frontMatterBytes); raise the limit with JOBLD_MAX_FRONT_MATTER_BYTES'])
  })

  it('refuses a flood of keys at the first key over frontMatterKeys', () => {
    const keys = Array.from({ length: 6000 }, (_, i) => `k${i}: 1`)
    const { documents, messages } = importText(article(keys))
    expect(documents).toEqual([])
    expect(messages).toEqual(['1002:1 error Unexpected front matter with 6,003 keys, expected at most 1,000 keys (frontMatterKeys); raise the limit with JOBLD_MAX_FRONT_MATTER_KEYS'])
  })

  it('refuses more alias uses than frontMatterAliases at the first alias over the limit', () => {
    const { messages } = importText(article(['base: &b x', ...Array.from({ length: 3 }, (_, i) => `a${i}: *b`)]), { ...defaultLimits, frontMatterAliases: 2 })
    expect(messages).toEqual(['8:5 error Unexpected front matter with 3 alias uses, expected at most 2 alias uses (frontMatterAliases); raise the limit with JOBLD_MAX_FRONT_MATTER_ALIASES'])
  })

  it('refuses an alias bomb (few aliases, exponential expansion) as an error at the front matter, not a stack', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)]
    const { documents, messages } = importText(article(levels), { ...defaultLimits, frontMatterAliases: 100_000 })
    expect(documents).toEqual([])
    expect(messages).toEqual([
      '1:1 error Unexpected YAML aliases that expand the front matter beyond 100,000 alias uses, expected at most 100,000 (frontMatterAliases); raise the limit with JOBLD_MAX_FRONT_MATTER_ALIASES',
    ])
  })

  it('imports the valid articles beside a YAML error and an alias bomb, and reports both at their file and line', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)]
    const dir = await workspace({
      'a-bomb.md': article(bomb),
      'b-broken.md': article(['title: [unclosed']),
      'c-kok.md': article([]),
    })
    const { code, stderr } = await run(['.', '--out', 'out.ndjson'], dir, { JOBLD_MAX_FRONT_MATTER_ALIASES: '100000' })
    expect(code).toBe(1)
    expect(stderr).toContain('a-bomb.md\n1:1-13:4 error Unexpected YAML aliases that expand the front matter beyond 100,000 alias uses')
    expect(stderr).toMatch(/b-broken\.md\n5:17 +error Unexpected YAML in front matter \(BAD_INDENT\), expected key: value lines/)
    expect(stderr).not.toContain('    at ')
    const ids = (await readFile(join(dir, 'out.ndjson'), 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line)._id)
    expect(ids).toEqual(['jobProfile.kok', 'organization.voorbeeld-b-v'])
    expect(stderr).toContain('Wrote 2 documents from 1 of 3 files to out.ndjson; left out, with errors: a-bomb.md, b-broken.md.')
  })

  it('reads __proto__, constructor and prototype as unknown keys: warned about and never applied', () => {
    const { documents, messages } = importText(article(['__proto__:', '  organization: Kaper B.V.', 'constructor: x', 'prototype: y']))
    expect(messages).toEqual(
      ['5:1 `__proto__`', '7:1 `constructor`', '8:1 `prototype`'].map(
        (at) =>
          `${at.split(' ')[0]} warning Unexpected front matter key ${at.split(' ')[1]}, expected one of \`type\`, \`title\`, \`slug\`, \`alternativeTitles\`, \`organization\`, \`organizationUrl\`, \`country\`, \`language\`, \`iscoCode\`, \`datePosted\`, \`translationOf\`; ignored`,
      ),
    )
    expect(documents.map((doc) => doc.value._id)).toEqual(['jobProfile.kok', 'organization.voorbeeld-b-v'])
    expect(Object.prototype).not.toHaveProperty('organization')
  })

  it('refuses a key given twice at its second line', () => {
    expect(importText(article(['title: Kok', 'title: Chef'])).messages).toEqual(['6:1 error Unexpected second `title` in front matter, expected each key once'])
  })
})
