import { defineCliConfig } from 'sanity/cli'

// Sanity's CLI loads this file by its default export.
export default defineCliConfig({
  api: { projectId: process.env.SANITY_STUDIO_PROJECT_ID || 'unset', dataset: process.env.SANITY_STUDIO_DATASET || 'production' },
})
