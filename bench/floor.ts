/**
 * The floor of the benchmark: what any export must at least do, done plainly. Reads the NDJSON,
 * `JSON.parse`s every line, and writes one `JSON.stringify`d file per job profile and per vacancy
 * holding it and the documents it references. No validation, no JSON-LD, no atomic swap.
 *
 *   npx tsx bench/floor.ts --from data.ndjson --out folder
 */
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

type Doc = Record<string, unknown>

const refOf = (value: unknown): string | undefined =>
  typeof value === 'object' && value !== null && '_ref' in value && typeof value._ref === 'string' ? value._ref : undefined

const slugOf = (doc: Doc): string => {
  const slug = doc.slug
  return typeof slug === 'object' && slug !== null && 'current' in slug && typeof slug.current === 'string' ? slug.current : String(doc._id)
}

const { values } = parseArgs({ options: { from: { type: 'string' }, out: { type: 'string' } } })
if (!values.from || !values.out) {
  process.stderr.write('Usage: tsx bench/floor.ts --from data.ndjson --out folder\n')
  process.exitCode = 2
} else {
  const byId = new Map<string, Doc>()
  let pending = ''
  for await (const chunk of createReadStream(values.from, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const lines = (pending + String(chunk)).split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) if (line) store(byId, JSON.parse(line))
  }
  if (pending) store(byId, JSON.parse(pending))

  mkdirSync(join(values.out, 'vacatures'), { recursive: true })
  let files = 0
  const get = (value: unknown) => {
    const id = refOf(value)
    return id === undefined ? undefined : byId.get(id)
  }
  for (const doc of byId.values()) {
    if (doc._type === 'jobProfile') {
      const list = (value: unknown) => (Array.isArray(value) ? value.map(get) : [])
      const page = { profile: doc, tiers: list(doc.salaryTiers), faq: list(doc.faq), publisher: get(doc.publisher) }
      writeFileSync(join(values.out, `${slugOf(doc)}.json`), JSON.stringify(page))
      files++
    } else if (doc._type === 'vacancy') {
      const page = { vacancy: doc, profile: get(doc.jobProfile), tier: get(doc.salaryTier), employer: get(doc.hiringOrganization) }
      writeFileSync(join(values.out, 'vacatures', `${slugOf(doc)}.json`), JSON.stringify(page))
      files++
    }
  }
  process.stderr.write(`Floor: read ${byId.size} documents, wrote ${files} files.\n`)
}

function store(byId: Map<string, Doc>, value: unknown) {
  if (isRecord(value) && typeof value._id === 'string') byId.set(value._id, value)
}

function isRecord(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
