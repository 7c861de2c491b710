import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { markdownToDocuments } from '../scripts/import/lib/markdownToDocuments.ts'

const links = [
  '[klik](javascript:alert(1))',
  '<javascript:alert(2)>',
  '[data](data:text/html,x)',
  '[vb](VBScript:msgbox)',
  '[tab](<java\tscript:x>)',
  '[entity](&#106;avascript:y)',
  '[file](file:///etc/passwd)',
  '[web](https://voorbeeld.nl/a)',
  '[pad](/vacatures)',
  '[mail](mailto:info@voorbeeld.nl)',
  '[bel](tel:+31301234567)',
].join(' ')

function importLinks() {
  const text = ['---', 'organization: X', 'country: NL', 'language: nl', '---', '', '# Kok', '', `Een kok kookt. ${links}`, '', '## Over het vak', '', links, ''].join('\n')
  const file = new VFile({ path: 'kok.md', value: text })
  const { documents } = markdownToDocuments(file)
  return { file, profile: documents.find((doc) => doc.value._type === 'jobProfile')?.value }
}

describe('links in Markdown articles', () => {
  it('reports every link whose scheme the export strips, at its line and column, in the body and the summary', () => {
    const reported = importLinks()
      .file.messages.filter((m) => m.reason.startsWith('Unexpected link'))
      .map((m) => `${m.line}:${m.column} ${m.reason.replace(', expected an http(s), mailto: or tel: link; kept its text without the link', '')}`)
    const expected = (line: number, columns: number[]) =>
      [
        'Unexpected link to "javascript:alert(1)" with the scheme javascript:',
        'Unexpected link to "javascript:alert(2)" with the scheme javascript:',
        'Unexpected link to "data:text/html,x" with the scheme data:',
        'Unexpected link to "VBScript:msgbox" with the scheme vbscript:',
        'Unexpected link to "java\\tscript:x" with the scheme javascript:',
        'Unexpected link to "javascript:y" with the scheme javascript:',
        'Unexpected link to "file:///etc/passwd" with the scheme file:',
      ].map((reason, i) => `${line}:${columns[i]} ${reason}`)
    expect(reported).toEqual([...expected(9, [16, 44, 66, 91, 113, 136, 164]), ...expected(13, [1, 29, 51, 76, 98, 121, 149])])
  })

  it('drops those links and keeps their text, and keeps http(s), mailto:, tel: and relative links', () => {
    const body = importLinks().profile?.body
    const block = Array.isArray(body) ? body[1] : undefined
    expect(block?.markDefs.map((def: { href: string }) => def.href)).toEqual(['https://voorbeeld.nl/a', '/vacatures', 'mailto:info@voorbeeld.nl', 'tel:+31301234567'])
    expect(block?.children.map((span: { text: string }) => span.text).join('')).toBe(
      'klik javascript:alert(2) data vb tab entity file web pad mail bel',
    )
  })
})
