/**
 * Every bound jobld puts on its inputs, in one table: what it bounds, its default, and the
 * environment variable that raises it (read by resolveConfig, see scripts/core/config/resolveLimits.ts).
 * A limit that is hit is an error naming the place, the limit and this variable.
 */

/** The limits, their defaults and their environment variables. */
export const limitDefinitions = {
  markdownFileBytes: {
    env: 'JOBLD_MAX_MARKDOWN_BYTES',
    default: 8 * 1024 * 1024,
    what: 'bytes in one Markdown file',
  },
  markdownNesting: {
    env: 'JOBLD_MAX_MARKDOWN_NESTING',
    // Real articles nest lists three or four deep and emphasis two; the Markdown parser's time
    // grows with the square of the depth (and its tree walks with the depth), so deep nesting is
    // refused before parsing (scripts/import/lib/checkMarkdownBounds.ts).
    default: 32,
    what: 'levels lists and block quotes, or emphasis and links, nest in one Markdown file',
  },
  markdownLines: {
    env: 'JOBLD_MAX_MARKDOWN_LINES',
    // A long career article has a few hundred lines; the parser and the importer hold about a
    // kilobyte per line, so 8 MiB of one-letter lines would take gigabytes and minutes.
    default: 20_000,
    what: 'lines of Markdown in one file, after its front matter, not counting table rows',
  },
  markdownTableRows: {
    env: 'JOBLD_MAX_MARKDOWN_TABLE_ROWS',
    // Salary and location tables can be long; the rows of a large table are read by hand at a
    // fraction of a line's cost (10^5 rows of 3.5 MB take under 600 MB).
    default: 200_000,
    what: 'table rows in one Markdown file',
  },
  markdownDelimiters: {
    env: 'JOBLD_MAX_MARKDOWN_DELIMITERS',
    // A long article has a few hundred; their cost in the parser grows with the square of those in
    // one paragraph, and each becomes a span of Portable Text.
    default: 10_000,
    what: 'emphasis, link and code delimiters (`*`, `_`, `~`, `[`, `]`, backticks) in one Markdown file',
  },
  frontMatterBytes: {
    env: 'JOBLD_MAX_FRONT_MATTER_BYTES',
    default: 64 * 1024,
    what: 'bytes of front matter in one Markdown file',
  },
  frontMatterKeys: {
    env: 'JOBLD_MAX_FRONT_MATTER_KEYS',
    default: 1_000,
    what: 'keys (at any depth) in one front matter block',
  },
  frontMatterAliases: {
    env: 'JOBLD_MAX_FRONT_MATTER_ALIASES',
    default: 100,
    what: 'YAML alias uses in one front matter block',
  },
  ndjsonLineBytes: {
    env: 'JOBLD_MAX_LINE_BYTES',
    // A line of an export holds one document: career documents are kilobytes; this stays far
    // below the longest string V8 can make (about 512 MB), so a runaway line is an issue at its line.
    default: 64 * 1024 * 1024,
    what: 'bytes in one NDJSON line (one document)',
  },
  archiveBytes: {
    env: 'JOBLD_MAX_ARCHIVE_BYTES',
    default: 8 * 1024 * 1024 * 1024,
    what: 'bytes unpacked from one .tar.gz archive',
  },
  archiveRatio: {
    env: 'JOBLD_MAX_ARCHIVE_RATIO',
    default: 200,
    what: 'times the unpacked size of a .tar.gz archive may exceed its packed size',
  },
  contentLakeBytes: {
    env: 'JOBLD_MAX_CONTENT_LAKE_BYTES',
    default: 8 * 1024 * 1024 * 1024,
    what: 'bytes read from the Content Lake in one export',
  },
  contentLakeDeadlineMs: {
    env: 'JOBLD_CONTENT_LAKE_DEADLINE_MS',
    default: 30 * 60 * 1000,
    what: 'milliseconds one read of the Content Lake may take in all',
  },
  documents: {
    env: 'JOBLD_MAX_DOCUMENTS',
    // Far above a career site's datasets (the benchmark goes to 300,000), far below what the
    // checks across documents can hold (a JavaScript Set stops at 16.7 million entries).
    default: 2_000_000,
    what: 'documents read from the Content Lake, or given to the library, in one export',
  },
  httpTimeoutMs: {
    env: 'JOBLD_HTTP_TIMEOUT_MS',
    default: 30_000,
    what: 'milliseconds an HTTP request may stay silent (a push, notify or IndexNow request: may take in all)',
  },
  answerBytes: {
    env: 'JOBLD_MAX_ANSWER_BYTES',
    default: 16 * 1024 * 1024,
    what: 'bytes in one HTTP answer read whole (push, notify, IndexNow, a page of Content Lake query results)',
  },
  livePageBytes: {
    env: 'JOBLD_MAX_LIVE_PAGE_BYTES',
    default: 5 * 1024 * 1024,
    what: 'bytes of one page the live check reads from the site',
  },
  webhookBytes: {
    env: 'JOBLD_MAX_WEBHOOK_BYTES',
    // The projection jobld asks for ({_id, _type, operation}) is about a hundred bytes.
    default: 64 * 1024,
    what: 'bytes in the body of one webhook request',
  },
} as const satisfies Record<string, { env: `JOBLD_${string}`; default: number; what: string }>

/** The name of one limit. */
export type LimitName = keyof typeof limitDefinitions

/** The limits in force: each a positive whole number. */
export type Limits = Record<LimitName, number>

/** The default limits. */
export const defaultLimits: Limits = Object.fromEntries(
  Object.entries(limitDefinitions).map(([name, definition]) => [name, definition.default]),
) as Limits
