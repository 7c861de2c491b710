/**
 * A doubt about the content store found while reading it (a value that does not match its seal, a
 * document's bytes that are not the ones its verdict judged): the export empties the store and
 * does everything again, and the progress line says why.
 */
export class StoreDoubt extends Error {
  override readonly name = 'StoreDoubt'
}
