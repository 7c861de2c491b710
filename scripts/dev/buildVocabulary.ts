/**
 * `npm run vocab`: derives the compact schema.org vocabulary from a release file and writes
 * scripts/core/vocabulary/schemaorg.json (committed; the validator reads it offline).
 *
 *   npm run vocab -- [--from <release.jsonld>] [--out <file>] [--release 30.0]
 */
import { readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { defineCommand, runCommand, showUsage } from 'citty'
import { deriveVocabulary } from './vocabulary/deriveVocabulary.ts'
import { serializeVocabulary } from './vocabulary/serializeVocabulary.ts'

const repoRoot = path.resolve(import.meta.dirname, '..')

/** Expected failures of this command; printed without a stack. */
class VocabularyError extends Error {
  override readonly name = 'VocabularyError'
  constructor(
    readonly code: 'ENOENT' | 'READ' | 'NOT_JSON' | 'NOT_A_RELEASE' | 'WRITE',
    message: string,
  ) {
    super(message)
  }
}

const command = defineCommand({
  meta: { name: 'build-vocabulary', description: 'Derive the compact schema.org vocabulary from a release file' },
  args: {
    from: {
      type: 'string',
      description: 'schema.org release file (default: ../shared/schemaorg/schemaorg-current-https.jsonld from the repo root)',
      valueHint: 'file',
    },
    out: { type: 'string', description: 'output file (default: scripts/core/vocabulary/schemaorg.json)', valueHint: 'file' },
    release: { type: 'string', description: 'release number of the input file', default: '30.0' },
  },
  async run({ args }) {
    // Given paths are relative to the working directory; the defaults to the repository root.
    const from = args.from ? path.resolve(args.from) : path.resolve(repoRoot, '../shared/schemaorg/schemaorg-current-https.jsonld')
    const out = args.out ? path.resolve(args.out) : path.resolve(repoRoot, 'scripts/core/vocabulary/schemaorg.json')
    let text: string
    try {
      text = await readFile(from, 'utf8')
    } catch (error) {
      const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT'
      throw new VocabularyError(
        missing ? 'ENOENT' : 'READ',
        missing ? `Unexpected missing file ${from}, expected a schema.org release (pass --from <file>)` : `Unexpected read failure of ${from}: ${String(error)}`,
      )
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (error) {
      throw new VocabularyError('NOT_JSON', `Unexpected content in ${from}, expected JSON-LD (${error instanceof Error ? error.message : String(error)})`)
    }
    const result = deriveVocabulary(json, args.release)
    if (!result.ok) throw new VocabularyError('NOT_A_RELEASE', `${from}: ${result.message}`)
    // Write beside the target and rename, so a failed write leaves the old file intact.
    const temporary = `${out}.tmp`
    try {
      await writeFile(temporary, serializeVocabulary(result.vocabulary), 'utf8')
      await rename(temporary, out)
    } catch (error) {
      throw new VocabularyError('WRITE', `Unexpected write failure of ${out} (the previous file is unchanged): ${String(error)}`)
    }
    const { types, properties, members } = result.vocabulary
    console.log(
      `${path.relative(repoRoot, out)}: schema.org ${args.release}, ${Object.keys(types).length} types, ${Object.keys(properties).length} properties, ${Object.keys(members).length} enumeration members`,
    )
  },
})

const rawArgs = process.argv.slice(2)
if (rawArgs.includes('--help') || rawArgs.includes('-h')) {
  await showUsage(command)
} else {
  try {
    await runCommand(command, { rawArgs })
  } catch (error) {
    if (error instanceof VocabularyError) console.error(error.message)
    else console.error(error)
    process.exitCode = 1
  }
}
