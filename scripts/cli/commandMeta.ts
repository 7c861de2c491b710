/** The commands of `jobld`, each with the one line that `jobld --help` and its own `--help` show. */
export const commandMeta = {
  export: {
    name: 'export',
    description: 'Validate content and write its schema.org JSON-LD to an output folder',
  },
  validate: {
    name: 'validate',
    description: 'Everything export does except writing (export --dry-run)',
  },
  import: {
    name: 'import',
    description: 'Import Markdown career articles and vacancies as Sanity documents (NDJSON, or --push)',
  },
  notify: {
    name: 'notify',
    description: 'Tell search engines which pages changed since the last run (Google Indexing API, IndexNow)',
  },
  listen: {
    name: 'listen',
    description: "Serve Sanity's webhook at POST /: each change written to the output, the site told, Google told once the page is live",
  },
  expire: {
    name: 'expire',
    description: 'Once, for a scheduler: apply pending webhook deliveries, take out expired vacancies, send what the site shows',
  },
} as const satisfies Record<string, { name: string; description: string }>

/** The name of a command. */
export type CommandName = keyof typeof commandMeta
