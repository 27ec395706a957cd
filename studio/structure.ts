import type { StructureResolver } from 'sanity/structure'

/** The Studio's sidebar: listings first, then the things they point at, then settings. */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Directory')
    .items([
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
