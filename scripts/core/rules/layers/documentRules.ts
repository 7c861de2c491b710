import type { DocumentType } from '../../model/documentTypes.ts'
import { allRules } from '../allRules.ts'
import { ruleMessages } from '../ruleMessages.ts'
import type { StudioCheckId, Violation } from '../declare/types.ts'

/** The rules of one field: its own check (on its text) and its Studio check. */
export interface FieldRuleSet {
  readonly check?: (text: string) => Violation[]
  readonly studio?: StudioCheckId
}

/** Every rule of one document type, as the zod model and the Studio's schema take them. */
export interface DocumentRuleSet {
  /** The rules of single fields, by field name. */
  readonly fields: Readonly<Record<string, FieldRuleSet>>
  /** The rules of the whole document, in one check: their errors (none when the type has no such rule). */
  readonly check?: (document: unknown) => Violation[]
  /**
   * The warnings of the same rules (the page is still written): the Studio shows them on the form,
   * the build reports them from the checks across documents, on the slim form.
   */
  readonly warnings?: (document: unknown) => Violation[]
  /** The Studio checks of the whole document. */
  readonly studio: readonly StudioCheckId[]
}

/**
 * The registry's entry point for one document type: the rules of its fields and of the whole
 * document, each in one check, and its Studio checks. The zod model (core/model/declare) and the
 * Studio's schema (schemas/lib) both run these.
 * @param type the document type
 * @returns its rules
 */
export function documentRules(type: DocumentType): DocumentRuleSet {
  const fieldChecks = new Map<string, Array<(text: string) => Violation | undefined>>()
  const documentChecks: Array<(document: unknown) => Violation[]> = []
  let errs = false
  let warnsToo = false
  const fieldStudio = new Map<string, StudioCheckId>()
  const studio: StudioCheckId[] = []
  for (const rule of allRules) {
    for (const entry of rule.document ?? []) {
      if (entry.type !== type) continue
      if (entry.field === undefined) {
        documentChecks.push((document) => entry.check(document))
        // A rule that warns reports its errors, if any, in another layer (organizationLogo's across documents).
        errs ||= rule.severity !== 'warning'
        warnsToo ||= Object.values(rule.messages).some((message) => (message.severity ?? rule.severity) === 'warning')
      } else fieldChecks.set(entry.field, [...(fieldChecks.get(entry.field) ?? []), (text) => entry.check(text)])
    }
    for (const entry of rule.studio ?? []) {
      if (entry.type !== type) continue
      if (entry.field === undefined) studio.push(entry.check)
      else fieldStudio.set(entry.field, entry.check)
    }
  }
  const fields: Record<string, FieldRuleSet> = {}
  for (const name of new Set([...fieldChecks.keys(), ...fieldStudio.keys()])) {
    const checks = fieldChecks.get(name)
    const check = fieldStudio.get(name)
    fields[name] = {
      ...(checks ? { check: (text: string) => checks.flatMap((one) => one(text) ?? []) } : {}),
      ...(check ? { studio: check } : {}),
    }
  }
  const all = (document: unknown) => documentChecks.flatMap((one) => one(document))
  const warns = (v: Violation) => ruleMessages.get(v.code)?.severity === 'warning'
  return {
    fields,
    ...(errs ? { check: (document: unknown) => all(document).filter((v) => !warns(v)) } : {}),
    ...(warnsToo ? { warnings: (document: unknown) => all(document).filter(warns) } : {}),
    studio,
  }
}
