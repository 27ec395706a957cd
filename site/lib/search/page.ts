import type { DirectoryIndex } from '../directory'
import { sortedByName } from '../byName'
import { urls } from '../urls'
import { searchFacets, type ListingEntry } from './facets'
import { filterGroups, type FilterGroup } from './filters'
import type { PeoplesWords } from './interpret'
import { peoplesWordsOf } from './peoplesWords'

/** What the search page needs: the filters worth offering, people's words, and browse routes for when search cannot run. */
export interface SearchPageModel {
  groups: FilterGroup[]
  words: PeoplesWords
  browse: { areas: Array<{ name: string; href: string }>; topics: Array<{ name: string; href: string }> }
}

type Directory = Pick<
  DirectoryIndex,
  | 'services'
  | 'courses'
  | 'opportunities'
  | 'organisations'
  | 'venues'
  | 'areas'
  | 'topics'
  | 'venue'
  | 'area'
  | 'topic'
>

/** Every listing in the directory, typed. */
export function allListings(directory: Directory): ListingEntry[] {
  return [
    ...directory.services.map((entry) => ({ type: 'service' as const, entry })),
    ...directory.courses.map((entry) => ({ type: 'course' as const, entry })),
    ...directory.opportunities.map((entry) => ({ type: 'opportunity' as const, entry })),
    ...directory.organisations.map((entry) => ({ type: 'organisation' as const, entry })),
  ]
}

/** The search page's view-model. Filter options no listing has are left out: a tick that can only find nothing helps nobody. */
export function searchPageModel(directory: Directory, now: Date): SearchPageModel {
  const used = new Set(
    allListings(directory).flatMap((listing) =>
      searchFacets(listing, directory, now).filters.map(([key, label]) => `${key}:${label}`),
    ),
  )
  const groups = filterGroups(directory.areas, directory.topics)
    .map((group) => ({
      ...group,
      options: group.options.filter((option) => used.has(`${group.key}:${option.label}`)),
    }))
    .filter((group) => group.options.length > 0)
  return {
    groups,
    words: peoplesWordsOf(directory),
    browse: {
      areas: sortedByName(directory.areas).map((area) => ({ name: area.name, href: urls.area(area.slug) })),
      topics: sortedByName(directory.topics).map((topic) => ({
        name: topic.name,
        href: urls.topic(topic.slug),
      })),
    },
  }
}
