import { weeklySessions as weekly } from './helpers.ts'
import type { ContactInput, CourseInput, IsoDate } from './types.ts'

/**
 * Recovery college courses for Autumn 2026, Spring 2027 and Summer 2027. Each college's
 * shared details (areas, contact, how to enrol) are written once; each course says what is
 * different about it. Course ids (and web addresses) are college, course and term.
 */

type CourseSpec = Omit<
  CourseInput,
  | 'id'
  | 'college'
  | 'areas'
  | 'contact'
  | 'howToEnrol'
  | 'enrolment'
  | 'status'
  | 'lastChecked'
  | 'whoFor'
  | 'cost'
  | 'peerTutor'
> & {
  slug: string
  whoFor?: string
  cost?: CourseInput['cost']
  peerTutor?: boolean
  status?: CourseInput['status']
  lastChecked?: IsoDate
}

type College = {
  id: string
  short: string
  areas: string[]
  contact: ContactInput
  howToEnrol: string
  enrolment: CourseInput['enrolment']
  enrolUrl: string
  whoFor: string
  lastChecked: IsoDate
}

function collegeCourses(college: College, specs: CourseSpec[]): CourseInput[] {
  return specs.map(({ slug, ...spec }) => {
    const term = spec.term.toLowerCase().replace(' ', '-')
    return {
      ...spec,
      id: `${college.short}-${slug}-${term}`,
      college: college.id,
      areas: college.areas,
      whoFor: spec.whoFor ?? college.whoFor,
      howToEnrol: college.howToEnrol,
      enrolment: college.enrolment,
      enrolUrl: spec.enrolUrl ?? `${college.enrolUrl}/${slug}-${term}`,
      cost: spec.cost ?? 'free',
      peerTutor: spec.peerTutor ?? true,
      contact: college.contact,
      status: spec.status ?? 'running',
      lastChecked: spec.lastChecked ?? college.lastChecked,
    }
  })
}

const zoom = 'On Zoom. We email you the link the day before each session.'

// ---------------------------------------------------------------------------------------
// SLaM Recovery College: Croydon and Lambeth

const slam: College = {
  id: 'slam-recovery-college',
  short: 'slam',
  areas: ['croydon', 'lambeth'],
  contact: {
    name: 'Recovery college office',
    phone: '020 7946 0211',
    email: 'recoverycollege-slam@example.org',
  },
  howToEnrol:
    'Enrol once as a student, online or by phone, then book the courses you want. You do not need a referral. If you would like help choosing, ask for a chat with a peer trainer.',
  enrolment: 'self-enrol',
  enrolUrl: 'https://example.org/slam-recovery-college/courses',
  whoFor: 'People who use SLaM services, their family, friends and carers, and SLaM staff',
  lastChecked: '2026-09-01',
}

const slamCourses = collegeCourses(slam, [
  {
    slug: 'understanding-anxiety',
    name: 'Understanding anxiety',
    term: 'Autumn 2026',
    summary:
      'What anxiety is, why it happens and what helps, from people who live with it and people who treat it.',
    description: [
      'Over four mornings we look at how anxiety feels in the body and the mind, what keeps it going, and small things that can help.',
      '- What happens in your body when you feel anxious',
      '- Worry, panic and avoidance',
      '- Tools to try between sessions',
    ],
    topics: ['anxiety'],
    sessions: weekly('2026-09-14', 4, '10:00', '12:30'),
    format: 'in-person',
    venue: 'croydon-friends-meeting-house',
    places: 16,
  },
  {
    slug: 'introduction-to-peer-support',
    name: 'Introduction to peer support',
    term: 'Autumn 2026',
    summary:
      'What peer support is, how it is different from other help, and how you could use your own experience to support others.',
    topics: ['recovery', 'general-wellbeing'],
    sessions: weekly('2026-09-15', 6, '13:00', '15:30'),
    format: 'blended',
    venue: 'brixton-road-community-rooms',
    onlineDetails: 'Sessions 1 and 6 are in person. Sessions 2 to 5 are on Zoom.',
    places: 14,
  },
  {
    slug: 'hearing-voices-making-sense',
    name: 'Hearing voices: making sense',
    term: 'Autumn 2026',
    summary:
      'Different ways of understanding voices and visions, and ways people have found to live well with them.',
    topics: ['hearing-voices', 'psychosis'],
    sessions: weekly('2026-10-01', 4, '10:00', '12:30'),
    format: 'in-person',
    venue: 'brixton-road-community-rooms',
    places: 12,
  },
  {
    slug: 'wrap',
    name: 'Wellness Recovery Action Planning (WRAP)',
    term: 'Autumn 2026',
    summary:
      'Write your own plan for staying well, noticing early signs and getting the support you want when things get hard.',
    topics: ['recovery'],
    sessions: weekly('2026-10-07', 6, '10:00', '12:30', ['2026-10-28']),
    format: 'online',
    onlineDetails: zoom,
    places: 15,
  },
  {
    slug: 'managing-money-and-mental-health',
    name: 'Managing money and mental health',
    term: 'Autumn 2026',
    summary:
      'How money worries and mental health affect each other, and practical steps with benefits, debt and budgeting.',
    topics: ['general-wellbeing', 'anxiety'],
    sessions: weekly('2026-11-05', 5, '13:30', '15:30'),
    format: 'in-person',
    venue: 'thornton-heath-community-hub',
    places: 16,
  },
  {
    slug: 'carers-looking-after-yourself',
    name: 'Carers: looking after yourself',
    term: 'Autumn 2026',
    summary: 'For family and friends: how to look after your own wellbeing while you support someone else.',
    whoFor: 'Family, friends and carers of someone who uses SLaM services',
    audiences: ['carers'],
    topics: ['carers'],
    sessions: weekly('2026-11-11', 4, '18:00', '20:00'),
    format: 'in-person',
    venue: 'west-norwood-library',
    places: 14,
  },
  {
    slug: 'understanding-psychosis',
    name: 'Understanding psychosis',
    term: 'Spring 2027',
    summary: 'What psychosis is, the different ways people make sense of it, and what helps recovery.',
    topics: ['psychosis', 'recovery'],
    sessions: weekly('2027-01-11', 5, '10:00', '12:30'),
    format: 'in-person',
    venue: 'brixton-road-community-rooms',
    places: 16,
  },
  {
    slug: 'tree-of-life',
    name: 'Tree of life',
    term: 'Spring 2027',
    summary:
      'Draw your own tree of life to tell your story in a way that starts from your strengths, roots and hopes.',
    topics: ['recovery', 'trauma'],
    sessions: weekly('2027-01-13', 4, '13:30', '16:00'),
    format: 'in-person',
    venue: 'thornton-heath-community-hub',
    places: 12,
  },
  {
    slug: 'mindfulness',
    name: 'Mindfulness for everyday life',
    term: 'Spring 2027',
    summary:
      'Short, gentle mindfulness practices you can use day to day, and an honest look at when mindfulness is not helpful.',
    topics: ['anxiety', 'depression', 'general-wellbeing'],
    sessions: weekly('2027-01-14', 6, '18:00', '19:30', ['2027-02-18']),
    format: 'online',
    onlineDetails: zoom,
    places: 20,
  },
  {
    slug: 'becoming-a-peer-trainer',
    name: 'Becoming a peer trainer',
    term: 'Spring 2027',
    summary:
      'For former students who would like to co-write and co-teach recovery college courses using their own lived experience.',
    whoFor: 'People with lived experience who have done at least two recovery college courses',
    topics: ['recovery'],
    sessions: weekly('2027-02-02', 6, '10:00', '15:00', ['2027-02-16']),
    format: 'blended',
    venue: 'brixton-road-community-rooms',
    onlineDetails: 'Most sessions are in person. Two are on Zoom.',
    places: 10,
  },
  {
    slug: 'understanding-anxiety',
    name: 'Understanding anxiety',
    term: 'Spring 2027',
    summary:
      'What anxiety is, why it happens and what helps. The same course as in the autumn, online this time.',
    topics: ['anxiety'],
    sessions: weekly('2027-02-26', 4, '10:00', '12:30'),
    format: 'online',
    onlineDetails: zoom,
    places: 20,
  },
  {
    slug: 'hope-and-recovery',
    name: 'Hope and recovery: an introduction',
    term: 'Spring 2027',
    summary:
      'A short course about what recovery can mean, told through the stories of the peer trainers who teach it.',
    topics: ['recovery'],
    sessions: weekly('2027-03-01', 3, '10:00', '12:00'),
    format: 'in-person',
    venue: 'croydon-friends-meeting-house',
    places: 18,
  },
  {
    slug: 'wrap',
    name: 'Wellness Recovery Action Planning (WRAP)',
    term: 'Summer 2027',
    summary: 'Write your own plan for staying well, in a small group in Croydon.',
    topics: ['recovery'],
    sessions: weekly('2027-04-20', 6, '10:00', '12:30'),
    format: 'in-person',
    venue: 'croydon-friends-meeting-house',
    places: 14,
  },
  {
    slug: 'sleep-and-wellbeing',
    name: 'Sleep and wellbeing',
    term: 'Summer 2027',
    summary:
      'Why sleep and mental health are so closely linked, and small changes that can help you sleep better.',
    topics: ['general-wellbeing'],
    sessions: weekly('2027-05-05', 3, '18:00', '19:30'),
    format: 'online',
    onlineDetails: zoom,
    places: 25,
  },
  {
    slug: 'introduction-to-peer-support',
    name: 'Introduction to peer support',
    term: 'Summer 2027',
    summary:
      'What peer support is and how you could use your own experience to support others. A good first step towards peer work.',
    topics: ['recovery'],
    sessions: weekly('2027-06-10', 6, '13:00', '15:30'),
    format: 'in-person',
    venue: 'brixton-road-community-rooms',
    places: 14,
  },
  {
    slug: 'understanding-self-harm',
    name: 'Understanding self-harm',
    term: 'Summer 2027',
    summary:
      'A careful, kind look at why people self-harm and how to support yourself or someone else, without judgement.',
    topics: ['self-harm'],
    sessions: weekly('2027-06-09', 2, '10:00', '12:30'),
    format: 'in-person',
    venue: 'west-norwood-library',
    places: 12,
  },
])

// ---------------------------------------------------------------------------------------
// Oxfordshire Recovery College

const oxfordshire: College = {
  id: 'oxfordshire-recovery-college',
  short: 'oxfordshire',
  areas: ['oxfordshire'],
  contact: { name: 'Recovery college team', phone: '07700 900121', email: 'oxrecoverycollege@example.org' },
  howToEnrol:
    'Fill in the enrolment form online, or call us and we will fill it in with you. Once you are a student you can book any course. No referral needed.',
  enrolment: 'self-enrol',
  enrolUrl: 'https://example.org/oxfordshire-recovery-college/courses',
  whoFor: 'Anyone aged 18 or over who lives in Oxfordshire, including carers and staff',
  lastChecked: '2026-09-08',
}

const oxfordshireCourses = collegeCourses(oxfordshire, [
  {
    slug: 'understanding-depression',
    name: 'Understanding depression',
    term: 'Autumn 2026',
    summary:
      'What depression is, how it affects thoughts, body and relationships, and what people have found helps.',
    topics: ['depression'],
    sessions: weekly('2026-09-16', 4, '10:00', '12:30'),
    format: 'in-person',
    venue: 'cowley-road-recovery-college-rooms',
    places: 16,
  },
  {
    slug: 'mindfulness',
    name: 'Mindfulness',
    term: 'Autumn 2026',
    summary: 'An introduction to mindfulness over five short sessions, with practices to try at home.',
    topics: ['general-wellbeing', 'anxiety'],
    sessions: weekly('2026-09-22', 5, '18:00', '19:30'),
    format: 'online',
    onlineDetails: zoom,
    places: 20,
  },
  {
    slug: 'hearing-voices-making-sense',
    name: 'Hearing voices: making sense',
    term: 'Autumn 2026',
    summary:
      'Ways of understanding voices and visions, shared by a peer tutor who hears voices and a clinical psychologist.',
    topics: ['hearing-voices'],
    sessions: weekly('2026-10-29', 5, '13:30', '16:00'),
    format: 'in-person',
    venue: 'cowley-road-recovery-college-rooms',
    places: 12,
  },
  {
    slug: 'tree-of-life',
    name: 'Tree of life',
    term: 'Autumn 2026',
    summary:
      'Tell your story through a drawing of a tree: your roots, your skills, the people who matter and your hopes.',
    topics: ['recovery'],
    sessions: weekly('2026-10-01', 3, '10:00', '12:30'),
    format: 'in-person',
    venue: 'banbury-community-church-hall',
    places: 10,
  },
  {
    slug: 'introduction-to-peer-support',
    name: 'Introduction to peer support',
    term: 'Autumn 2026',
    summary:
      'What peer support is, where it happens in Oxfordshire, and how people with lived experience become peer workers.',
    topics: ['recovery'],
    sessions: weekly('2026-11-03', 6, '10:00', '12:30'),
    format: 'blended',
    venue: 'oxford-town-hall',
    onlineDetails: 'Join in the room or on Zoom, whichever suits you each week.',
    places: 18,
  },
  {
    slug: 'understanding-bipolar',
    name: 'Understanding bipolar',
    term: 'Spring 2027',
    summary:
      'Living with the highs and lows of bipolar: spotting early signs, planning ahead and talking to the people around you.',
    topics: ['bipolar'],
    sessions: weekly('2027-01-12', 4, '10:00', '12:30'),
    format: 'in-person',
    venue: 'cowley-road-recovery-college-rooms',
    places: 14,
  },
  {
    slug: 'wrap',
    name: 'Wellness Recovery Action Planning (WRAP)',
    term: 'Spring 2027',
    summary: 'Build your own Wellness Recovery Action Plan, at your own pace, with others doing the same.',
    topics: ['recovery'],
    sessions: weekly('2027-01-20', 6, '13:30', '16:00', ['2027-02-17']),
    format: 'in-person',
    venue: 'warneford-hospital',
    places: 12,
  },
  {
    slug: 'sleep-and-wellbeing',
    name: 'Sleep and wellbeing',
    term: 'Spring 2027',
    summary: 'How sleep affects mood, and practical ideas for better nights.',
    topics: ['general-wellbeing'],
    sessions: weekly('2027-02-03', 2, '10:00', '12:00'),
    format: 'in-person',
    venue: 'abingdon-guildhall',
    places: 16,
  },
  {
    slug: 'managing-money-and-mental-health',
    name: 'Managing money and mental health',
    term: 'Spring 2027',
    summary: 'Benefits, bills and budgets: practical help from a peer tutor and a money adviser.',
    topics: ['general-wellbeing'],
    sessions: weekly('2027-02-24', 3, '18:00', '19:30'),
    format: 'online',
    onlineDetails: zoom,
    places: 25,
  },
  {
    slug: 'becoming-a-peer-support-worker',
    name: 'Becoming a peer support worker: an introduction',
    term: 'Spring 2027',
    summary:
      'What paid peer support work involves, the ImROC-based training Oxford Health offers, and how to apply.',
    description: [
      'Taught by two of Oxford Health’s peer support workers. You will hear what the job is really like, and get help to think about whether it is right for you now.',
      'See the current [peer support worker posts](https://example.org/oxford-health/peer-support-jobs).',
    ],
    topics: ['recovery'],
    sessions: weekly('2027-03-02', 3, '10:00', '13:00'),
    format: 'blended',
    venue: 'oxford-town-hall',
    onlineDetails: 'The last session is on Zoom.',
    places: 16,
  },
  {
    slug: 'carers-looking-after-yourself',
    name: 'Carers: looking after yourself',
    term: 'Summer 2027',
    summary:
      'Evening sessions for people who support someone with their mental health, to look after their own wellbeing.',
    whoFor: 'Family, friends and carers in Oxfordshire',
    audiences: ['carers'],
    topics: ['carers'],
    sessions: weekly('2027-04-21', 4, '18:00', '20:00'),
    format: 'online',
    onlineDetails: zoom,
    places: 20,
  },
  {
    slug: 'understanding-anxiety',
    name: 'Understanding anxiety',
    term: 'Summer 2027',
    summary: 'What anxiety is and what helps, in a small group in Banbury.',
    topics: ['anxiety'],
    sessions: weekly('2027-05-06', 4, '10:00', '12:30'),
    format: 'in-person',
    venue: 'banbury-community-church-hall',
    places: 12,
  },
  {
    slug: 'understanding-psychosis',
    name: 'Understanding psychosis',
    term: 'Summer 2027',
    summary:
      'Different ways of understanding psychosis, and stories of recovery from the peer tutors who teach it.',
    topics: ['psychosis'],
    sessions: weekly('2027-05-18', 5, '13:30', '16:00'),
    format: 'in-person',
    venue: 'cowley-road-recovery-college-rooms',
    places: 14,
  },
  {
    slug: 'becoming-a-peer-trainer',
    name: 'Becoming a peer trainer',
    term: 'Summer 2027',
    summary:
      'Learn to co-write and co-teach courses using your own lived experience, and join our team of peer tutors.',
    whoFor: 'Former students with lived experience of mental health problems',
    topics: ['recovery'],
    sessions: weekly('2027-06-08', 6, '10:00', '15:00'),
    format: 'in-person',
    venue: 'oxford-town-hall',
    places: 10,
  },
  {
    slug: 'living-with-trauma',
    name: 'Living with the effects of trauma',
    term: 'Summer 2027',
    summary:
      'A gentle introduction to how trauma affects us and ways people find safety and steadiness again.',
    topics: ['trauma'],
    sessions: weekly('2027-07-01', 3, '10:00', '12:00'),
    format: 'online',
    onlineDetails: zoom,
    places: 15,
    status: 'paused',
    alert: 'Bookings open in April 2027, once the new peer tutor has joined.',
  },
])

// ---------------------------------------------------------------------------------------
// Nottingham Recovery College

const nottingham: College = {
  id: 'nottingham-recovery-college',
  short: 'nottingham',
  areas: ['nottingham'],
  contact: { name: 'Student services', phone: '07700 900211', email: 'nottsrecoverycollege@example.org' },
  howToEnrol:
    'Call us or enrol online. A member of the team will talk with you about the courses you are interested in. No referral needed.',
  enrolment: 'self-enrol',
  enrolUrl: 'https://example.org/nottingham-recovery-college/courses',
  whoFor: 'Anyone aged 18 or over in Nottingham who uses mental health services, and their carers',
  lastChecked: '2026-09-15',
}

const nottinghamCourses = collegeCourses(nottingham, [
  {
    slug: 'understanding-anxiety',
    name: 'Understanding anxiety',
    term: 'Autumn 2026',
    summary: 'What anxiety is, what keeps it going, and small steps that help.',
    topics: ['anxiety'],
    sessions: weekly('2026-09-17', 4, '10:00', '12:30'),
    format: 'in-person',
    venue: 'duncan-macmillan-house',
    places: 16,
  },
  {
    slug: 'recovery-and-hope',
    name: 'Recovery and hope',
    term: 'Autumn 2026',
    summary: 'What recovery means to different people, and how hope can grow again.',
    topics: ['recovery'],
    sessions: weekly('2026-09-21', 3, '13:30', '15:30'),
    format: 'in-person',
    venue: 'nottingham-central-library',
    places: 18,
  },
  {
    slug: 'understanding-personality-disorder',
    name: 'Understanding personality disorder',
    term: 'Autumn 2026',
    summary:
      'What a personality disorder diagnosis means, the debate around it, and what helps with intense emotions.',
    topics: ['personality-disorder'],
    sessions: weekly('2026-10-27', 6, '10:00', '12:30'),
    format: 'in-person',
    venue: 'duncan-macmillan-house',
    places: 12,
  },
  {
    slug: 'coping-with-trauma',
    name: 'Coping with trauma: an introduction',
    term: 'Autumn 2026',
    summary: 'How trauma affects the mind and body, and ways to feel safer day to day.',
    topics: ['trauma'],
    sessions: weekly('2026-09-30', 4, '18:00', '19:30'),
    format: 'online',
    onlineDetails: zoom,
    places: 20,
  },
  {
    slug: 'wrap',
    name: 'Wellness Recovery Action Planning (WRAP)',
    term: 'Autumn 2026',
    summary: 'Make your own plan for staying well and for what you want to happen when things get hard.',
    topics: ['recovery'],
    sessions: weekly('2026-11-06', 6, '10:00', '12:30'),
    format: 'in-person',
    venue: 'mary-potter-centre',
    places: 12,
  },
  {
    slug: 'hearing-voices-making-sense',
    name: 'Hearing voices: making sense',
    term: 'Spring 2027',
    summary:
      'Ways of understanding and living with voices and visions, taught by a peer tutor who hears voices.',
    topics: ['hearing-voices'],
    sessions: weekly('2027-01-18', 4, '13:30', '16:00'),
    format: 'in-person',
    venue: 'duncan-macmillan-house',
    places: 12,
  },
  {
    slug: 'mindfulness',
    name: 'Mindfulness',
    term: 'Spring 2027',
    summary: 'Short mindfulness practices for everyday life, over six weeks.',
    topics: ['general-wellbeing'],
    sessions: weekly('2027-01-19', 6, '18:00', '19:30'),
    format: 'online',
    onlineDetails: zoom,
    places: 20,
  },
  {
    slug: 'sleep-and-wellbeing',
    name: 'Sleep and wellbeing',
    term: 'Spring 2027',
    summary: 'Understanding sleep, and practical ways to improve it.',
    topics: ['general-wellbeing'],
    sessions: weekly('2027-02-04', 2, '10:00', '12:00'),
    format: 'in-person',
    venue: 'nottingham-central-library',
    places: 18,
  },
  {
    slug: 'managing-money-and-mental-health',
    name: 'Managing money and mental health',
    term: 'Spring 2027',
    summary: 'Practical help with money worries, benefits and debt, with a peer tutor who has been there.',
    topics: ['general-wellbeing', 'anxiety'],
    sessions: weekly('2027-02-22', 3, '13:30', '15:30'),
    format: 'in-person',
    venue: 'mary-potter-centre',
    places: 16,
    peerTutor: false,
  },
  {
    slug: 'tree-of-life',
    name: 'Tree of life',
    term: 'Spring 2027',
    summary: 'Tell your story, starting from your strengths, through the drawing of a tree.',
    topics: ['recovery'],
    sessions: weekly('2027-03-03', 3, '10:00', '12:30'),
    format: 'in-person',
    venue: 'mary-potter-centre',
    places: 10,
    status: 'closed',
    alert: 'Cancelled this term. Tree of life runs again in the autumn.',
  },
  {
    slug: 'introduction-to-peer-support',
    name: 'Introduction to peer support',
    term: 'Spring 2027',
    summary: 'What peer support is, and the paths into volunteer and paid peer work in Nottingham.',
    topics: ['recovery'],
    sessions: weekly('2027-03-09', 4, '10:00', '12:30'),
    format: 'blended',
    venue: 'duncan-macmillan-house',
    onlineDetails: 'Join in the room or on Zoom.',
    places: 16,
  },
  {
    slug: 'carers-looking-after-yourself',
    name: 'Carers: looking after yourself',
    term: 'Summer 2027',
    summary:
      'For family, friends and carers: looking after your own wellbeing while supporting someone else.',
    whoFor: 'Family, friends and carers in Nottingham',
    audiences: ['carers'],
    topics: ['carers'],
    sessions: weekly('2027-04-22', 4, '18:00', '20:00'),
    format: 'in-person',
    venue: 'nottingham-central-library',
    places: 16,
  },
  {
    slug: 'understanding-eating-disorders',
    name: 'Understanding eating disorders',
    term: 'Summer 2027',
    summary:
      'What eating disorders are, how they affect people and families, and what recovery can look like.',
    topics: ['eating-disorders'],
    sessions: weekly('2027-05-12', 3, '13:30', '15:30'),
    format: 'online',
    onlineDetails: zoom,
    places: 20,
    peerTutor: false,
  },
  {
    slug: 'becoming-a-peer-trainer',
    name: 'Becoming a peer trainer',
    term: 'Summer 2027',
    summary:
      'Train to co-produce and co-teach recovery college courses, drawing on your own lived experience.',
    whoFor: 'Former students with lived experience of mental health problems',
    topics: ['recovery'],
    sessions: weekly('2027-06-02', 6, '10:00', '15:00'),
    format: 'in-person',
    venue: 'duncan-macmillan-house',
    places: 10,
  },
  {
    slug: 'understanding-psychosis',
    name: 'Understanding psychosis',
    term: 'Summer 2027',
    summary: 'What psychosis is and the many ways people recover, in a small group.',
    topics: ['psychosis'],
    sessions: weekly('2027-06-15', 5, '10:00', '12:30'),
    format: 'in-person',
    venue: 'mary-potter-centre',
    places: 14,
  },
])

export const courses: CourseInput[] = [...slamCourses, ...oxfordshireCourses, ...nottinghamCourses]
