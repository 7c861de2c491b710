/**
 * Where the Studio's content lives, from the environment. Sanity reads studio/.env and puts
 * SANITY_STUDIO_* into the Studio bundle, but only for literal `process.env.SANITY_STUDIO_X`
 * reads, so each variable is read by name. Without them the Studio still builds, against a
 * placeholder project, and says what to set.
 */

const envProjectId = process.env.SANITY_STUDIO_PROJECT_ID
const envDataset = process.env.SANITY_STUDIO_DATASET

/** Placeholder project id while SANITY_STUDIO_PROJECT_ID is unset; valid in form, never a real project. */
export const placeholderProjectId = 'unset'

/** The environment variables the Studio needs and has not got. */
export const missingEnv = [
  envProjectId ? undefined : 'SANITY_STUDIO_PROJECT_ID',
  envDataset ? undefined : 'SANITY_STUDIO_DATASET',
].filter((name) => name !== undefined)

/** The Sanity project id, or the placeholder. */
export const projectId = envProjectId || placeholderProjectId

/** The dataset, or "production". */
export const dataset = envDataset || 'production'

/** What an editor or developer reads when the Studio is not configured (Dutch, then English). */
export const setupMessage =
  `Deze Studio is niet gekoppeld aan een Sanity-project: zet ${missingEnv.join(' en ')} ` +
  '(bijvoorbeeld in studio/.env) en start de Studio opnieuw. ' +
  `This Studio is not connected to a Sanity project: set ${missingEnv.join(' and ')} ` +
  '(for example in studio/.env) and restart the Studio.'
