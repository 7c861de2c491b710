/**
 * The bundled content (content/: the seed article and its vacancies, as `jobld import` makes them)
 * multiplied to any size: copy k of every document gets `-k<k>` after its `_id`, its references
 * and its slug, so that the copies are separate career pages with the seed's own shape (a long
 * Portable Text body, six FAQ entries, three tiers, two vacancies, two organisations per profile).
 */
type Doc = Record<string, unknown>

/**
 * Yields about `documents` documents: whole copies of `base`, in order.
 * @param base the bundled content's documents
 * @param documents how many to make (rounded up to whole copies)
 * @returns the documents
 */
export function* multiplyContent(base: ReadonlyArray<Doc>, documents: number): Generator<Doc, void, undefined> {
  const copies = Math.max(1, Math.ceil(documents / base.length))
  for (let k = 1; k <= copies; k++) for (const doc of base) yield k === 1 ? doc : suffixedObject(doc, `-k${k}`)
}

function suffixedObject(value: object, suffix: string): Doc {
  const out: Doc = {}
  for (const [key, item] of Object.entries(value)) {
    if ((key === '_id' || key === '_ref') && typeof item === 'string') out[key] = `${item}${suffix}`
    else if (key === 'slug' && typeof item === 'object' && item !== null && 'current' in item && typeof item.current === 'string') out[key] = { ...item, current: `${item.current}${suffix}` }
    else out[key] = suffixed(item, suffix)
  }
  return out
}

function suffixed(value: unknown, suffix: string): unknown {
  if (Array.isArray(value)) return value.map((item) => suffixed(item, suffix))
  return typeof value === 'object' && value !== null ? suffixedObject(value, suffix) : value
}
