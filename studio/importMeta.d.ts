/**
 * The one part of Vite's `import.meta.env` the Studio config reads. Vite sets it when it builds
 * or serves the Studio; elsewhere (tsx, plain Node) it is undefined.
 */
interface ImportMeta {
  readonly env?: { readonly SSR?: boolean }
}
