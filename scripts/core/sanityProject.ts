/**
 * The Sanity project and dataset documents come from. Image assets are published under them
 * (`https://cdn.sanity.io/images/<projectId>/<dataset>/…`, https://www.sanity.io/docs/image-urls),
 * and the Content Lake is read from them.
 */
export interface SanityProject {
  projectId: string
  dataset: string
}

/** A Sanity project id: letters, digits and dashes. */
export const projectIdPattern = /^[a-z0-9-]+$/i

/** A dataset name: lowercase letters, digits, "_" and "-", at most 64 characters; a leading "~" names an alias. */
export const datasetPattern = /^~?[a-z0-9][\w-]{0,63}$/

/**
 * The project and dataset, when both are given.
 * @param options the configuration's `projectId` and `dataset`
 * @returns the project, or undefined when either is missing
 */
export function sanityProjectOf(options: { projectId?: string | undefined; dataset?: string | undefined }): SanityProject | undefined {
  const { projectId, dataset } = options
  return projectId && dataset ? { projectId, dataset } : undefined
}

/**
 * Checks a project id and dataset name.
 * @param project the two values
 * @param names what the caller calls them, for the message (`--project-id`, `SANITY_PROJECT_ID`, …)
 * @returns the sentence saying which is wrong ("Unexpected …, expected …"), or undefined
 */
export function sanityProjectError(project: SanityProject, names: { projectId: string; dataset: string }): string | undefined {
  if (!projectIdPattern.test(project.projectId)) return `Unexpected ${names.projectId} "${project.projectId}", expected letters, digits and dashes`
  if (!datasetPattern.test(project.dataset))
    return `Unexpected ${names.dataset} "${project.dataset}", expected lowercase letters, digits, "_" and "-", at most 64 characters`
  return undefined
}
