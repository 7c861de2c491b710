import type { Issue, Path } from '../issue.ts'
import { isDocumentType } from '../model/index.ts'
import type { DocumentCheck } from '../validate/checkDocument.ts'
import type { SlimDocument } from '../model/slimDocument.ts'
import { blankSecrets } from './blankSecrets.ts'
import { holdsSecret } from './holdsSecret.ts'
import { secretForm } from './secretForm.ts'

/**
 * The paths in a document whose value (or key) holds a secret, such as the API token an editor
 * pasted into a field or a server echoed into a document: in any case, with invisible or
 * formatting characters inside (see holdsSecret). The walk is iterative: no input depth exhausts
 * the stack.
 * @param value the document
 * @param secret the secret (callers skip empty ones)
 * @returns every path, in document order
 */
export function findSecretPaths(value: unknown, secret: string): Path[] {
  const form = secretForm(secret)
  const found: Path[] = []
  const stack: Array<{ node: unknown; path: Path }> = [{ node: value, path: [] }]
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { node, path } = top
    if (typeof node === 'string') {
      if (holdsSecret(node, form)) found.push(path)
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i -= 1) stack.push({ node: node[i], path: [...path, i] })
    } else if (typeof node === 'object' && node !== null) {
      const entries = Object.entries(node)
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        const [key, item] = entries[i] ?? ['', undefined]
        // A key cannot be shown either: the path names the object that holds it.
        if (holdsSecret(key, form)) found.push(path)
        else stack.push({ node: item, path: [...path, key] })
      }
    }
  }
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
    docId: blankSecrets(doc.id, [secret], '[token]'),
    docType: blankSecrets(doc.type, [secret], '[token]'),
    path: path.map((part) => (typeof part === 'string' ? blankSecrets(part, [secret], '[token]') : part)),
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
