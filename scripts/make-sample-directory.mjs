// Writes src/data/directory/sample-directory.json: the embedded default directory, fictional
// groups at plausible venues across the Bristol city region and a few in south Wales (Welsh
// names), covering every group type. Deterministic: run again to regenerate the same file.
import fs from 'node:fs';

const venues = [
  ['Northside Family Hub', '12 Gloucester Road', 'BS7 8AA', 51.4712, -2.5904],
  ['Riverside Children’s Centre', '3 Feeder Road', 'BS2 0SB', 51.4478, -2.5621],
  ['St Anne’s Community Hall', '40 Church Lane', 'BS4 4AA', 51.4415, -2.5567],
  ['Harbourside Library', '1 Canons Way', 'BS1 5TX', 51.4497, -2.5985],
  ['Southmead Family Hub', '18 Greystoke Avenue', 'BS10 6AS', 51.4967, -2.5941],
  ['Hartcliffe Children’s Centre', '2 Gatehouse Avenue', 'BS13 0AA', 51.4143, -2.6025],
  ['Fishponds Baptist Church Hall', '88 Downend Road', 'BS16 5AS', 51.4829, -2.5262],
  ['Kingswood Family Hub', '5 Regent Street', 'BS15 8JX', 51.4599, -2.5055],
  ['Clifton Village Hall', '7 Boyces Avenue', 'BS8 4AA', 51.4555, -2.6193],
  ['Bedminster Library', '4 East Street', 'BS3 4HH', 51.4409, -2.5958],
  ['Easton Community Centre', '30 Kilburn Street', 'BS5 6AW', 51.4631, -2.5669],
  ['Portishead Family Hub', '21 High Street', 'BS20 6AA', 51.4839, -2.7673],
  ['Keynsham Children’s Centre', '9 Temple Street', 'BS31 1HA', 51.4135, -2.4977],
  ['Weston Family Hub', '15 Walliscote Road', 'BS23 1UY', 51.3445, -2.9769],
  ['Bath Central Library', 'The Podium, Northgate Street', 'BA1 5AN', 51.3838, -2.3586],
  ['Yate Family Hub', '6 Kennedy Way', 'BS37 4DQ', 51.5407, -2.4149],
];
const welsh = [
  ['Canolfan Deulu Treganna', '14 Heol y Bont-faen', 'CF5 1AA', 51.4822, -3.2065],
  ['Neuadd Gymunedol y Rhath', '22 Heol Albany', 'CF24 3RR', 51.4934, -3.1613],
  ['Canolfan Blant Casnewydd', '3 Stryd y Bont', 'NP20 4AA', 51.5882, -2.9977],
  ['Llyfrgell Pontypridd', '1 Stryd y Farchnad', 'CF37 2ST', 51.6012, -3.3422],
];
const types = [
  [
    'baby-massage',
    'Baby massage',
    'Learn gentle massage strokes and how to read your baby’s cues. Bring a towel.',
    0,
    11,
  ],
  ['baby-yoga', 'Baby yoga', 'Gentle stretches and songs for you and your baby. Mats provided.', 2, 11],
  ['music-rhyme', 'Rhyme time', 'Songs, rhymes and stories for babies and toddlers.', 0, 35],
  [
    'stay-play',
    'Stay and play',
    'Drop in to play with your little one and meet other families. No need to book.',
    0,
    59,
  ],
  [
    'parent-baby',
    'Bumps and babies',
    'A friendly group for parents-to-be and parents of young babies.',
    0,
    11,
  ],
  ['dads', 'Dads’ group', 'A Saturday morning group for dads and male carers and their babies.', 0, 35],
  [
    'peer-support',
    'Attachment peer support',
    'Parents supporting each other with bonding and the early months.',
    0,
    23,
  ],
  [
    'infant-feeding',
    'Infant feeding support',
    'Help with breastfeeding, bottle feeding and starting solids from trained peer supporters.',
    0,
    23,
  ],
  ['sleep', 'Sleep drop-in', 'Practical ideas for baby sleep from the health visiting team.', 0, 35],
  [
    'perinatal-mental-health',
    'Perinatal wellbeing group',
    'A gentle group for parents who are finding things hard, during pregnancy or after birth.',
    0,
    23,
  ],
  ['single-parents', 'Single parents’ coffee morning', 'Meet other single parents; children welcome.', 0, 59],
  [
    'family-hub',
    'Family hub drop-in',
    'Ask about anything: health, money, childcare, or just have a cuppa.',
    0,
    59,
  ],
  [
    'health-visitor',
    'Baby clinic',
    'Weigh your baby and talk to a health visitor. No appointment needed.',
    0,
    23,
  ],
  [
    'early-language',
    'Chatter and play',
    'Fun ways to build early language and social skills through play.',
    12,
    47,
  ],
];
const welshNames = {
  'baby-massage': 'Tylino babi',
  'music-rhyme': 'Amser rhigwm a chân',
  'stay-play': 'Aros a chwarae',
  'parent-baby': 'Rhieni a babanod',
  'infant-feeding': 'Cymorth bwydo babanod',
  'family-hub': 'Dechrau’n Deg sesiwn galw heibio',
  'health-visitor': 'Clinig babanod',
  'early-language': 'Iaith a chwarae',
};
const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const slots = [
  ['09:30', '11:00'],
  ['10:00', '11:30'],
  ['13:30', '15:00'],
  ['18:00', '19:30'],
  ['10:30', '12:00'],
];
const districts = ['Northside', 'Riverside', 'Southville', 'Eastfield', 'Westbury', 'Hillcrest'];

let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(rand() * list.length)];

const groups = [];
const addGroup = (type, venue, index, isWelsh) => {
  const [id, label, description, minMonths, maxMonths] = type;
  const [venueName, address, postcode, lat, lon] = venue;
  const monthly = index % 7 === 3;
  const slot =
    id === 'dads' ? ['09:30', '11:00'] : id === 'perinatal-mental-health' ? ['18:00', '19:30'] : pick(slots);
  const day = id === 'dads' ? 'SA' : pick(days.slice(0, 5));
  const name =
    isWelsh && welshNames[id]
      ? `${welshNames[id]} ${venueName.split(' ').pop()}`
      : `${pick(districts)} ${label}`;
  const schedule = monthly
    ? {
        freq: 'MONTHLY',
        byday: `${1 + (index % 3)}${day}`,
        dtstart: '2025-01-06',
        opens_at: slot[0],
        closes_at: slot[1],
      }
    : {
        freq: 'WEEKLY',
        interval: index % 9 === 5 ? 2 : 1,
        byday: day,
        dtstart: '2025-01-06',
        opens_at: slot[0],
        closes_at: slot[1],
      };
  if (index % 11 === 4) schedule.description = 'Term time only';
  const free = !['baby-massage', 'baby-yoga'].includes(id) || index % 4 === 0;
  const online = id === 'perinatal-mental-health' && index % 2 === 0;
  groups.push({
    id: `hm-sample-${String(groups.length + 1).padStart(3, '0')}`,
    name,
    description: isWelsh ? `${description} Sesiynau yn Gymraeg a Saesneg.` : description,
    types: [id],
    organisation: isWelsh
      ? 'Cyngor Enghreifftiol / Example Council (Wales)'
      : 'Example City Council Family Hubs',
    url: `https://example.org/groups/${groups.length + 1}`,
    phone: `0117 496 ${String(100 + groups.length).padStart(4, '0')}`,
    venue: online
      ? undefined
      : {
          name: venueName,
          address,
          postcode,
          lat: Math.round((lat + (rand() - 0.5) * 0.004) * 1e5) / 1e5,
          lon: Math.round((lon + (rand() - 0.5) * 0.004) * 1e5) / 1e5,
          accessibility:
            index % 5 === 2 ? ['Steps at the entrance, no lift'] : ['Step-free access', 'Baby changing'],
        },
    schedules: [schedule],
    ages: {
      minMonths,
      maxMonths,
      pregnancy: id === 'parent-baby' || id === 'perinatal-mental-health' || id === 'infant-feeding',
    },
    cost: free ? 'free' : 'paid',
    costText: free ? 'Free' : '£4 a session; ask about free places',
    languages: isWelsh
      ? ['Welsh', 'English']
      : index % 6 === 1
        ? ['English', 'Polish']
        : index % 8 === 2
          ? ['English', 'Arabic']
          : ['English'],
    attendance: online ? 'online' : 'in-person',
  });
};

types.forEach((type, t) => {
  for (let i = 0; i < 5; i++) addGroup(type, venues[(t * 5 + i * 3) % venues.length], t * 5 + i, false);
});
welsh.forEach((venue, v) => {
  for (let i = 0; i < 3; i++) addGroup(pick(types.filter(([id]) => welshNames[id])), venue, v * 3 + i, true);
});

const out = new URL('../src/data/directory/sample-directory.json', import.meta.url);
fs.writeFileSync(
  out,
  `${JSON.stringify({ version: 1, name: 'Held in Mind sample directory (fictional)', groups }, null, 1)}\n`,
);
console.log(`${groups.length} groups`);
