import type { DocumentDeclaration } from '../../core/model/declare/types.ts'

/**
 * The README's table of a document type's front matter keys, from its declaration: each key in
 * the order messages list them, whether it is required, and what it means.
 * @param declaration the document type
 * @returns the Markdown table, ending with a newline
 */
export function frontMatterTable(declaration: DocumentDeclaration): string {
  const rows = Object.entries(declaration.frontMatter ?? {}).map(([key, entry]) => `| \`${key}\` | ${entry.required ? 'yes' : ''} | ${entry.doc} |`)
  return ['| key | required | meaning |', '| --- | --- | --- |', ...rows, ''].join('\n')
}
