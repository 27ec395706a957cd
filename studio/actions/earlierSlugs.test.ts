import type { DocumentActionComponent, DocumentActionDescription, DocumentActionProps } from 'sanity'
import { describe, expect, test, vi } from 'vitest'
import { earlierSlugsPatch, keepingEarlierSlugs, withEarlierSlugs } from './earlierSlugs'

// The Studio's document store, reduced to the patch the wrapper sends.
const patchExecute = vi.hoisted(() => vi.fn())
vi.mock('sanity', () => ({ useDocumentOperation: () => ({ patch: { execute: patchExecute } }) }))

const at = (current: string, previousSlugs?: string[]) => ({
  slug: { _type: 'slug', current },
  ...(previousSlugs ? { previousSlugs } : {}),
})

describe('earlierSlugsPatch: what publishing keeps', () => {
  test('a new web address keeps the published one', () => {
    expect(earlierSlugsPatch(at('york-peer-cafe'), at('peer-cafe'))).toEqual([
      { set: { previousSlugs: ['peer-cafe'] } },
    ])
  })

  test('a second change keeps every earlier address, oldest first', () => {
    expect(earlierSlugsPatch(at('third', ['first']), at('second', ['first']))).toEqual([
      { set: { previousSlugs: ['first', 'second'] } },
    ])
  })

  test('going back to an earlier address takes it out of the earlier ones', () => {
    expect(earlierSlugsPatch(at('first', ['first']), at('second', ['first']))).toEqual([
      { set: { previousSlugs: ['second'] } },
    ])
  })

  test('nothing to write when the address is unchanged or the listing was never published', () => {
    expect(earlierSlugsPatch(at('same', ['old']), at('same', ['old']))).toEqual([])
    expect(earlierSlugsPatch(at('brand-new'), null)).toEqual([])
    expect(earlierSlugsPatch(null, at('published'))).toEqual([])
    // An address being typed is left alone: the Studio will not publish without one anyway.
    expect(earlierSlugsPatch({ slug: { current: '' } }, at('published'))).toEqual([])
  })
})

describe('keepingEarlierSlugs: Publish, keeping the old address first', () => {
  const props = (draft: unknown, published: unknown) =>
    ({ id: 'peer-cafe', type: 'service', draft, published }) as unknown as DocumentActionProps

  test('patches the draft, then publishes, when the address changed', () => {
    const order: string[] = []
    patchExecute.mockImplementation(() => order.push('patch'))
    const publish = Object.assign(
      (): DocumentActionDescription => ({ label: 'Publish', onHandle: () => order.push('publish') }),
      { action: 'publish' as const },
    )
    const description = keepingEarlierSlugs(publish)(props(at('new'), at('old')))
    expect(description?.label).toBe('Publish')
    description?.onHandle?.()
    expect(order).toEqual(['patch', 'publish'])
    expect(patchExecute).toHaveBeenLastCalledWith([{ set: { previousSlugs: ['old'] } }])
  })

  test('only publishes when the address is the same', () => {
    patchExecute.mockClear()
    const onHandle = vi.fn()
    const publish: DocumentActionComponent = () => ({ label: 'Publish', onHandle })
    keepingEarlierSlugs(publish)(props(at('same'), at('same')))?.onHandle?.()
    expect(onHandle).toHaveBeenCalledOnce()
    expect(patchExecute).not.toHaveBeenCalled()
  })

  test('wraps Publish on listings and organisations only, and keeps its place and name', () => {
    const publish: DocumentActionComponent = Object.assign(() => null, { action: 'publish' as const })
    const remove: DocumentActionComponent = Object.assign(() => null, { action: 'delete' as const })
    const wrapped = withEarlierSlugs([publish, remove], { schemaType: 'organisation' })
    expect(wrapped[0]).not.toBe(publish)
    expect(wrapped.map(({ action }) => action)).toEqual(['publish', 'delete'])
    expect(wrapped[1]).toBe(remove)
    expect(withEarlierSlugs([publish, remove], { schemaType: 'venue' })).toEqual([publish, remove])
  })
})
