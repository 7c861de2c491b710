import { defineCliConfig } from 'sanity/cli'
import { dataset, projectId } from './env.ts'

// Sanity's CLI loads this file by its default export.
export default defineCliConfig({
  api: { projectId, dataset },
  typegen: {
    path: ['../schemas/**/*.ts', '../studio/**/*.{ts,tsx}', '../scripts/**/*.ts'],
    schema: '../schemas/generated/schema.json',
    generates: '../schemas/generated/sanity.types.ts',
  },
})
