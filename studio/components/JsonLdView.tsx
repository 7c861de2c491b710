import { Badge, Box, Button, Card, Flex, Heading, Stack, Text } from '@sanity/ui'
import { Code } from '@sanity/ui/code'
import { useState, type ComponentProps } from 'react'
import { getPublishedId, pathToString } from 'sanity'
import { IntentLink } from 'sanity/router'
import { useDocumentPane, usePaneRouter, type UserViewComponent } from 'sanity/structure'
import { serializeJsonLd } from '../../scripts/lib/html/serializeJsonLd.ts'
import type { Issue, Severity } from '../../scripts/lib/issue.ts'
import { toDotPath } from '../../scripts/lib/toDotPath.ts'
import { sortIssues } from '../../scripts/lib/formatReport.ts'
import { describePreview } from './describePreview.ts'
import { isJsonLdPath } from './isJsonLdPath.ts'
import { toKeyedPath } from '../../schemas/lib/toKeyedPath.ts'
import { useJsonLdPreview, type PageResult } from './useJsonLdPreview.ts'

/** Options of the view, set in the structure. */
export interface JsonLdViewOptions {
  /** Base URL of the career pages, as the build gets it (`--base-url`); without it, `urn:jobld:` ids. */
  baseUrl?: string | undefined
}

type JsonLdViewProps = ComponentProps<UserViewComponent<JsonLdViewOptions>>

const severityLabel: Record<Severity, { text: string; tone: 'critical' | 'caution' | 'primary' }> = {
  error: { text: 'Fout', tone: 'critical' },
  warning: { text: 'Waarschuwing', tone: 'caution' },
  notice: { text: 'Melding', tone: 'primary' },
}

const typeLabel: Record<string, string> = {
  jobProfile: 'Beroep',
  vacancy: 'Vacature',
  salaryTier: 'Salarisniveau',
  faqEntry: 'Veelgestelde vraag',
  organization: 'Organisatie',
}

/** The dotted path of an issue: a button to the field when it is in this form, a link to another document's field, or text. */
function IssuePath({ issue, currentId, displayed }: { issue: Issue; currentId: string; displayed: unknown }) {
  const { params, setParams } = usePaneRouter()
  const { onPathOpen, onFocus } = useDocumentPane()
  const label = toDotPath(issue.path)
  if (isJsonLdPath(issue.path) || issue.path.length === 0) {
    return (
      <Text size={1} weight="semibold">
        <code>{label}</code>
      </Text>
    )
  }
  if (issue.docId === currentId) {
    // As the Validation panel does: open the path (an array item's dialog) and focus the field;
    // then show the form, keeping the `path` pane parameter that onPathOpen sets.
    const open = () => {
      const path = toKeyedPath(displayed, issue.path)
      onPathOpen(path)
      onFocus(path)
      const { view: _view, ...rest } = params ?? {}
      setParams({ ...rest, path: pathToString(path) })
    }
    return <Button mode="bleed" padding={1} fontSize={1} text={label} onClick={open} data-testid="jsonld-issue-path" title="Naar dit veld" />
  }
  return (
    <Text size={1} weight="semibold">
      <IntentLink intent="edit" params={{ id: issue.docId, type: issue.docType, path: pathToString([...issue.path]) }}>
        <code>{label}</code>
      </IntentLink>
    </Text>
  )
}

function IssueList({ issues, currentId, displayed }: { issues: Issue[]; currentId: string; displayed: unknown }) {
  if (issues.length === 0) {
    return (
      <Text size={1} muted>
        De build heeft geen fouten of waarschuwingen voor deze pagina.
      </Text>
    )
  }
  const groups = new Map<string, Issue[]>()
  for (const issue of sortIssues(issues)) groups.set(issue.docId, [...(groups.get(issue.docId) ?? []), issue])
  return (
    <Stack gap={4} data-testid="jsonld-issues">
      {[...groups].map(([docId, group]) => (
        <Stack gap={2} key={docId}>
          <Text size={1} muted>
            {group[0]?.docType} → {docId}
          </Text>
          {group.map((issue, i) => (
            <Flex key={`${issue.code}-${i}`} gap={2} align="flex-start" data-testid="jsonld-issue" data-code={issue.code}>
              <Badge tone={severityLabel[issue.severity].tone} fontSize={0}>
                {severityLabel[issue.severity].text}
              </Badge>
              <Box flex="none">
                <IssuePath issue={issue} currentId={currentId} displayed={displayed} />
              </Box>
              <Box flex={1}>
                <Text size={1} data-testid="jsonld-issue-message">
                  {issue.message}
                </Text>
              </Box>
            </Flex>
          ))}
        </Stack>
      ))}
    </Stack>
  )
}

function PageSection({ result, currentId, ownPage, displayed }: { result: PageResult; currentId: string; ownPage: boolean; displayed: unknown }) {
  const { preview } = result
  const status = describePreview(preview)
  const json = preview.page ? serializeJsonLd(preview.page.graph) : undefined
  return (
    <Stack gap={4} data-testid="jsonld-page" data-target={result.targetId}>
      {!ownPage && (
        <Heading as="h3" size={1}>
          Pagina van {typeLabel[result.targetType] ?? result.targetType} → {result.targetId}
        </Heading>
      )}
      <Card padding={3} radius={2} tone={status.tone} border data-testid="jsonld-status">
        <Text size={1}>{status.text}</Text>
      </Card>
      {result.salary && (
        <Stack gap={3}>
          <Heading as="h4" size={0}>
            Salaris
          </Heading>
          <Card padding={3} radius={2} tone={result.salary.tone} border data-testid="jsonld-salary">
            <Text size={1}>{result.salary.text}</Text>
          </Card>
        </Stack>
      )}
      <Stack gap={3}>
        <Heading as="h4" size={0}>
          Meldingen van de build
        </Heading>
        <IssueList issues={preview.issues} currentId={currentId} displayed={displayed} />
      </Stack>
      {json !== undefined && (
        <Stack gap={3}>
          <Heading as="h4" size={0}>
            {preview.page?.path}
          </Heading>
          <Card padding={3} radius={2} tone="transparent" border overflow="auto">
            <Code size={1} data-testid="jsonld-code">
              {json}
            </Code>
          </Card>
        </Stack>
      )}
    </Stack>
  )
}

/**
 * The "JSON-LD" view beside a document's form: the graph the export writes for the document
 * as it is being edited (draft included), made by the build's own code from the published
 * documents it references, with the build's errors and warnings for it.
 * @param props the view props Sanity's structure passes
 * @returns the view
 */
export function JsonLdView(props: JsonLdViewProps) {
  const { document, documentId, schemaType, options } = props
  const [reloadKey, setReloadKey] = useState(0)
  const state = useJsonLdPreview(document.displayed, documentId, schemaType.name, options?.baseUrl, reloadKey)
  const currentId = getPublishedId(documentId)
  return (
    <Box padding={4} data-testid="jsonld-view">
      <Stack gap={5}>
        <Flex align="center" gap={3}>
          <Box flex={1}>
            <Text size={1} muted>
              Wat de export voor dit document schrijft, met de wijzigingen in dit formulier. Documenten waarnaar het verwijst, telt
              de build mee zoals ze gepubliceerd zijn.
            </Text>
          </Box>
          <Button mode="ghost" fontSize={1} text="Opnieuw laden" onClick={() => setReloadKey((n) => n + 1)} />
        </Flex>
        {state.status === 'loading' && (
          <Text size={1} muted>
            Laden…
          </Text>
        )}
        {state.status === 'error' && (
          <Card padding={3} radius={2} tone="critical" border>
            <Text size={1}>De documenten waarnaar dit document verwijst, konden niet worden geladen: {state.message}</Text>
          </Card>
        )}
        {state.status === 'ready' && state.results.length === 0 && (
          <Card padding={3} radius={2} tone="caution" border data-testid="jsonld-status">
            <Text size={1}>
              Geen pagina gebruikt dit document: de export schrijft alleen beroepen en vacatures, en geen gepubliceerd beroep of
              vacature verwijst ernaar.
            </Text>
          </Card>
        )}
        {state.status === 'ready' &&
          state.results.map((result) => (
            <PageSection key={result.targetId} result={result} currentId={currentId} ownPage={result.targetId === currentId} displayed={document.displayed} />
          ))}
      </Stack>
    </Box>
  )
}
