import type { TopicInput } from './types.ts'

/** What listings are about, with the other words people type when they search. */
export const topics: TopicInput[] = [
  {
    id: 'hearing-voices',
    name: 'Hearing voices',
    description:
      'For people who hear, see or sense things other people do not, and want to talk about it without being judged.',
    alsoKnownAs: ['voices', 'visions', 'unusual experiences', 'unusual beliefs', 'seeing things'],
  },
  {
    id: 'psychosis',
    name: 'Psychosis',
    description:
      'For people who have had psychosis, or a diagnosis like schizophrenia, and want to meet others who understand.',
    alsoKnownAs: ['schizophrenia', 'schizoaffective', 'paranoia', 'first episode'],
  },
  {
    id: 'bipolar',
    name: 'Bipolar',
    description: 'For people living with big ups and downs in mood, with or without a diagnosis of bipolar.',
    alsoKnownAs: ['bi-polar', 'manic depression', 'mania', 'mood swings'],
  },
  {
    id: 'depression',
    name: 'Depression',
    description:
      'For people who feel low, flat or hopeless for a long time, and want support from people who have felt it too.',
    alsoKnownAs: ['low mood', 'feeling down', 'sad'],
  },
  {
    id: 'anxiety',
    name: 'Anxiety',
    description: 'For people who worry a lot, have panic attacks or find everyday things frightening.',
    alsoKnownAs: ['worry', 'panic', 'panic attacks', 'stress', 'nerves', 'OCD', 'phobia'],
  },
  {
    id: 'eating-disorders',
    name: 'Eating disorders',
    description:
      'For people who struggle with food, eating or their body, and for the people who care about them.',
    alsoKnownAs: ['anorexia', 'bulimia', 'binge eating', 'ARFID'],
  },
  {
    id: 'self-harm',
    name: 'Self-harm',
    description:
      'For people who hurt themselves to cope, and want to talk with others who have done the same.',
    alsoKnownAs: ['self harm', 'self-injury', 'cutting'],
  },
  {
    id: 'suicide-bereavement',
    name: 'Suicide bereavement',
    description: 'For people who have lost someone to suicide, at any time, however long ago.',
    alsoKnownAs: ['bereaved by suicide', 'suicide loss', 'grief'],
  },
  {
    id: 'perinatal',
    name: 'Pregnancy and new parents',
    description:
      'For parents and parents-to-be who are struggling with their mental health in pregnancy or after a baby.',
    alsoKnownAs: [
      'perinatal',
      'postnatal',
      'postnatal depression',
      'pregnancy',
      'antenatal',
      'new mum',
      'new dad',
    ],
  },
  {
    id: 'dual-diagnosis',
    name: 'Mental health and drugs or alcohol',
    description: 'For people living with their mental health and with drugs or alcohol at the same time.',
    alsoKnownAs: ['dual diagnosis', 'drugs and alcohol', 'addiction', 'substance use', 'drinking'],
  },
  {
    id: 'carers',
    name: 'Carers, family and friends',
    description: 'For people who care for, live with or worry about someone with mental health problems.',
    alsoKnownAs: ['carer', 'caring', 'family', 'friends', 'parent of', 'partner of'],
  },
  {
    id: 'general-wellbeing',
    name: 'General wellbeing',
    description: 'For anyone who wants to look after their mental health, whatever they are going through.',
    alsoKnownAs: ['mental health', 'wellbeing', 'well-being', 'feeling better', 'coping'],
  },
  {
    id: 'personality-disorder',
    name: 'Personality disorder',
    description:
      'For people with a diagnosis of personality disorder, or who find emotions and relationships very intense.',
    alsoKnownAs: ['EUPD', 'BPD', 'borderline', 'emotionally unstable', 'complex emotional needs'],
  },
  {
    id: 'trauma',
    name: 'Trauma',
    description: 'For people living with the effects of frightening or painful things that happened to them.',
    alsoKnownAs: ['PTSD', 'complex PTSD', 'abuse', 'flashbacks'],
  },
  {
    id: 'lgbtq',
    name: 'LGBTQ+ mental health',
    description: 'Support led by and for lesbian, gay, bisexual, trans and queer people.',
    alsoKnownAs: ['LGBT', 'LGBTQ', 'gay', 'lesbian', 'bisexual', 'trans', 'queer', 'non-binary'],
  },
  {
    id: 'loneliness',
    name: 'Loneliness',
    description: 'For people who feel alone or cut off, and would like some company and a friendly face.',
    alsoKnownAs: ['lonely', 'isolation', 'isolated', 'no friends'],
  },
  {
    id: 'recovery',
    name: 'Recovery',
    description: 'For people building a life they want to live, with or without symptoms, at their own pace.',
    alsoKnownAs: ['staying well', 'moving on', 'hope'],
  },
  {
    id: 'leaving-hospital',
    name: 'Leaving hospital',
    description:
      'For people in a mental health hospital, or who have just come home, and want help settling back in.',
    alsoKnownAs: ['after hospital', 'discharge', 'discharged', 'ward', 'inpatient', 'sectioned'],
  },
]
