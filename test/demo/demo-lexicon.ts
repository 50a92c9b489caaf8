/**
 * Independent keyword cues, written for the tests, to read the generated texts back without
 * trusting the generator's own labels. Matched on lower-cased, accent-free text.
 */
import { foldText } from '../../lib/tagging/text-fold';

export const TOPIC_CUES: Record<string, string[]> = {
  security: ['robo', 'robatori', 'robber', 'hurto', 'furt', 'theft', 'pickpocket', 'carterist', 'violenc', 'agresi', 'agressi', 'apunyal', 'apunal', 'stab', 'knife', 'policia', 'police', 'mossos', 'guardia urbana', 'seguridad', 'seguretat', 'delito', 'delicte', 'crime', 'atrac', 'mugg', 'pelea', 'baralla', 'reyerta', 'paliza', 'pallissa', 'insegur', 'unsafe'],
  cleanliness: ['basura', 'brossa', 'rubbish', 'limpieza', 'neteja', 'cleaning', 'contenedor', 'contenidor', 'bins', 'ratas', 'rates', 'rats', 'grafit', 'residuos', 'residus', 'waste', 'vertedero', 'abocador', 'brutic', 'suciedad'],
  mobility: ['bus ', 'metro', 'rodalies', 'trafico', 'transit', 'traffic', 'carril bici', 'cycle lane', 'patinet', 'scooter', 'supermanzana', 'superilla', 'superblock', 'atasco', 'embus'],
  housing: ['alquiler', 'lloguer', 'rent', 'vivienda', 'habitatge', 'housing', 'desahucio', 'desnonament', 'eviction', 'homes', 'piso', 'pis '],
  tourism: ['turist', 'tourist', 'crucer', 'creuer', 'cruise', 'sagrada familia', 'visitant', 'visitor', 'hotel', 'hospitalidad', 'hospitalitat', 'hospitality', 'viaje', 'trip'],
  economy: ['tienda', 'botiga', 'shop', 'comercio', 'comerc', 'business', 'paro', 'atur', 'unemployment', 'inversion', 'inversio', 'investment', 'empresas emergentes', 'empreses emergents', 'startup', 'sueldo', 'sous', 'wages', 'mobile world congress'],
  culture: ['concierto', 'concert', 'museo', 'museu', 'museum', 'biblioteca', 'library', 'festival', 'cultura', 'culture', 'exposicion', 'exposicio', 'exhibition', 'macba', 'sant jordi', 'castells', 'correfoc', 'grec', 'ateneo', 'ateneu', 'fiesta mayor', 'festa major', 'llibres', 'libros'],
  environment: ['contaminacion', 'contaminacio', 'pollution', 'arboles', 'arbres', 'trees', 'parque', 'parc ', 'park', 'emisiones', 'emissions', 'playas', 'platges', 'plastic', 'placas solares', 'plaques solars', 'calor', 'punto verde', 'punt verd'],
  public_services: ['piscina', 'pool', 'atencion ciudadana', 'atencio ciutadana', 'citizen service', 'cita previa', 'appointment', 'tramites', 'tramits', 'online services', 'centro civico', 'centre civic', 'casales', 'casals', 'horario de la biblioteca', 'horari de la biblioteca', 'library opening'],
  governance: ['ayuntamiento', 'ajuntament', 'city council', 'pleno', 'ple municipal', 'council meeting', 'presupuestos', 'pressupostos', 'budget', 'transparencia', 'promesa', 'promise', 'gobierno municipal', 'govern municipal', 'audiencia publica', 'audiencia publica', 'plan de barrios', 'pla de barris', 'neighbourhood plan'],
  international: ['internacional', 'international', 'delegacion', 'delegacio', 'delegation', 'cumbre', 'cimera', 'summit', 'mundo', ' mon ', 'world'],
  sport: ['estadi', 'stadium', 'maraton', 'marato', 'marathon', 'maratona', 'cursa', 'carrera', 'baloncesto', 'basquet', 'polideportivo', 'poliesportiu', 'sports centre', 'deportiv', 'esportiv', 'torneo', 'torneig', 'race'],
  health: ['urgencias', 'urgencies', 'a&e', 'cap ', 'centro de salud', 'centre de salut', 'health centre', 'vacunacion', 'vacunacio', 'vaccination'],
  education: ['escuela', 'escola', 'school', 'instituto', 'institut', 'guarderia', 'nursery', 'preinscripcion', 'preinscripcio', 'pre-registration', 'alumnos', 'alumnes', 'students', 'barracon'],
};

/** Violence and insecurity words: what the planted episode is about. */
export const VIOLENCE_CUES = [
  'violenc', 'violent', 'agresi', 'agressi', 'apunyal', 'apunal', 'stab', 'knife', 'cuchillo', 'ganivet',
  'arma blanca', 'atrac', 'mugg', 'robo', 'robatori', 'robber', 'hurto', 'furt', 'theft', 'pickpocket',
  'carterist', 'pelea', 'baralla', 'brawl', 'reyerta', 'paliza', 'pallissa', 'beating', 'insegur',
  'unsafe', 'assault', 'aterroriz', 'atemoreix', 'esfaquea', 'couteau', 'accoltell', 'rapin', 'assalt',
];

/** Phrases that carry the violent/unsafe attributes themselves. */
export const VIOLENT_UNSAFE_CUES = ['violencia', 'violent', 'insegur', 'unsafe', 'violence'];

/** "Sustainable" and "innovative" in the demo's languages. */
export const TREND_CUES = ['sostenible', 'sustainable', 'innovador', 'innovative', 'innovacion', 'innovacio', 'innovation'];

/** True when the folded text contains any of the cues. */
export function hasCue(text: string, cues: readonly string[]): boolean {
  const folded = ` ${foldText(text)} `;
  return cues.some((c) => folded.includes(c));
}
