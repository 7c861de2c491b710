import type { z } from 'zod'
import type { Path } from '../../core/issue.ts'
import type { ParsedMarkdown } from './parseMarkdownFile.ts'
import { reportMessage } from './reportMessage.ts'
import type { VFile } from 'vfile'
import { quoteText } from '../../core/messages/quoteText.ts'

/** One front matter key: how its value is read, what is expected (for messages), whether it must be there. */
export interface FrontMatterField {
  schema: z.ZodType
  expected: string
  required?: boolean
  /** The document field it fills, for messages. */
  fieldPath?: Path
}


/** The values of a front matter spec: required keys are there, optional ones may be undefined. */
export type FrontMatterValues<S extends Record<string, FrontMatterField>> = {
  [K in keyof S]: S[K] extends { required: true } ? z.output<S[K]['schema']> : z.output<S[K]['schema']> | undefined
}

/**
 * Checks a file's front matter against a spec, key by key: a missing required key or a
 * value the key's schema refuses is an error at the key's line, an unknown key a warning.
 * @param parsed the parsed file
 * @param spec the keys it may have
 * @param file the file, for messages
 * @param docId the document the front matter mostly fills, for messages
 * @returns the values when every required key is there and every value valid, else undefined
 */
export function readFrontMatter<S extends Record<string, FrontMatterField>>(
  parsed: ParsedMarkdown,
  spec: S,
  file: VFile,
  docId: string | undefined,
): FrontMatterValues<S> | undefined {
  const values: Record<string, unknown> = {}
  let ok = true
  const at = (key: string) => parsed.keyPoints.get(key) ?? parsed.frontMatter ?? { line: 1, column: 1 }
  for (const [key, field] of Object.entries(spec)) {
    const value = parsed.data[key]
    if (value === undefined || value === null) {
      if (field.required) {
        ok = false
        reportMessage(file, `Unexpected front matter without \`${key}\`, expected ${field.expected}`, {
          place: parsed.frontMatter ?? { line: 1, column: 1 },
          ruleId: 'front-matter',
          level: 'error',
          docId,
          fieldPath: field.fieldPath,
        })
      }
      continue
    }
    const result = field.schema.safeParse(value)
    if (result.success) values[key] = result.data
    else {
      ok = false
      reportMessage(file, `Unexpected \`${key}: ${quoteText(value)}\` in front matter, expected ${field.expected}`, {
        place: at(key),
        ruleId: 'front-matter',
        level: 'error',
        docId,
        fieldPath: field.fieldPath,
      })
    }
  }
  for (const key of Object.keys(parsed.data))
    if (!Object.hasOwn(spec, key))
      reportMessage(file, `Unexpected front matter key \`${quoteText(key, { quotes: false })}\`, expected one of ${Object.keys(spec).map((k) => `\`${k}\``).join(', ')}; ignored`, {
        place: at(key),
        ruleId: 'front-matter',
        level: 'warning',
        docId,
      })
  // Every key was checked against its own schema above, so the record has the spec's shape.
  return ok ? (values as FrontMatterValues<S>) : undefined
}
