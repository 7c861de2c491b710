import { describe, expect, it } from 'vitest'
import { unexpectedFailure } from '../scripts/cli/unexpectedFailure.ts'

describe('unexpectedFailure', () => {
  it('prints the stack with every copy of the token blanked out', () => {
    const error = new Error('GET https://x.api.sanity.io/v1?token=sk-secret failed (Bearer sk-secret)')
    const text = unexpectedFailure(error, 'sk-secret')
    expect(text.startsWith('Unexpected failure, please report it:\nError: GET https://x.api.sanity.io/v1?token=[token] failed (Bearer [token])\n')).toBe(true)
    expect(text).not.toContain('sk-secret')
  })

  it('prints non-errors as text', () => {
    expect(unexpectedFailure('boom', undefined)).toBe('Unexpected failure, please report it:\nboom\n')
  })
})
