import { sanityProjectError, type SanityProject } from '../../core/sanityProject.ts'

/**
 * The Sanity project a file source (NDJSON, archive, Markdown) was exported from, for the URLs of
 * its uploaded images: `--project-id` and `--dataset`, else SANITY_PROJECT_ID and SANITY_DATASET.
 * @param env the two variables, the command-line flags already in them
 * @returns the project, none when either is unset, or the sentence saying which value is wrong
 */
export function fileSourceProject(env: { SANITY_PROJECT_ID?: string | undefined; SANITY_DATASET?: string | undefined }): { project?: SanityProject } | { error: string } {
  const { SANITY_PROJECT_ID: projectId, SANITY_DATASET: dataset } = env
  if (!projectId || !dataset) return {}
  const error = sanityProjectError({ projectId, dataset }, { projectId: '--project-id (SANITY_PROJECT_ID)', dataset: '--dataset (SANITY_DATASET)' })
  return error ? { error } : { project: { projectId, dataset } }
}
