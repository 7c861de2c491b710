/**
 * `jobld/studio`: jobld's Sanity Studio plugin and the desk helpers for the Studio's own
 * `structureTool`. See "Add it to your Studio" in the README.
 */
export { jobld } from './jobld.ts'
export { jobldStructure, jobldDefaultStructure } from './structure.ts'
export { jobldDocumentNode } from './documentNode.ts'
export { jobldLocaleBundles } from './i18n.ts'
export { problems, type Problem } from './problems.ts'
export { resolveJobldOptions, type JobldOptions, type ResolvedJobldOptions } from './options.ts'
export { jobldSchemaTypes, type SchemaNames } from '../../schemas/index.ts'
