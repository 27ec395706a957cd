import type { DocumentActionComponent } from 'sanity'
import { useDocumentOperation } from 'sanity'

/*
 * A page's web address can change with its name; links to the old one are on leaflets, in
 * calendars and in people's messages. So publishing a new address keeps the old one in
 * "Earlier web addresses", and the site sends anyone who follows it on to the page.
 */

/** The document types whose pages keep their earlier web addresses. */
export const lastingSlugTypes: ReadonlySet<string> = new Set([
  'service',
  'course',
  'opportunity',
  'organisation',
])

/** A patch in the shape `useDocumentOperation().patch.execute` takes. */
export type EarlierSlugsPatch = { set: { previousSlugs: string[] } }

const slugOf = (document: unknown): string | undefined => {
  const slug = (document as { slug?: { current?: unknown } } | null | undefined)?.slug?.current
  return typeof slug === 'string' && slug !== '' ? slug : undefined
}

const earlierOf = (document: unknown): string[] => {
  const earlier = (document as { previousSlugs?: unknown } | null | undefined)?.previousSlugs
  return Array.isArray(earlier) ? earlier.filter((slug): slug is string => typeof slug === 'string') : []
}

/**
 * What publishing `draft` over `published` must write so no address is lost: the published address
 * added to the earlier ones when the draft changes it, and the new address taken out of them when
 * it goes back to an earlier one. Nothing when there is nothing to keep.
 */
export function earlierSlugsPatch(draft: unknown, published: unknown): EarlierSlugsPatch[] {
  const next = slugOf(draft)
  if (next === undefined) return []
  const before = earlierOf(draft)
  const current = slugOf(published)
  const kept = [...new Set([...before, ...(current === undefined ? [] : [current])])].filter(
    (slug) => slug !== next,
  )
  const unchanged = kept.length === before.length && kept.every((slug, index) => slug === before[index])
  return unchanged ? [] : [{ set: { previousSlugs: kept } }]
}

/**
 * Sanity's Publish action, keeping the earlier web address first: the documented way to add a
 * step to a built-in action is to wrap it and run the step before its own `onHandle`.
 */
export function keepingEarlierSlugs(publishAction: DocumentActionComponent): DocumentActionComponent {
  const KeepingEarlierSlugs: DocumentActionComponent = (props) => {
    const { patch } = useDocumentOperation(props.id, props.type)
    const description = publishAction(props)
    if (!description?.onHandle) return description
    const { onHandle } = description
    return {
      ...description,
      onHandle: () => {
        const patches = earlierSlugsPatch(props.draft, props.published)
        if (patches.length > 0) patch.execute(patches)
        onHandle()
      },
    }
  }
  return Object.assign(KeepingEarlierSlugs, {
    action: publishAction.action,
    displayName: `KeepingEarlierSlugs(${publishAction.displayName ?? 'PublishAction'})`,
  })
}

/** The document actions with Publish keeping earlier web addresses, on the types that keep them. */
export function withEarlierSlugs(
  actions: DocumentActionComponent[],
  { schemaType }: { schemaType: string },
): DocumentActionComponent[] {
  if (!lastingSlugTypes.has(schemaType)) return actions
  return actions.map((action) => (action.action === 'publish' ? keepingEarlierSlugs(action) : action))
}
