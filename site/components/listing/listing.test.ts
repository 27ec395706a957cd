import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { beforeAll, describe, expect, test } from 'vitest'
import { eveningGroup, onlineCommunity } from '../../../tests/fixtures/directory'
import { fixtureIndex, fixtureNow, variantOf } from '../../../tests/fixtures/index'
import { servicePage, type ServicePageView } from '../../lib/view/servicePage'
import ContactLinks from './ContactLinks.astro'
import HowToJoin from './HowToJoin.astro'
import LastChecked from './LastChecked.astro'
import ShareAndPrint from './ShareAndPrint.astro'
import StatusNotice from './StatusNotice.astro'
import WhenSection from './WhenSection.astro'
import WhereSection from './WhereSection.astro'

const site = { url: 'https://findpeersupport.example.org', updatesEmail: 'updates@example.org' }
const paused = variantOf(eveningGroup, 'paused', { status: 'paused', alert: 'No group on 24 December.' })
const closed = variantOf(eveningGroup, 'closed', { status: 'closed' })

let container: AstroContainer
const pages = new Map<string, ServicePageView>()
const page = (id: string) => {
  const found = pages.get(id)
  if (!found) throw new Error(`no page for ${id}`)
  return found
}
/** Text as a person reads it: tags dropped, spaces collapsed. */
const words = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

beforeAll(async () => {
  container = await AstroContainer.create()
  const index = await fixtureIndex([paused, closed])
  for (const service of index.services) pages.set(service._id, servicePage(service, index, fixtureNow, site))
})

describe('StatusNotice', () => {
  test('renders nothing for a running service with no alert', async () => {
    const html = await container.renderToString(StatusNotice, {
      props: { status: undefined, alert: undefined, ended: false },
    })
    expect(html.trim()).toBe('')
  })

  test('a paused service says so under a heading, links to similar groups, and shows its alert', async () => {
    const view = page(paused._id)
    const html = await container.renderToString(StatusNotice, {
      props: { status: view.status, alert: view.alert, ended: false },
    })
    expect(html).toMatch(/<h2 id="status-heading"[^>]*>\s*This group is paused for now\s*<\/h2>/)
    expect(html).toContain(
      '<a href="/services/croydon-hearing-voices-group/">Croydon Hearing Voices Group</a>',
    )
    expect(html).toMatch(/role="note"/)
    expect(words(html)).toContain('Please note: No group on 24 December.')
  })
})

describe('StatusNotice marks for the leaflet builder', () => {
  test('a paused listing’s heading is printed as a warning; a closed one’s keeps it off the leaflet', async () => {
    const render = (id: string, ended: boolean) =>
      container.renderToString(StatusNotice, {
        props: { status: page(id).status, alert: undefined, ended },
      })
    expect(await render(paused._id, false)).toMatch(
      /<h2 [^>]*data-leaflet="status"[^>]*>\s*This group is paused/,
    )
    expect(await render(closed._id, true)).toMatch(
      /<h2 [^>]*data-leaflet="ended"[^>]*>\s*This group has closed/,
    )
  })
})

describe('HowToJoin', () => {
  test('says first, before anything else, that no referral is needed', async () => {
    const view = page(eveningGroup._id)
    const html = await container.renderToString(HowToJoin, {
      props: { heading: 'How to join', noReferral: view.join.noReferral, details: view.join.howToJoin },
    })
    const text = words(html)
    expect(text.indexOf('You can go along without a referral.')).toBeLessThan(
      text.indexOf('You can just turn up.'),
    )
    expect(text.indexOf('How to join')).toBe(0)
  })

  test('says who must refer you when a referral is needed', async () => {
    const html = await container.renderToString(HowToJoin, {
      props: {
        heading: 'How to join',
        referral: 'You need a referral from your GP.',
        details: 'Ask your GP.',
      },
    })
    expect(words(html)).toContain('You need a referral from your GP.')
    expect(html).not.toContain('without a referral')
  })
})

describe('WhenSection', () => {
  test('gives the schedule as people say it, the next session and a calendar link', async () => {
    const html = await container.renderToString(WhenSection, { props: { when: page(eveningGroup._id).when } })
    expect(words(html)).toContain('Every Tuesday, 6pm to 7:30pm. Not on bank holidays.')
    expect(words(html)).toContain('Next session: Tuesday 24 November 2026, 6pm to 7:30pm')
    expect(html).toContain('href="/services/croydon-hearing-voices-group.ics"')
  })

  test('a closed service offers no calendar', async () => {
    const html = await container.renderToString(WhenSection, { props: { when: page(closed._id).when } })
    expect(html).not.toContain('.ics')
    expect(html).not.toContain('Next session')
  })
})

describe('WhereSection', () => {
  test('shows the address, access as Yes/No/Not known, transport and a map link', async () => {
    const html = await container.renderToString(WhereSection, { props: page(eveningGroup._id).where })
    const text = words(html)
    expect(text).toContain('12 High Street Croydon CR0 1AB')
    expect(text).toContain('Step-free access Yes')
    expect(text).toContain('Hearing loop No')
    expect(text).toContain('Getting there: Trams and buses stop at West Croydon')
    expect(html).toContain(
      'href="https://www.openstreetmap.org/?mlat=51.3727&amp;mlon=-0.0999#map=17/51.3727/-0.0999"',
    )
  })

  test('an online service says so and shows no address', async () => {
    const html = await container.renderToString(WhereSection, { props: page(onlineCommunity._id).where })
    expect(words(html)).toContain('Online: It happens online. Use the contact details below to join.')
    expect(html).not.toContain('openstreetmap')
  })
})

describe('LastChecked', () => {
  test('warns people to check before travelling when it was checked over a year ago', async () => {
    const html = await container.renderToString(LastChecked, {
      props: { checked: page(onlineCommunity._id).checked },
    })
    expect(words(html)).toContain('Last checked on 1 June 2025.')
    expect(words(html)).toContain('Check before you travel.')
  })

  test('gives only the date when it was checked recently', async () => {
    const html = await container.renderToString(LastChecked, {
      props: { checked: page(eveningGroup._id).checked },
    })
    expect(words(html)).toBe('Last checked on 15 October 2026.')
  })
})

describe('ContactLinks', () => {
  test('makes phone numbers tel: links and emails mailto: links', async () => {
    const html = await container.renderToString(ContactLinks, {
      props: { links: page(eveningGroup._id).contact },
    })
    expect(html).toContain('<a href="tel:02079460123">020 7946 0123</a>')
    expect(html).toContain('<a href="mailto:voices@example.org">voices@example.org</a>')
  })
})

describe('ShareAndPrint', () => {
  test('email and text links work without JavaScript; copy and print wait for it', async () => {
    const html = await container.renderToString(ShareAndPrint, {
      props: { share: page(eveningGroup._id).share },
    })
    expect(html).toMatch(/<a href="mailto:\?subject=Croydon%20Hearing%20Voices%20Group&amp;body=/)
    expect(html).toMatch(/<a href="sms:\?&amp;body=/)
    expect(html).toMatch(/<li hidden data-share-js="copy">/)
    expect(html).toMatch(/<li hidden data-share-js="print">/)
  })

  test('offers a plain "Add to a leaflet" link, which works without JavaScript, only when given one', async () => {
    const share = page(eveningGroup._id).share
    const html = await container.renderToString(ShareAndPrint, {
      props: { share, addToLeaflet: '/leaflet/?add=services/croydon-hearing-voices-group' },
    })
    expect(html).toContain(
      '<a href="/leaflet/?add=services/croydon-hearing-voices-group">Add to a leaflet</a>',
    )
    expect(await container.renderToString(ShareAndPrint, { props: { share } })).not.toContain('leaflet')
  })

  test('shows the page address and a QR code image described in words', async () => {
    const html = await container.renderToString(ShareAndPrint, {
      props: { share: page(eveningGroup._id).share },
    })
    expect(html).toContain('https://findpeersupport.example.org/services/croydon-hearing-voices-group/')
    expect(html).toMatch(
      /<img src="\/services\/croydon-hearing-voices-group\/qr\.svg" alt="QR code\. Scan it with a phone camera/,
    )
  })
})
