/**
 * The library (`exportJsonLd`) takes only what the CLI would: the base URL by the CLI's own rule
 * (scripts/core/config/, a ConfigError, which is a TypeError), and documents that are plain JSON data of a sane size. A cycle, a sparse array of a billion
 * slots or an endless iterable is a TypeError naming the document, at once, instead of minutes
 * of work and a process out of memory. (A million documents and an endless iterable: tests/slow/libraryMillion.test.ts.)
 */
import { describe, expect, it } from 'vitest'
import { exportJsonLd } from '../../scripts/index.ts'

const now = '2026-12-01'
const profile = { _id: 'jobProfile.kok', _type: 'jobProfile', title: 'Kok' }

describe('exportJsonLd refuses what the CLI refuses', () => {
  it('refuses a javascript: base URL, as --base-url does', async () => {
    const refused = exportJsonLd([profile], { now, baseUrl: 'javascript:alert(1)//' })
    await expect(refused).rejects.toBeInstanceOf(TypeError)
    await expect(refused).rejects.toThrow('Unexpected baseUrl "javascript:alert(1)//": not an absolute http(s) URL, expected a plain http(s) URL such as https://www.example.nl/beroepen')
  })

  it('refuses a base URL holding </script>, which would end the script element it lands in', async () => {
    const refused = exportJsonLd([profile], { now, baseUrl: 'https://www.example.nl/</script><script>alert(1)</script>' })
    await expect(refused).rejects.toBeInstanceOf(TypeError)
    await expect(refused).rejects.toThrow(
      'Unexpected baseUrl "https://www.example.nl/</script><script>alert(1)</script>": it holds "<", a character that needs escaping, expected a plain http(s) URL such as https://www.example.nl/beroepen',
    )
  })
})

describe('exportJsonLd and documents that are not plain data', () => {
  it('refuses a circular document at once, naming it and the path that leads back', async () => {
    const education: Record<string, unknown> = { _type: 'jobldEducation', levels: ['mbo'] }
    const circular: Record<string, unknown> = { ...profile, education }
    education.parent = circular
    const started = Date.now()
    await expect(exportJsonLd([{ _id: 'faqEntry.x', _type: 'faqEntry' }, circular], { now })).rejects.toThrow(
      new TypeError(
        'Unexpected jobProfile → jobProfile.kok (documents[1]): education.parent holds an object it is inside of (a cycle), expected plain JSON data such as the Content Lake returns',
      ),
    )
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('refuses a sparse array of a billion slots before walking it', async () => {
    const tasks: string[] = []
    tasks[1e9] = 'Koken'
    const started = Date.now()
    await expect(exportJsonLd([{ ...profile, tasks }], { now })).rejects.toThrow(
      new TypeError(
        'Unexpected jobProfile → jobProfile.kok (documents[0]): tasks takes the document past 67,108,864 bytes as JSON, expected plain JSON data such as the Content Lake returns',
      ),
    )
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('refuses a document nested deeper than 100 levels', async () => {
    let deep: Record<string, unknown> = { _type: 'block' }
    for (let i = 0; i < 10_000; i++) deep = { _type: 'block', children: [deep] }
    await expect(exportJsonLd([{ ...profile, body: [deep] }], { now })).rejects.toThrow(/^Unexpected jobProfile → jobProfile\.kok \(documents\[0\]\): body\[0\]\.children\[0\]\.children\[0\]\..* nests deeper than 100 levels, expected plain JSON data/)
  })

  it('refuses a document that is not an object, naming its index', async () => {
    // A JavaScript caller can pass anything; the types would not let TypeScript.
    const documents: Array<Record<string, unknown>> = [profile]
    Reflect.set(documents, 1, null)
    await expect(exportJsonLd(documents, { now })).rejects.toThrow(
      new TypeError('Unexpected documents[1] that is null, expected a Sanity document (an object with _id and _type)'),
    )
  })
})
