import { nlNLLocale } from '@sanity/locale-nl-nl'
import { jobld, jobldDocumentNode, jobldStructure, type JobldOptions } from 'jobld/studio'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { schemaTypes } from './schemaTypes/index.ts'

/**
 * jobld beside the Studio's own types: the Studio's `organization` is the publisher and employer
 * of jobld's pages, and jobld's job profile is called `careerProfile` here (the export is told
 * the same: `jobld export --types jobProfile=careerProfile`).
 */
const jobldOptions: JobldOptions = { organizationType: 'organization', types: { jobProfile: 'careerProfile' } }

// Sanity's CLI loads this file by its default export.
export default defineConfig({
  name: 'default',
  title: 'Agency',
  projectId: process.env.SANITY_STUDIO_PROJECT_ID || 'unset',
  dataset: process.env.SANITY_STUDIO_DATASET || 'production',
  plugins: [
    structureTool({
      structure: (S, context) =>
        S.list()
          .title('Content')
          .items([
            S.documentTypeListItem('post').title('Posts'),
            S.documentTypeListItem('author').title('Authors'),
            S.documentTypeListItem('organization').title('Organizations'),
            S.divider(),
            ...jobldStructure(S, context, jobldOptions),
          ]),
      defaultDocumentNode: jobldDocumentNode(jobldOptions),
    }),
    jobld(jobldOptions),
    nlNLLocale(),
  ],
  schema: { types: schemaTypes },
})
