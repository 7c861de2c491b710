import { inspect } from 'node:util'
import { SourceError } from '../../scripts/sources/sourceError.ts'

/**
 * Awaits a source read that must fail and returns its SourceError.
 * @param promise the read
 * @returns the error, for its code, message and position to be asserted
 */
export async function sourceFailure(promise: Promise<unknown>): Promise<SourceError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!(error instanceof SourceError)) throw new Error(`Expected a SourceError, got ${inspect(error)}`)
  return error
}
