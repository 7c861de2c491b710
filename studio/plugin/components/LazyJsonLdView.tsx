import { Box, Text } from '@sanity/ui'
import { Suspense, lazy, type ComponentProps } from 'react'
import { useStudioLanguage } from '../../../schemas/lib/studioLanguage.ts'
import { studioMessages } from '../../../scripts/core/messages/studioMessages.ts'
import type { JsonLdView } from './JsonLdView.tsx'

// The view brings the build's code (zod model, sanitize-html, the schema.org vocabulary):
// loaded when an editor first opens the tab, not with the Studio.
const View = lazy(() => import('./JsonLdView.tsx').then((module) => ({ default: module.JsonLdView })))

/**
 * The JSON-LD view, loaded on first use.
 * @param props the view props Sanity's structure passes
 * @returns the view, or "Laden…" ("Loading…") while its code loads
 */
export function LazyJsonLdView(props: ComponentProps<typeof JsonLdView>) {
  const language = useStudioLanguage()
  return (
    <Suspense
      fallback={
        <Box padding={4}>
          <Text size={1} muted>
            {studioMessages['view.loading'][language]({})}
          </Text>
        </Box>
      }
    >
      <View {...props} />
    </Suspense>
  )
}
