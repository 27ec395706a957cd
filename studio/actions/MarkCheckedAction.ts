import { todayInUk } from '@findpeersupport/content-model/rules'
import { useEffect, useState } from 'react'
import {
  useCurrentUser,
  useDocumentOperation,
  useDocumentPairPermissions,
  useSchema,
  useValidationStatus,
  type DocumentActionComponent,
} from 'sanity'
import { earlierSlugsPatch } from './earlierSlugs'
import { checkedPatch, markCheckedState } from './markChecked'

/**
 * How long to wait for a publish to show. A publish that fails leaves the published revision as it
 * was; after this the button can be pressed again, as Sanity's own Publish button allows after 4 s.
 */
const PUBLISH_WAIT_MS = 10_000

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
  // The same check as Sanity's own Publish button: a Contributor can edit but not publish.
  const [permission, permissionLoading] = useDocumentPairPermissions({ id, type, permission: 'publish' })
  // The published revision when the button was pressed: publishing until a new one arrives.
  const [pressedAt, setPressedAt] = useState<string | null>()
  const publishing = pressedAt !== undefined && pressedAt === (published?._rev ?? null)
  useEffect(() => {
    if (!publishing) return
    const timer = setTimeout(() => {
      setPressedAt(undefined)
    }, PUBLISH_WAIT_MS)
    return () => {
      clearTimeout(timer)
    }
  }, [publishing])

  const today = todayInUk()
  const lastChecked: unknown = published?.['lastChecked']
  const state = markCheckedState({
    ready: ready && !permissionLoading && patch.disabled !== 'NOT_READY' && publish.disabled !== 'NOT_READY',
    canPublish: permission?.granted ?? false,
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
      // A new web address is published too, so its old one is kept as Publish would keep it.
      patch.execute([...earlierSlugsPatch(draft, published), ...checkedPatch(today, user)])
      publish.execute()
    },
  }
}
MarkCheckedAction.displayName = 'MarkCheckedAction'
