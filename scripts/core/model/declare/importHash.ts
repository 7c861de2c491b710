import { z } from 'zod'
import type { FieldDeclaration } from './types.ts'

/**
 * The hidden fingerprint the importer writes into every document, so it can tell an editor's
 * change from its own earlier import. Never edited in the Studio.
 */
export const importHash = {
  schema: z.string().optional(),
  slimSchema: undefined,
  required: false,
  words: {
    nl: { title: 'Importvingerafdruk', description: 'Wordt door de import gezet; niet aanpassen.' },
    en: { title: 'Import fingerprint', description: 'Set by the import; do not change.' },
  },
  studio: { type: 'string', hidden: true, readOnly: true },
  rules: {},
} as const satisfies FieldDeclaration
