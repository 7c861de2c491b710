import { CliError } from '../cli/cliError.ts'

/**
 * Makes sure @sanity/client can be loaded before the Content Lake is used. It is an optional
 * dependency of jobld (it needs Node 22.12 or later): exports from files never load it.
 * @throws CliError (USAGE) saying how to get it
 */
export async function loadSanityClient(): Promise<void> {
  try {
    await import('@sanity/client')
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ERR_MODULE_NOT_FOUND'
    throw new CliError(
      'USAGE',
      missing
        ? 'Unexpected Content Lake access without @sanity/client installed, expected it beside jobld (npm i @sanity/client; it needs Node 22.12 or later)'
        : `Unexpected failure loading @sanity/client (${error instanceof Error ? error.message.slice(0, 200) : 'unknown'}), expected Node 22.12 or later for the Content Lake`,
    )
  }
}
