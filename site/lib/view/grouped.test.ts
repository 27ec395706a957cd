import { describe, expect, test } from 'vitest'
import { entriesWhere } from './grouped'

describe('entriesWhere', () => {
  const listings = [
    { _id: 'a', organisation: 'mind', college: undefined as string | undefined },
    { _id: 'b', organisation: 'nsun', college: 'rc' },
    { _id: 'c', organisation: 'mind', college: 'rc' },
  ]

  test('gives the entries whose field is the id, in the list order', () => {
    expect(entriesWhere(listings, 'organisation', 'mind').map((entry) => entry._id)).toEqual(['a', 'c'])
    expect(entriesWhere(listings, 'college', 'rc').map((entry) => entry._id)).toEqual(['b', 'c'])
  })

  test('gives nothing for an id no entry has, or an entry without the field', () => {
    expect(entriesWhere(listings, 'organisation', 'none')).toEqual([])
    expect(entriesWhere(listings, 'college', 'undefined')).toEqual([])
  })

  test('groups each list on its own', () => {
    const other = [{ _id: 'd', organisation: 'mind' }]
    expect(entriesWhere(other, 'organisation', 'mind').map((entry) => entry._id)).toEqual(['d'])
    expect(entriesWhere(listings, 'organisation', 'mind')).toHaveLength(2)
  })
})
