import { nlNLLocale } from '@sanity/locale-nl-nl'
import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { schemaTypes } from '../schemas/index.ts'
import { dataset, missingEnv, projectId, setupMessage } from './env.ts'
import { ExpiredBadge } from './components/ExpiredBadge.ts'
import { defaultDocumentNode, structure } from './structure.ts'

if (missingEnv.length > 0) {
  // In the Studio's browser bundle (sanity dev, sanity build) SSR is false: stop there with the
  // message, which Sanity's page shows as an error overlay. Sanity's CLI loads this file under
  // Vite SSR (schema extract, typegen) and must keep working offline, so there it only warns.
  if (import.meta.env?.SSR === false) throw new Error(setupMessage)
  console.warn(setupMessage)
}

// Sanity's CLI loads this file by its default export.
export default defineConfig({
  name: 'default',
  title: 'jobld',
  projectId,
  dataset,
  plugins: [structureTool({ structure, defaultDocumentNode }), visionTool({ defaultApiVersion: '2025-02-19' }), nlNLLocale()],
  schema: { types: schemaTypes },
  document: {
    badges: (previous, context) => (context.schemaType === 'vacancy' ? [...previous, ExpiredBadge] : previous),
  },
})
