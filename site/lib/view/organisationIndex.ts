import { organisationKinds, titleOf } from '@findpeersupport/content-model/vocabulary'
import type { AreaData, OrganisationData } from '../content/schemas'
import { urls } from '../urls'

/** One letter of the A to Z, with the organisations whose names start with it. */
export type OrganisationLetter = {
  letter: string
  id: string
  organisations: { name: string; href: string; kind: string; areas: string[] }[]
}

/** Names that start with a digit or a symbol go together, before A. */
const otherHeading = '0–9'

/** The heading a name files under: its first letter without accents, in capitals. */
export function letterOf(name: string): string {
  const first = name
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase()
  return /[A-Z]/.test(first) ? first : otherHeading
}

/** Every organisation A to Z, grouped under the letter its name starts with. */
export function organisationsByLetter(
  organisations: readonly OrganisationData[],
  area: (id: string) => AreaData,
): OrganisationLetter[] {
  const letters: OrganisationLetter[] = []
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
  for (const organisation of sorted) {
    const letter = letterOf(organisation.name)
    const entry = {
      name: organisation.name,
      href: urls.organisation(organisation.slug),
      kind: titleOf(organisationKinds, organisation.kind),
      areas: organisation.areas.map((id) => area(id).name),
    }
    const group = letters.find((existing) => existing.letter === letter)
    if (group) group.organisations.push(entry)
    else
      letters.push({
        letter,
        id: `letter-${letter === otherHeading ? 'other' : letter.toLowerCase()}`,
        organisations: [entry],
      })
  }
  return letters
}
