import { Badge, Box, Button, Card, Flex, Heading, Stack, Text } from '@sanity/ui'
import { Code } from '@sanity/ui/code'
import { useState, type ComponentProps } from 'react'
import { getPublishedId, pathToString } from 'sanity'
import { IntentLink } from 'sanity/router'
import { useDocumentPane, usePaneRouter, type UserViewComponent } from 'sanity/structure'
import { useStudioLanguage } from '../../../schemas/lib/studioLanguage.ts'
import { toKeyedPath } from '../../../schemas/lib/toKeyedPath.ts'
import { serializeJsonLd } from '../../../scripts/core/html/serializeJsonLd.ts'
import type { Issue, Severity } from '../../../scripts/core/issue.ts'
import { formatIssue } from '../../../scripts/core/catalogue/formatIssue.ts'
import { studioMessages, type StudioMessageId } from '../../../scripts/core/messages/studioMessages.ts'
import type { Language } from '../../../scripts/core/messages/wording.ts'
import { defaultTypeNames, documentTypes, studioTypeName, type DocumentTypeNames } from '../../../scripts/core/model/documentTypes.ts'
import { documentDeclarations } from '../../../scripts/core/model/index.ts'
import { toDotPath } from '../../../scripts/core/toDotPath.ts'
import { sortIssues } from '../../../scripts/core/formatReport.ts'
import { describeGoogleResults } from './describeGoogleResults.ts'
import { describePreview } from './describePreview.ts'
import { isJsonLdPath } from './isJsonLdPath.ts'
import { useJsonLdPreview, type PageResult } from './useJsonLdPreview.ts'
import type { ResolvedJobldOptions } from '../options.ts'

/** Options of the view, set in the structure: the plugin's resolved base URL, type names and pay transparency dates. */
export type JsonLdViewOptions = Partial<Pick<ResolvedJobldOptions, 'baseUrl' | 'names' | 'payTransparency' | 'fieldLanguages'>>

type JsonLdViewProps = ComponentProps<UserViewComponent<JsonLdViewOptions>>

const severityLabel: Record<Severity, { text: StudioMessageId; tone: 'critical' | 'caution' | 'primary' }> = {
  error: { text: 'severity.error', tone: 'critical' },
  warning: { text: 'severity.warning', tone: 'caution' },
  notice: { text: 'severity.notice', tone: 'primary' },
}

/** What the view needs everywhere: the Studio's language and its names of jobld's types. */
interface ViewContext {
  language: Language
  names: DocumentTypeNames
}

const say = (context: ViewContext, id: StudioMessageId, params = {}) => studioMessages[id][context.language](params)

/** The title of one of jobld's types in the Studio's language; other types by name. */
function typeLabel(type: string, language: Language): string {
  const key = documentTypes.find((t) => t === type)
  return key ? documentDeclarations[key].words[language].title : type
}

/** The dotted path of an issue: a button to the field when it is in this form, a link to another document's field, or text. */
function IssuePath({ issue, currentId, displayed, context }: { issue: Issue; currentId: string; displayed: unknown; context: ViewContext }) {
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
    return <Button mode="bleed" padding={1} fontSize={1} text={label} onClick={open} data-testid="jsonld-issue-path" title={say(context, 'view.to_field')} />
  }
  return (
    <Text size={1} weight="semibold">
      <IntentLink intent="edit" params={{ id: issue.docId, type: studioTypeName(issue.docType, context.names), path: pathToString([...issue.path]) }}>
        <code>{label}</code>
      </IntentLink>
    </Text>
  )
}

function IssueList({ issues, currentId, displayed, context }: { issues: Issue[]; currentId: string; displayed: unknown; context: ViewContext }) {
  if (issues.length === 0) {
    return (
      <Text size={1} muted>
        {say(context, 'view.no_issues')}
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
            {studioTypeName(group[0]?.docType ?? '', context.names)} → {docId}
          </Text>
          {group.map((issue, i) => (
            <Flex key={`${issue.code}-${i}`} gap={2} align="flex-start" data-testid="jsonld-issue" data-code={issue.code}>
              <Badge tone={severityLabel[issue.severity].tone} fontSize={0}>
                {say(context, severityLabel[issue.severity].text)}
              </Badge>
              <Box flex="none">
                <IssuePath issue={issue} currentId={currentId} displayed={displayed} context={context} />
              </Box>
              <Box flex={1}>
                <Text size={1} data-testid="jsonld-issue-message">
                  {formatIssue(issue, context.language)}
                </Text>
              </Box>
            </Flex>
          ))}
        </Stack>
      ))}
    </Stack>
  )
}

function PageSection({
  result,
  currentId,
  ownPage,
  displayed,
  context,
}: {
  result: PageResult
  currentId: string
  ownPage: boolean
  displayed: unknown
  context: ViewContext
}) {
  const { preview } = result
  const status = describePreview(preview, context.language)
  const json = preview.page ? serializeJsonLd(preview.page.graph) : undefined
  const google = describeGoogleResults(preview.page?.types ?? [], context.language)
  return (
    <Stack gap={4} data-testid="jsonld-page" data-target={result.targetId}>
      {!ownPage && (
        <Heading as="h3" size={1}>
          {say(context, 'view.page_of', { type: typeLabel(result.targetType, context.language), id: result.targetId })}
        </Heading>
      )}
      <Card padding={3} radius={2} tone={status.tone} border data-testid="jsonld-status">
        <Text size={1}>{status.text}</Text>
      </Card>
      {google.length > 0 && (
        <Card padding={3} radius={2} tone="transparent" border data-testid="jsonld-google">
          <Stack gap={2}>
            {google.map((line) => (
              <Text size={1} key={line}>
                {line}
              </Text>
            ))}
          </Stack>
        </Card>
      )}
      {result.salary && (
        <Stack gap={3}>
          <Heading as="h4" size={0}>
            {say(context, 'view.salary')}
          </Heading>
          <Card padding={3} radius={2} tone={result.salary.tone} border data-testid="jsonld-salary">
            <Text size={1}>{result.salary.text}</Text>
          </Card>
        </Stack>
      )}
      <Stack gap={3}>
        <Heading as="h4" size={0}>
          {say(context, 'view.issues')}
        </Heading>
        <IssueList issues={preview.issues} currentId={currentId} displayed={displayed} context={context} />
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
 * as it is being edited (draft included), made by the build's own code from the documents it
 * references as the selected perspective shows them (and saying which), with the build's errors and warnings for it, in the Studio's language.
 * @param props the view props Sanity's structure passes
 * @returns the view
 */
export function JsonLdView(props: JsonLdViewProps) {
  const { document, documentId, schemaType, options } = props
  const [reloadKey, setReloadKey] = useState(0)
  const language = useStudioLanguage()
  const names = options?.names ?? defaultTypeNames
  const state = useJsonLdPreview(document.displayed, documentId, schemaType.name, { baseUrl: options?.baseUrl, names, payTransparency: options?.payTransparency, fieldLanguages: options?.fieldLanguages }, language, reloadKey)
  const currentId = getPublishedId(documentId)
  const context: ViewContext = { language, names }
  return (
    <Box padding={4} data-testid="jsonld-view">
      <Stack gap={5}>
        <Flex align="center" gap={3}>
          <Box flex={1}>
            <Text size={1} muted>
              {say(context, 'view.intro')}
            </Text>
          </Box>
          <Button mode="ghost" fontSize={1} text={say(context, 'view.reload')} onClick={() => setReloadKey((n) => n + 1)} />
        </Flex>
        <Card padding={3} radius={2} tone="primary" border data-testid="jsonld-perspective">
          <Text size={1}>{state.perspective}</Text>
        </Card>
        {state.status === 'loading' && (
          <Text size={1} muted>
            {say(context, 'view.loading')}
          </Text>
        )}
        {state.status === 'error' && (
          <Card padding={3} radius={2} tone="critical" border>
            <Text size={1}>{say(context, 'view.fetch_failed', { message: state.message })}</Text>
          </Card>
        )}
        {state.status === 'ready' && state.results.length === 0 && (
          <Card padding={3} radius={2} tone="caution" border data-testid="jsonld-status">
            <Text size={1}>{say(context, 'view.no_page')}</Text>
          </Card>
        )}
        {state.status === 'ready' &&
          state.results.map((result) => (
            <PageSection
              key={result.targetId}
              result={result}
              currentId={currentId}
              ownPage={result.targetId === currentId}
              displayed={document.displayed}
              context={context}
            />
          ))}
      </Stack>
    </Box>
  )
}
