import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { markdownToDocuments } from '../scripts/import/lib/markdownToDocuments.ts'

const lines = (frontMatter: string[]) => ['---', 'organization: Voorbeeld B.V.', 'country: NL', 'language: nl', ...frontMatter, '---', '', '# Wat doet een kok?', '', 'Een kok bereidt gerechten.', '']

/** Imports a text as a file: the profile's title and the errors as `line:column reason`. */
function importText(text: string) {
  const file = new VFile({ path: 'kok.md', value: text })
  const { documents } = markdownToDocuments(file)
  const profile = documents.map((d) => d.value).find((v) => v._type === 'jobProfile')
  return { title: profile && 'title' in profile ? profile.title : undefined, errors: file.messages.filter((m) => m.fatal).map((m) => `${m.line}:${m.column} ${m.reason}`) }
}

describe('Markdown front matter as the file is saved', () => {
  it('reads a file saved with CR line ends alone as the same file with LF', () => {
    const lf = importText(lines([]).join('\n'))
    expect(importText(lines([]).join('\r'))).toEqual(lf)
    expect(importText(lines([]).join('\r\n'))).toEqual(lf)
    expect(lf).toEqual({ title: 'Kok', errors: [] })
  })

  it('refuses a YAML tag it cannot resolve at its line, instead of reading its text', () => {
    expect(importText(lines(['title: !!js/regexp /x/']).join('\n'))).toEqual({
      title: undefined,
      errors: ['5:8 Unexpected YAML tag in front matter (TAG_RESOLVE_FAILED), expected a plain value; Unresolved tag: tag:yaml.org,2002:js/regexp'],
    })
  })
})
