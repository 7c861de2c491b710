/**
 * Child process for tests/markdownLargeFiles.test.ts: writes a Markdown article with a generated
 * GFM table of `rows` rows (argv[2]) to a temporary folder, imports it, and prints the peak RSS and
 * what came out as JSON, so the test can bound the memory of a whole process.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { importMarkdownFile } from '../../scripts/sources/readMarkdown.ts'

const rows = Number(process.argv[2] ?? 100_000)
const lines = ['---', 'organization: Voorbeeld B.V.', 'country: NL', 'language: nl', '---', '', '# Kok', '', 'Een kok bereidt gerechten.', '', '## Overzicht', '']
lines.push('| Vestiging | Telefoonnummer |', '| --- | --- |')
for (let i = 0; i < rows; i++) lines.push(`| Vestiging ${String(i).padStart(6, '0')} | 030 ${String(i).padStart(7, '0')} |`)
const text = `${lines.join('\n')}\n`
const dir = await mkdtemp(join(tmpdir(), 'jobld-large-'))
await writeFile(join(dir, 'kok.md'), text)
const started = performance.now()
const { file, documents } = await importMarkdownFile('kok.md', dir)
const profile = documents.find((doc) => doc.value._type === 'jobProfile')?.value
const body = Array.isArray(profile?.body) ? profile.body : []
const table: unknown = body.find((item: unknown) => typeof item === 'object' && item !== null && '_type' in item && item._type === 'jobldTable')
process.stdout.write(
  JSON.stringify({
    bytes: Buffer.byteLength(text),
    seconds: (performance.now() - started) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    documents: documents.length,
    tableRows: typeof table === 'object' && table !== null && 'rows' in table && Array.isArray(table.rows) ? table.rows.length : 0,
    errors: file.messages.filter((m) => m.fatal).map((m) => m.reason),
  }),
)
