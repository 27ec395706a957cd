/*
 * Pages of one thing that list what belongs to it (an organisation's groups, a college's courses)
 * would each walk the whole directory: at national scale that is thousands of pages times tens of
 * thousands of listings. Each list is grouped once instead, the first time a page asks.
 */

type Groups<T> = Map<string, T[]>
const groupings = new WeakMap<readonly object[], Map<PropertyKey, Groups<object>>>()

/** The entries of `list` whose `key` field is `id`, in the list's order. */
export function entriesWhere<T extends object, K extends keyof T>(
  list: readonly T[],
  key: K,
  id: T[K] & string,
): T[] {
  let byKey = groupings.get(list)
  if (!byKey) {
    byKey = new Map<PropertyKey, Groups<object>>()
    groupings.set(list, byKey)
  }
  let groups = byKey.get(key) as Groups<T> | undefined
  if (!groups) {
    groups = new Map()
    for (const entry of list) {
      const value = entry[key]
      if (typeof value !== 'string') continue
      const group = groups.get(value)
      if (group) group.push(entry)
      else groups.set(value, [entry])
    }
    byKey.set(key, groups)
  }
  return groups.get(id) ?? []
}
