import type { ReactElement } from 'react'
import { localizedLists, type OptionListId } from '../../scripts/core/model/optionLists.ts'
import type { Words } from '../../scripts/core/model/declare/types.ts'
import { useStudioLanguage } from './studioLanguage.ts'

/** What a field component is given and passes on: Sanity's own field props, whatever the field's type. */
export interface TitledFieldProps<P> {
  title?: string | undefined
  description?: string | undefined
  renderDefault: (props: P) => ReactElement
}

/** A field component for any field type: Sanity's field props in, the default field with other words out. */
export type LocalizedField = (<P extends TitledFieldProps<P>>(props: P) => ReactElement) & { displayName?: string }

const made = new Map<string, LocalizedField>()

/** The field component that shows one field's title and description in the Studio's language. */
function fieldComponent(id: string, wording: Words): LocalizedField {
  const known = made.get(id)
  if (known) return known
  const LocalizedField: LocalizedField = (props) => {
    const words = wording[useStudioLanguage()]
    return props.renderDefault({ ...props, title: words.title, description: words.description ?? props.description })
  }
  LocalizedField.displayName = `JobldField(${id})`
  made.set(id, LocalizedField)
  return LocalizedField
}

/** What an input component is given and passes on: Sanity's own input props, for a field with an option list. */
export interface ListInputProps<P> {
  schemaType: { options?: object | undefined }
  renderDefault: (props: P) => ReactElement
}

/** An input component for a field with an option list (a string, or an array of strings). */
export type LocalizedInput = (<P extends ListInputProps<P>>(props: P) => ReactElement) & { displayName?: string }

const inputs = new Map<OptionListId, LocalizedInput>()

/** The input component that titles an option list's values in the Studio's language. */
function listInput(list: OptionListId): LocalizedInput {
  const known = inputs.get(list)
  if (known) return known
  const LocalizedList: LocalizedInput = (props) => {
    const options = { ...props.schemaType.options, list: localizedLists[list][useStudioLanguage()] }
    return props.renderDefault({ ...props, schemaType: { ...props.schemaType, options } })
  }
  LocalizedList.displayName = `JobldList(${list})`
  inputs.set(list, LocalizedList)
  return LocalizedList
}

/**
 * The components of a field that show its words, and the titles of its option list, in the Studio's language.
 * @param id the field's key, such as `vacancy.title` (one component per key)
 * @param words the field's title and description in Dutch and English
 * @param list the field's option list, if any
 * @returns `components` for the field's definition
 */
export function fieldComponents(id: string, words: Words, list?: OptionListId) {
  return list ? { field: fieldComponent(id, words), input: listInput(list) } : { field: fieldComponent(id, words) }
}
