import type { Issue, Path } from '../issue.ts'
import { isDocumentType } from '../model/index.ts'
import type { DocumentCheck } from '../validate/checkDocument.ts'
import type { SlimDocument } from '../model/slimDocument.ts'

/**
 * The paths in a document whose value (or key) holds a secret, such as the API token an editor
 * pasted into a field or a server echoed into a document.
 * @param value the document
 * @param secret the secret (callers skip empty ones)
 * @returns every path, in document order
 */
export function findSecretPaths(value: unknown, secret: string): Path[] {
  const found: Path[] = []
  const walk = (node: unknown, path: Array<string | number>) => {
    if (typeof node === 'string') {
      if (node.includes(secret)) found.push([...path])
    } else if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]))
    else if (typeof node === 'object' && node !== null)
      for (const [key, item] of Object.entries(node)) {
        // A key cannot be shown either: the path names the object that holds it.
        if (key.includes(secret)) found.push([...path])
        else walk(item, [...path, key])
      }
  }
  walk(value, [])
  return found
}

/**
 * The issues for a document that holds a secret: one error per field, never showing the value.
 * @param value the document
 * @param secret the secret
 * @param doc the document's `_id` and `_type` as they can be shown (a secret in them is blanked)
 * @returns the issues (empty when the document holds no secret)
 */
export function secretIssues(value: unknown, secret: string, doc: { id: string; type: string }): Issue[] {
  return findSecretPaths(value, secret).map((path) => ({
    severity: 'error',
    code: 'document.contains_token',
    docId: doc.id.replaceAll(secret, '[token]'),
    docType: doc.type.replaceAll(secret, '[token]'),
    path: path.map((part) => (typeof part === 'string' ? part.replaceAll(secret, '[token]') : part)),
    message: 'Unexpected API token in this field (its value is not shown), expected content without secrets: remove it, and rotate the token',
  }))
}

/**
 * What a source does with a document that holds a secret: refused before any other check, whose
 * messages could quote it. A document of a jobld type becomes an invalid verdict (never cached);
 * anything else leaves only its issues.
 * @param value the document
 * @param secret the secret
 * @returns the verdict, or the issues alone
 */
export function secretVerdict(value: Record<string, unknown>, secret: string): { check: DocumentCheck<SlimDocument> } | { issues: Issue[] } {
  const type = typeof value._type === 'string' ? value._type : ''
  const issues = secretIssues(value, secret, { id: typeof value._id === 'string' ? value._id : '(unknown)', type: type || '(unknown)' })
  return isDocumentType(type) && typeof value._id === 'string' ? { check: { kind: 'invalid', id: value._id, type, issues } } : { issues }
}
