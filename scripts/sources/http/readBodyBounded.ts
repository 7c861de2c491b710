/**
 * The bytes of a request's or response's body, or undefined as soon as they pass `maxBytes`: a
 * declared `content-length` over the bound is refused before any byte is read, and a body without
 * one is read only until it passes the bound (the rest is cancelled, never buffered). Written here
 * because fetch has no byte limit of its own.
 * @param message the request or response whose body to read
 * @param maxBytes the most bytes accepted
 * @returns the body's bytes, or undefined when it is larger than `maxBytes`
 */
export async function readBodyBounded(message: Request | Response, maxBytes: number): Promise<Uint8Array | undefined> {
  const declared = Number(message.headers.get('content-length') ?? Number.NaN)
  if (declared > maxBytes) {
    await message.body?.cancel().catch(() => undefined)
    return undefined
  }
  if (!message.body) return new Uint8Array()
  const reader = message.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) return undefined
      chunks.push(value)
    }
  } finally {
    await reader.cancel().catch(() => undefined)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}
