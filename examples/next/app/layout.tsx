import type { ReactNode } from 'react'

/**
 * The root layout. `jsonld` is the parallel route `app/@jsonld/`: for each URL it renders the page
 * of the same path under `@jsonld/` (or `default.tsx`), here inside `<head>`, which only the root
 * layout can write in the App Router.
 */
export default function RootLayout({ children, jsonld }: { children: ReactNode; jsonld: ReactNode }) {
  return (
    <html lang="nl">
      <head>{jsonld}</head>
      <body>{children}</body>
    </html>
  )
}
