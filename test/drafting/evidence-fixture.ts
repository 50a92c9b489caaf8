import { EvidenceSchema, type Evidence } from '../../lib/model/evidence';

// A small evidence bank about Barcelona's climate shelters, written for these tests (figures are
// illustrative, in the shape a communication team would enter them).
const SRC = 'https://ajuntament.barcelona.cat/refugisclimatics/';
export const EVIDENCE: Evidence[] = [
  {
    id: 'ev-temp',
    fact: {
      es: 'Dentro de un refugio climático la temperatura baja hasta 5 °C respecto a la calle',
      ca: "Dins d'un refugi climàtic la temperatura baixa fins a 5 °C respecte al carrer",
      en: 'Inside a climate shelter it is up to 5 °C cooler than in the street',
    },
    number: { value: 5, unit: { es: '°C', ca: '°C', en: '°C' } },
    date: '2025-06-15', source: SRC, benefits: ['citizen', 'civil_society', 'sport'], topic: 'environment',
  },
  {
    id: 'ev-network',
    fact: {
      es: 'La red de refugios climáticos suma 400 espacios, que abren de junio a septiembre',
      ca: 'La xarxa de refugis climàtics suma 400 espais, que obren de juny a setembre',
      en: 'The climate shelter network has 400 spaces, which open from June to September',
    },
    number: { value: 400, unit: { es: 'espacios', ca: 'espais', en: 'spaces' } },
    date: '2025-06-15', source: SRC, benefits: ['citizen', 'international', 'official', 'media'], topic: 'environment',
  },
  {
    id: 'ev-visits',
    fact: { es: 'Los refugios recibieron visitas el verano pasado', ca: 'Els refugis van rebre visites l\'estiu passat', en: 'The shelters received visits last summer' },
    number: { value: 120000, unit: { es: 'visitas', ca: 'visites', en: 'visits' } },
    date: '2024-09-30', source: SRC, benefits: ['business', 'culture', 'official'], topic: 'environment',
    benefitFor: { business: { es: 'Más gente pasa por las calles de tu negocio en verano', ca: 'Més gent passa pels carrers del teu negoci a l\'estiu', en: 'More people walk past your business in summer' } },
  },
  {
    id: 'ev-bus',
    fact: { es: 'La nueva línea de bus pasa cada 8 minutos', ca: 'La nova línia de bus passa cada 8 minuts', en: 'The new bus line runs every 8 minutes' },
    number: { value: 8, unit: { es: 'minutos', ca: 'minuts', en: 'minutes' } },
    date: '2025-03-01', source: 'https://www.tmb.cat/', benefits: ['citizen', 'business'], topic: 'mobility',
  },
].map((e) => EvidenceSchema.parse(e));
