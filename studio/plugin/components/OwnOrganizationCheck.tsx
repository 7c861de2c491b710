import { useMemo } from 'react'
import { useSchema, type LayoutProps } from 'sanity'
import { ownOrganizationProblems } from '../ownOrganizationProblems.ts'
import { LanguageSync } from './LanguageSync.tsx'

/**
 * The Studio's layout when it brings its own organisation type: it stops the Studio, with what is
 * missing, when the export could not read that type, instead of letting editors fill documents the
 * first export refuses.
 * @param typeName the Studio's own organisation type (`organizationType`)
 * @returns the layout component
 */
export function ownOrganizationCheck(typeName: string) {
  return function OwnOrganizationCheck(props: LayoutProps) {
    const schema = useSchema()
    const problems = useMemo(() => ownOrganizationProblems(schema, typeName), [schema])
    // Thrown while rendering, so the Studio shows it on its error screen before any tool opens.
    if (problems.length > 0) throw new Error(`jobld: the Studio's own organisation type "${typeName}" cannot be exported.\n${problems.join('\n')}`)
    return <LanguageSync {...props} />
  }
}
