import { todayInUk } from '@findpeersupport/content-model/rules'
import { useState } from 'react'
import {
  useCurrentUser,
  useDocumentOperation,
  useSchema,
  useValidationStatus,
  type DocumentActionComponent,
} from 'sanity'
import { checkedPatch, markCheckedState } from './markChecked'

/**
 * "Mark as checked today": records today's date and who checked, then publishes, the way Sanity's
 * docs build a custom publish action (patch, then publish). The decisions are in `markChecked.ts`.
 */
export const MarkCheckedAction: DocumentActionComponent = ({ id, type, draft, published, ready }) => {
  const { patch, publish } = useDocumentOperation(id, type)
  // Validate what would be published: the draft when there is one, else the published listing.
  const validation = useValidationStatus(draft?._id ?? id, type, true)
  const user = useCurrentUser()
  const schemaType = useSchema().get(type)
  // The published revision when the button was pressed: publishing until a new one arrives.
  const [pressedAt, setPressedAt] = useState<string | null>()
  const publishing = pressedAt !== undefined && pressedAt === (published?._rev ?? null)

  const today = todayInUk()
  const lastChecked: unknown = published?.['lastChecked']
  const state = markCheckedState({
    ready: ready && patch.disabled !== 'NOT_READY' && publish.disabled !== 'NOT_READY',
    // A result for an older revision is still being replaced: wait for the latest.
    isValidating: validation.isValidating || validation.revision !== (draft ?? published)?._rev,
    problems: validation.validation,
    fields:
      schemaType && 'fields' in schemaType
        ? schemaType.fields.map(({ name, type }) => ({ name, title: type.title }))
        : [],
    publishedLastChecked: typeof lastChecked === 'string' ? lastChecked : undefined,
    today,
    hasDraft: draft !== null,
  })

  return {
    label: publishing ? 'Publishing…' : 'Mark as checked today',
    tone: 'positive',
    disabled: state.disabled || publishing,
    title: publishing ? undefined : state.title,
    onHandle: () => {
      setPressedAt(published?._rev ?? null)
      patch.execute(checkedPatch(today, user))
      publish.execute()
    },
  }
}
MarkCheckedAction.displayName = 'MarkCheckedAction'
