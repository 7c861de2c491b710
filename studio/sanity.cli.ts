import { defineCliConfig } from 'sanity/cli'
import { dataset, projectId } from './env.ts'

// Sanity's CLI loads this file by its default export.
export default defineCliConfig({
  api: { projectId, dataset },
})
