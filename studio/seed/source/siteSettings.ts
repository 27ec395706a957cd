import type { SiteSettingsInput } from './types.ts'

/**
 * The crisis contacts are real and shown on every page. They are the only real numbers in
 * the sample data; check them against the services' own websites before changing them.
 */
export const siteSettings: SiteSettingsInput = {
  siteName: 'Find Peer Support',
  description:
    'Find mental health peer support near you or online: groups, peer workers, ward visitors and courses run by people who have been there.',
  crisisContacts: [
    { name: 'Emergency', number: '999', method: 'call', when: 'if a life is at risk, or go to A&E' },
    { name: 'NHS', number: '111', method: 'call', when: 'option 2, for urgent mental health help' },
    { name: 'Samaritans', number: '116 123', method: 'call', when: 'free, any time' },
    { name: 'Shout', number: '85258', method: 'text', textBody: 'SHOUT', when: 'free, any time' },
  ],
  updatesEmail: 'updates@example.org',
}
