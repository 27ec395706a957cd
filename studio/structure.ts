import { createElement } from 'react'
import type { StructureBuilder, StructureResolver, StructureResolverContext } from 'sanity/structure'
import { serviceKinds } from '@findpeersupport/content-model/vocabulary'
import { apiVersion } from '../site/lib/content/apiVersion'
import {
  areaListingsFilter,
  byName,
  closedOrPausedFilter,
  closedOrPausedParams,
  collegeTermCoursesFilter,
  collegeTermsQuery,
  dueForCheckFilter,
  dueForCheckOrdering,
  dueForCheckParams,
  myListingsFilter,
  myListingsParams,
  myOrganisationIdsParams,
  myOrganisationIdsQuery,
  recoveryCollegesFilter,
  serviceKindFilter,
  uniqueTerms,
} from '../site/lib/content/studioQueries'

/*
 * The Studio's sidebar: the lists partners work from first (their own listings, what is due for a
 * check), then listings by kind, area and college, then every document of each type, then settings.
 * Each list's filter lives in site/lib/content/studioQueries.ts, where it is tested against the sample.
 */

/** Shown instead of "My organisation’s listings" when the Studio does not know who is signed in. */
const noEmailMessage =
  'We cannot show your organisation’s listings because your Studio account has no email address. ' +
  'Sign in with an account that has an email address, and ask a directory editor to add that address ' +
  'to your organisation’s “Editors” tab.'

const NoEmail = () => createElement('p', { style: { padding: '1.25rem', maxWidth: '32rem' } }, noEmailMessage)

function myListings(S: StructureBuilder, context: StructureResolverContext) {
  const title = 'My organisation’s listings'
  const item = S.listItem().id('my-listings').title(title)
  const email = context.currentUser?.email
  if (!email) return item.child(S.component(NoEmail).id('no-email').title(title))
  const client = context.getClient({ apiVersion })
  // Two steps, because a list's filter cannot follow a reference and still update live: find the
  // organisations each time the list opens, then filter listings on their own references to them.
  return item.child(async () => {
    const organisationIds = await client.fetch(myOrganisationIdsQuery, myOrganisationIdsParams(email))
    return S.documentList()
      .apiVersion(apiVersion)
      .title(title)
      .filter(myListingsFilter)
      .params(myListingsParams(organisationIds))
      .defaultOrdering([...byName])
  })
}

function dueForCheck(S: StructureBuilder) {
  return S.listItem()
    .id('due-for-check')
    .title('Due for a check')
    .child(() =>
      // Worked out each time the list opens, so a Studio left open overnight stays right.
      S.documentList()
        .apiVersion(apiVersion)
        .title('Due for a check (oldest first)')
        .filter(dueForCheckFilter)
        .params(dueForCheckParams(new Date()))
        .defaultOrdering([...dueForCheckOrdering]),
    )
}

function closedOrPaused(S: StructureBuilder) {
  return S.listItem()
    .id('closed-or-paused')
    .title('Closed or paused')
    .child(
      S.documentList()
        .apiVersion(apiVersion)
        .title('Closed or paused')
        .filter(closedOrPausedFilter)
        .params(closedOrPausedParams)
        .defaultOrdering([...byName]),
    )
}

function byKind(S: StructureBuilder) {
  const kindItems = serviceKinds.map(({ value, title }) =>
    S.listItem()
      .id(`service-${value}`)
      .title(title)
      .schemaType('service')
      .child(
        S.documentList()
          .apiVersion(apiVersion)
          .title(title)
          .schemaType('service')
          .filter(serviceKindFilter)
          .params({ kind: value })
          .defaultOrdering([...byName]),
      ),
  )
  return S.listItem()
    .id('by-kind')
    .title('Listings by kind')
    .child(
      S.list()
        .title('Listings by kind')
        .items([
          ...kindItems,
          S.divider(),
          S.documentTypeListItem('course').title('Recovery college courses'),
          S.documentTypeListItem('opportunity').title('Ways to get involved'),
        ]),
    )
}

function byArea(S: StructureBuilder) {
  return S.listItem()
    .id('by-area')
    .title('Listings by area')
    .child(
      S.documentTypeList('area')
        .title('Listings by area')
        .child((areaId) =>
          S.documentList()
            .apiVersion(apiVersion)
            .title('Listings in this area')
            .filter(areaListingsFilter)
            .params({ areaId })
            .defaultOrdering([...byName]),
        ),
    )
}

/**
 * A term's item id. Sanity rejects ids with characters like "/" or "’", and terms may differ only
 * in case, so anything else becomes "-" and the term's place in the list keeps each id unique.
 */
export const termItemId = (term: string, index: number) =>
  `term-${index}-${term.toLowerCase().replace(/[^a-z0-9_.-]+/g, '-')}`

function recoveryColleges(S: StructureBuilder, context: StructureResolverContext) {
  const client = context.getClient({ apiVersion })
  return S.listItem()
    .id('recovery-colleges')
    .title('Recovery colleges')
    .child(
      S.documentList()
        .apiVersion(apiVersion)
        .title('Recovery colleges')
        .schemaType('organisation')
        .filter(recoveryCollegesFilter)
        .defaultOrdering([...byName])
        .child(async (collegeId) => {
          const terms = uniqueTerms(await client.fetch(collegeTermsQuery, { collegeId }))
          return S.list()
            .title('Courses by term')
            .items(
              terms.map((term, index) =>
                S.listItem()
                  .id(termItemId(term, index))
                  .title(term)
                  .schemaType('course')
                  .child(
                    S.documentList()
                      .apiVersion(apiVersion)
                      .title(term)
                      .schemaType('course')
                      .filter(collegeTermCoursesFilter)
                      .params({ collegeId, term })
                      .defaultOrdering([...byName]),
                  ),
              ),
            )
        }),
    )
}

/** The Studio's sidebar. */
export const structure: StructureResolver = (S, context) =>
  S.list()
    .title('Directory')
    .items([
      myListings(S, context),
      dueForCheck(S),
      closedOrPaused(S),
      S.divider(),
      byKind(S),
      byArea(S),
      recoveryColleges(S, context),
      S.divider(),
      S.documentTypeListItem('service').title('Services'),
      S.documentTypeListItem('course').title('Courses'),
      S.documentTypeListItem('opportunity').title('Get involved'),
      S.divider(),
      S.documentTypeListItem('organisation').title('Organisations'),
      S.documentTypeListItem('venue').title('Venues'),
      S.documentTypeListItem('area').title('Areas'),
      S.documentTypeListItem('topic').title('Topics'),
      S.divider(),
      S.documentTypeListItem('page').title('Pages'),
      S.listItem()
        .title('Site settings')
        .id('siteSettings')
        .child(S.document().schemaType('siteSettings').documentId('siteSettings')),
    ])
