import { describe, expect, it } from 'vitest'
import { ConfigError } from '../scripts/core/config/configError.ts'
import { resolveConfig } from '../scripts/core/config/resolveConfig.ts'
import { resolveJobldOptions } from '../studio/plugin/options.ts'

describe("the Studio plugin's options", () => {
  it("resolve to the names, base URL and pay transparency the export resolves from its own flags", () => {
    const studio = resolveJobldOptions({ types: { jobProfile: 'careerProfile' }, organizationType: 'company', baseUrl: 'https://www.example.nl/beroepen/', payTransparency: { NL: '2027-01-01' } })
    const cli = resolveConfig({ types: 'jobProfile=careerProfile,organization=company', baseUrl: 'https://www.example.nl/beroepen/', payTransparency: 'NL=2027-01-01' }, { now: new Date() })
    expect(studio).toEqual({ names: cli.types, ownOrganization: true, baseUrl: cli.baseUrl, payTransparency: { NL: '2027-01-01' } })
    expect(cli.payTransparency).toEqual({ NL: '2027-01-01' })
    expect(studio.baseUrl).toBe('https://www.example.nl/beroepen')
    expect(resolveJobldOptions({ baseUrl: '' }).baseUrl).toBeUndefined()
  })

  it('refuse what the export refuses, with its message, when the Studio starts', () => {
    const refusal = (() => {
      try {
        return resolveJobldOptions({ baseUrl: 'https://www.example.nl/beroepen?preview=1' })
      } catch (error) {
        return error
      }
    })()
    expect(refusal).toMatchObject({
      message:
        'jobld: Unexpected baseUrl "https://www.example.nl/beroepen?preview=1": it holds a query or fragment, expected a plain http(s) URL such as https://www.example.nl/beroepen',
      cause: expect.any(ConfigError),
    })
    expect(() => resolveJobldOptions({ types: { vacancy: 'jobProfile' } })).toThrow(
      'jobld: Unexpected type name "jobProfile" for both jobProfile and vacancy, expected a name of its own for each',
    )
  })
})
