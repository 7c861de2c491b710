/** A JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>

/**
 * Narrows a parsed JSON value to an object.
 * @param value any JSON value
 * @returns true for an object that is not an array or null
 */
export const isJsonObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)
