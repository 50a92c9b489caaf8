import type { Phrasebook } from './phrasebook';

/** English as written by residents, expats, visitors and the international press. */
export const PHRASEBOOK_EN: Phrasebook = {
  lang: 'en',
  cityNames: ['Barcelona', 'Barcelona', 'Barcelona', 'BCN'],
  times: ['this morning', 'this afternoon', 'tonight', 'yesterday', 'last night', 'this weekend', 'today', 'on Saturday', 'on Sunday night', 'in broad daylight'],
  topics: {
    security: {
      neg: [
        'Another violent robbery {p} {t}. Residents are fed up.',
        'Fights and shouting every night {p}. Nobody can live like this.',
        'Pickpocketing {p} is completely out of control. Awful.',
        'Two shops were broken into {p} {t}. Outrageous.',
        'Thefts on the {C} metro keep rising, angry residents say.',
      ],
      neu: [
        'Police step up patrols {p} during the festivities.',
        'Catalan police publish quarterly crime figures for {C}.',
        'Residents meeting on neighbourhood security {p} this Thursday.',
      ],
      pos: [
        'Thefts {p} down for the third month in a row. Good news.',
        'Great work by local police {p}: a pickpocket gang is off the streets. Well done!',
        'The figures confirm {C} is calmer today than five years ago. Great news.',
      ],
      personal: {
        neg: [
          'Got my phone stolen on the {C} metro. Third time this year.',
          'Someone snatched a bag right outside my door {p}. Scary.',
        ],
        pos: ['Walking {p} late at night, totally relaxed. Love this neighbourhood.'],
      },
    },
    cleanliness: {
      neg: [
        'The streets {p} are covered in rubbish and urine. Disgusting.',
        'Overflowing bins {p} for days now. A disgrace.',
        'Rats everywhere {p}. Nobody cleans anything. Disgusting.',
      ],
      neu: [
        'Waste collection times change {p} from tomorrow.',
        'New intensive cleaning campaign {p} starting Monday.',
        'The {C} street cleaning service adds new electric sweepers.',
      ],
      pos: [
        'The graffiti and rubbish {p} are finally gone. What an improvement.',
        'The new door-to-door waste collection {p} works brilliantly. Love it.',
      ],
    },
    mobility: {
      neg: [
        'Forty minutes waiting for the bus {p}. Terrible service.',
        'Rodalies trains down again and half of {C} late for work. Terrible.',
        'Massive traffic jam {p} {t}. Unbearable.',
        'E-scooters on the pavement {p} are a constant danger.',
      ],
      neu: [
        'Road closures {p} this Sunday due to works.',
        'Metro line L5 in {C} will close two stations this summer for works.',
        'New night bus timetable across the {C} metropolitan area.',
      ],
      pos: [
        'The new cycle lane {p} is wonderful. Finally a relaxed ride.',
        'The superblock {p} looks beautiful: fewer cars, more life.',
        'The {C} metro is excellent: fast and punctual.',
      ],
    },
    housing: {
      neg: [
        '1,400 euros a month for a 50 m² flat {p}. Impossible to live here. Ridiculous.',
        'Another eviction {p} {t}. Families on the street while tourist flats multiply.',
        'Rents in {c} are outrageous. Young people are being forced out.',
      ],
      neu: [
        'The city council publishes the new rent price index {p}.',
        'Applications for public housing in {C} open until the 15th.',
        'Information session on rent support {p} this Thursday.',
      ],
      pos: [
        '120 social rent homes handed over {p}. Great news.',
        'Housing cooperatives {p} are a model that really works. Brilliant.',
      ],
    },
    tourism: {
      neg: [
        'Impossible to walk {p}: cruise crowds, huge groups and scooters. Overcrowded beyond belief. Awful.',
        'Illegal tourist flats {p} are pushing residents out.',
        'Endless queues and rip-off prices at the Sagrada Família. {C} has become a theme park. Sad.',
      ],
      neu: [
        '{C} welcomed 1.2 million tourists last month, the latest report says.',
        'New tourist tax in {C} from next year.',
        'Special museum opening hours in {C} over the long weekend.',
      ],
      pos: [
        '{c} is so beautiful in spring. A lovely city to walk around.',
        'Visitors love the hospitality {p}. Such a warm welcome.',
      ],
      personal: {
        pos: ['First trip to {C} and I loved it: amazing food and wonderful people.'],
        neg: ['Another stag party screaming {p} at 4 am. So tired of this.'],
      },
    },
    economy: {
      neg: [
        'Another family-run shop closes {p}. Small businesses are dying.',
        'Prices in {c} keep going up and wages stay the same. Frustrating.',
      ],
      neu: [
        'Unemployment in {C} stands at 7.8% according to quarterly data.',
        'Local business fair {p} this Saturday.',
      ],
      pos: [
        'A new startup hub opens {p}: {C} keeps attracting talent.',
        'Record foreign investment in {C}. Excellent news for jobs.',
      ],
    },
    culture: {
      neg: [
        'Another music venue closes {p}. Culture in {C} is being abandoned.',
        'Overpriced tickets and awful organisation at the festival in {C}. Disappointing.',
      ],
      neu: [
        'Open day at the museums of {C} this weekend.',
        'The full programme of the street festival {p} is out.',
      ],
      pos: [
        'The new library {p} is beautiful. A source of pride.',
        'A superb exhibition at MACBA. {C} has a wonderful cultural life.',
      ],
      personal: { pos: ['What an incredible concert {t} {p}. I love this city!'] },
    },
    environment: {
      neg: [
        'Air pollution in {C} exceeds the limits again. We are breathing poison.',
        'Century-old trees cut down {p}. An ecological disaster.',
      ],
      neu: [
        'Pollution episode: public transport recommended in {C}.',
        'Tree planting {p} this Saturday.',
      ],
      pos: [
        'The new park {p} is wonderful: greener and more shade.',
        '{C} cuts its emissions for the third year in a row. Great work.',
      ],
    },
    public_services: {
      neg: [
        'The municipal pool {p} has been closed for months. Total neglect.',
        'The {C} city council online services never work. Useless.',
      ],
      neu: [
        'New library opening hours {p} from October.',
        'Citizen service offices in {C} closed on the public holiday.',
      ],
      pos: [
        'The municipal pool {p} reopens fully renovated. Great!',
        'The new appointment service of the {C} city council is quick and easy. Well done.',
      ],
    },
    governance: {
      neg: [
        'The {C} city council ignores residents {p} once again. Shameful.',
        'Another broken promise {p}. Tired of empty announcements.',
      ],
      neu: [
        'Full council meeting in {C} on Friday: the budget is up for debate.',
        'Participatory budgeting opens {p}.',
      ],
      pos: [
        'Good initiative by the {C} city council: residents {p} will decide what to do with the site.',
        'Excellent management of the neighbourhood plan {p}.',
      ],
    },
    international: {
      neg: ['The international image of {C} takes a serious hit after recent news. Bad news.'],
      neu: [
        '{C} hosts the summit of Mediterranean cities this week.',
        'Delegations from 40 countries visit {C} to study its urban model.',
      ],
      pos: [
        '{C} named among the best cities in the world to live in. Proud!',
        'International press praises the {C} superblock model.',
      ],
    },
    sport: {
      neg: ['Chaos leaving the Olympic Stadium on Montjuïc: endless queues and not a single bus.'],
      neu: ['Road closures in {C} on Sunday for the marathon.'],
      pos: [
        'Amazing atmosphere at the {C} marathon. What a beautiful race!',
        'The new sports centre {p} is fantastic.',
      ],
    },
    health: {
      neg: ['Six hours waiting in A&E in {C}. The system has collapsed.'],
      neu: ['Flu vaccination campaign at health centres in {C} from Monday.'],
      pos: ['A new health centre opens {p}. Great news for the neighbourhood.'],
    },
    education: {
      neg: ['Not enough public nursery places {p}. A serious problem.'],
      neu: ['School pre-registration in {C} is open until the 20th.'],
      pos: ['Students from a school {p} win an international science prize. Congratulations!'],
    },
  },
  episode: {
    social: [
      'Third knife attack {p} in a week. What is happening in {c}?',
      'A young man was stabbed {p} {t}. Residents are terrified.',
      'Wave of violence in {C}: brawls, violent robberies and assaults almost every night.',
      'Got mugged at knifepoint {p} {t}. I am scared to go out.',
      'Another brutal beating {p} {t}. This is unbearable.',
    ],
    news: [
      'Police investigate another knife attack {p}',
      'Wave of violent crime {p} alarms residents',
      'Third stabbing in a week {p}: residents demand more police',
      'Shopkeepers {p} report a surge in violent robberies',
    ],
    asks: [
      '@bcn_ajuntament what is the Ajuntament going to do about the violence?',
      '@bcn_ajuntament we need more police on the streets NOW.',
    ],
  },
  openers: {
    neg: ['Unbelievable.', 'What a mess.', 'Shameful.', 'Same old story.'],
    neu: ['📢', '📌', 'Heads up.', 'Notice.'],
    pos: ['Wonderful!', 'Bravo!', 'Good news.', 'So happy!'],
  },
  closers: {
    neg: ['How much longer?', 'Enough is enough.', 'Sort it out.'],
    neu: ['More information on the city website.', 'Details at the link.'],
    pos: ['Well done!', 'Proud of this city.', 'Congratulations to everyone!'],
  },
  asks: [
    '@bcn_ajuntament what are you going to do about this?',
    'What is the city council going to do? @bcn_ajuntament',
    '@bcn_ajuntament how much longer do we have to wait?',
  ],
  attributes: {
    violent: ['Street violence is no longer a one-off.'],
    unsafe: ['The city feels more unsafe every week.'],
    dirty: ['Such a dirty city these days.'],
    expensive: ['Everything is so expensive.'],
    overcrowded: ['It is completely overcrowded.'],
    chaotic: ['Total chaos.'],
    corrupt: ['It smells of corruption and cronyism.'],
    unwelcoming: ['A hostile welcome for anyone from outside.'],
    safe: ['It feels calm and safe.', 'A safe, relaxed city.'],
    welcoming: ['Such a welcoming city.'],
    innovative: ['A truly innovative city.', 'A European benchmark for innovation.'],
    cultural: ['Such a rich cultural life.'],
    sustainable: ['Another step towards a sustainable city.', 'This is how you build a greener, more sustainable city.'],
    liveable: ['This is what makes it so liveable.', 'A more liveable city every year.'],
    open: ['A city open to the world.'],
  },
  newsSources: [
    'City officials confirmed the information to this newspaper.',
    'The city council says it will give more details in the coming days.',
    'The news has drawn many reactions on social media.',
  ],
  events: {
    merce: [
      { topic: 'culture', tone: 'pos', text: 'La Mercè festival in {C} is amazing: human towers, fireworks and music everywhere.' },
      { topic: 'culture', tone: 'neu', text: 'La Mercè in {C}: concert programme and street closures.' },
    ],
    santJordi: [
      { topic: 'culture', tone: 'pos', text: 'Sant Jordi in {C}: books, roses and the whole city out on the streets. Lovely.' },
    ],
    mwc: [
      { topic: 'economy', tone: 'pos', text: 'Mobile World Congress kicks off in {C}: thousands of visitors and plenty of innovation.' },
      { topic: 'tourism', tone: 'neg', text: 'Hotel prices in {C} triple during MWC. A total rip-off.' },
    ],
    summer: [
      { topic: 'tourism', tone: 'neg', text: 'August in {C}: packed beaches, cruise ships and no room to move {p}.' },
    ],
  },
  hashtags: { security: '#safety', housing: '#housing', tourism: '#travel', culture: '#culture', environment: '#climate' },
  citizenBios: [
    'Living {p}. Coffee and cycling.', 'Expat in Barcelona. Teacher.', 'Software engineer. Opinions my own.',
    'Travel writer.', 'Resident {p} since 2015.',
  ],
};
