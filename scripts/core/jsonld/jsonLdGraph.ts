/**
 * The JSON-LD jobld writes, as jobld's own public types: a page's graph and its nodes. The
 * builders (profileToGraph, vacancyToGraph) type every node with schema-dts's schema.org type and
 * return it as one of these, so the compiler checks each node against both; the public
 * declarations never name schema-dts, whose CommonJS types import an ECMAScript module and fail to
 * check under `moduleResolution: "node16"` (a development dependency, not installed with jobld).
 */

/** A node of a graph: its schema.org `@type` and its `@id`, with the properties of that type beside them. */
export interface JsonLdNode {
  readonly '@type': string
  readonly '@id'?: string
}

/** A page's JSON-LD: the schema.org context and the page's nodes (https://www.w3.org/TR/json-ld11/#named-graphs). */
export interface JsonLdGraph {
  readonly '@context': 'https://schema.org'
  readonly '@graph': ReadonlyArray<JsonLdNode>
}
