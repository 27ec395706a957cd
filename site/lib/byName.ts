/** A copy of `list`, A to Z by name as people in Britain sort it. */
export const sortedByName = <T extends { name: string }>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
