import { nlNLLocale } from '@sanity/locale-nl-nl'
import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { dataset, missingEnv, projectId, setupMessage } from './env.ts'
import { jobld, jobldDefaultStructure, jobldDocumentNode } from './plugin/index.ts'

if (missingEnv.length > 0) {
  // In the Studio's browser bundle (sanity dev, sanity build) SSR is false: stop there with the
  // message, which Sanity's page shows as an error overlay. Sanity's CLI loads this file under
  // Vite SSR (schema extract, typegen) and must keep working offline, so there it only warns.
  if (import.meta.env?.SSR === false) throw new Error(setupMessage)
  console.warn(setupMessage)
}

/** The base URL the build gets as JOBLD_BASE_URL; Sanity bundles only SANITY_STUDIO_* variables, read by name. */
const options = { baseUrl: process.env.SANITY_STUDIO_JOBLD_BASE_URL || undefined }

// Sanity's CLI loads this file by its default export. jobld's editors work in Dutch: the Dutch
// locale is the Studio's only one, so Sanity's own words and jobld's are Dutch.
export default defineConfig({
  name: 'default',
  title: 'jobld',
  projectId,
  dataset,
  plugins: [
    structureTool({ structure: jobldDefaultStructure(options), defaultDocumentNode: jobldDocumentNode(options) }),
    jobld(options),
    visionTool({ defaultApiVersion: '2025-02-19' }),
    nlNLLocale(),
  ],
})
