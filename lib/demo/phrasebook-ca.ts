import type { Phrasebook } from './phrasebook';

/** Catalan as written in Barcelona's social media and local press. */
export const PHRASEBOOK_CA: Phrasebook = {
  lang: 'ca',
  cityNames: ['Barcelona', 'Barcelona', 'Barcelona', 'BCN', 'Barna', 'la Ciutat Comtal'],
  times: ['aquest matí', 'aquesta tarda', 'aquesta nit', 'ahir', 'ahir a la nit', 'aquest cap de setmana', 'avui', 'dissabte', 'diumenge a la nit', 'en ple dia'],
  topics: {
    security: {
      neg: [
        'Un altre robatori amb violència {p} {t}. Els veïns ja no saben què fer.',
        'Baralles i crits cada nit {p}. Així no es pot viure.',
        'Els furts a turistes {p} estan fora de control.',
        'Narcopisos {p}: els veïns denuncien l\'abandonament del barri.',
        '{t} han assaltat dos comerços {p}. Indignant.',
        'Augmenten els robatoris al metro de {C}, segons els veïns afectats.',
      ],
      neu: [
        'La Guàrdia Urbana reforça les patrulles {p} durant les festes.',
        'Els Mossos presenten el balanç trimestral de delictes a {C}.',
        'Convocada una reunió veïnal sobre seguretat {p} per dijous.',
        'Nou protocol de la policia de barri {p} a partir de dilluns.',
      ],
      pos: [
        'Baixen els robatoris {p} per tercer mes consecutiu. Bona notícia.',
        'Gran feina de la Guàrdia Urbana {p}: detingut un grup de carteristes.',
        'Les dades confirmen que {c} és avui més segura que fa cinc anys. Molt bona notícia.',
      ],
      personal: {
        neg: [
          'M\'han robat el mòbil al metro de {C}. És la tercera vegada aquest any.',
          'Han estirat una bossa davant del meu portal {p}. Quina por.',
          'Ja no deixo que la meva filla torni sola a casa {p}. És molt trist.',
        ],
        pos: ['Passejant {p} de nit amb tota tranquil·litat. M\'encanta aquest barri.'],
      },
    },
    cleanliness: {
      neg: [
        'Els carrers {d} estan plens de brossa i pixum. Quin fàstic.',
        'Contenidors desbordats {p} des de fa dies. Una vergonya.',
        'Les rates campen al seu aire {p}. Neteja nul·la. Fastigós.',
        'Després del cap de setmana, {n} sembla un abocador.',
      ],
      neu: [
        'Demà canvia l\'horari de recollida de residus {p}.',
        'Nova campanya de neteja intensiva {p} a partir de dilluns.',
        'El servei de neteja de {C} incorpora noves escombradores elèctriques.',
      ],
      pos: [
        'Per fi han retirat els grafits i la brossa {p}. Es nota moltíssim la millora. Genial!',
        'La nova recollida porta a porta {p} funciona molt bé.',
      ],
      personal: {
        pos: ['Que nets que estan els carrers {d} després de la festa. Gràcies, equips de neteja.'],
        neg: ['Fa una setmana que demano que recullin els mobles abandonats {p}. Res de res. Lamentable.'],
      },
    },
    mobility: {
      neg: [
        'Quaranta minuts esperant el bus {p}. Un servei desastrós.',
        'Un altre cop Rodalies aturat i mig {C} arribant tard a la feina.',
        'Embús monumental {p} {t}. El trànsit és insuportable.',
        'Els patinets per la vorera {p} són un perill constant.',
      ],
      neu: [
        'Talls de trànsit {p} aquest diumenge per obres.',
        'La L5 del metro de {C} tancarà dues estacions durant l\'estiu per obres.',
        'Nou horari dels autobusos nocturns a l\'àrea metropolitana de {C}.',
        'Desviaments en diverses línies de bus {p} per una manifestació.',
      ],
      pos: [
        'El nou carril bici {p} és una meravella. Per fi s\'hi pot circular tranquil.',
        'La superilla {d} ha quedat preciosa: menys cotxes i més vida.',
        'El metro de {C} funciona de meravella, ràpid i puntual.',
      ],
    },
    housing: {
      neg: [
        'Lloguer de 1.400 euros per un pis de 50 metres {p}. Impossible viure aquí.',
        'Un altre desnonament {p} {t}. Famílies al carrer mentre els pisos turístics es multipliquen.',
        'Els preus del lloguer a {c} són abusius. Els joves se n\'han d\'anar.',
      ],
      neu: [
        'L\'Ajuntament publica el nou índex de preus de lloguer {d}.',
        'Oberta la convocatòria d\'habitatge protegit a {C} fins al dia 15.',
        'Sessió informativa sobre ajuts al lloguer {p} aquest dijous.',
      ],
      pos: [
        'Lliurats 120 habitatges de lloguer social {p}. Molt bona notícia.',
        'Gran iniciativa de cooperatives d\'habitatge {p}: un model que funciona.',
      ],
      personal: {
        neg: ['Ens apugen el lloguer un 30 % {p}. Indignant.'],
        pos: ['Per fi hem aconseguit un pis de protecció oficial {p}. Quina alegria!'],
      },
    },
    tourism: {
      neg: [
        'Impossible caminar {p}: creuers, grups enormes i patinets. Massificació total.',
        'Els pisos turístics il·legals {p} estan fent fora els veïns.',
        'Cues interminables i preus abusius a la Sagrada Família. Quina pena: {C} s\'ha convertit en un parc temàtic.',
      ],
      neu: [
        '{C} va rebre 1,2 milions de turistes el mes passat, segons l\'últim informe.',
        'Nova taxa turística a {C} a partir de l\'any vinent.',
        'Horaris especials als museus de {C} durant el pont.',
      ],
      pos: [
        'Que bonica que està {c} a la primavera. Una ciutat preciosa per passejar.',
        'Turistes encantats amb l\'hospitalitat {d}. Gràcies per una acollida tan bona.',
      ],
      personal: {
        neg: ['Un altre comiat de solter cridant {p} a les quatre de la matinada. Estic farta.'],
        pos: ['Ensenyo {C} a uns amics de fora i tornen encantats: menjar increïble i gent meravellosa.'],
      },
    },
    economy: {
      neg: [
        'Tanca una altra botiga de tota la vida {p}. El petit comerç es mor. Molt trist.',
        'Els preus a {c} no paren de pujar i els sous continuen igual.',
        'Persianes abaixades pertot arreu {p}. Quina tristesa i quina ràbia.',
      ],
      neu: [
        'L\'atur a {C} se situa en el 7,8 % segons les dades del trimestre.',
        'Fira de comerç local {p} aquest dissabte.',
        'Reunió entre l\'Ajuntament i el sector de la restauració {d}.',
      ],
      pos: [
        'Obre un nou centre d\'empreses emergents {p}: {C} continua atraient talent.',
        'Rècord d\'inversió estrangera a {C}. Excel·lent notícia per a l\'ocupació.',
        'El comerç de proximitat {d} viu un gran moment.',
      ],
    },
    culture: {
      neg: [
        'Tanca una altra sala de concerts {p}. La cultura a {C} està abandonada. Una llàstima.',
        'Entrades caríssimes i una organització pèssima al festival de {C}.',
        'Els ateneus {d} denuncien retallades. Una llàstima.',
      ],
      neu: [
        'Aquest cap de setmana, jornada de portes obertes als museus de {C}.',
        'Ja està disponible el programa complet de la festa major {d}.',
        'El Grec presenta la programació d\'estiu a {C}.',
      ],
      pos: [
        'La nova biblioteca {d} és preciosa. Un orgull per al barri.',
        'Exposició magnífica i preciosa al MACBA. {C} té una oferta cultural meravellosa.',
      ],
      personal: { pos: ['Quin concert més increïble {t} {p}. M\'encanta aquesta ciutat!'] },
    },
    environment: {
      neg: [
        'La contaminació a {C} torna a superar els límits. Respirem verí.',
        'Talen arbres centenaris {p}. Un desastre ecològic.',
        'Les platges de {C} plenes de plàstics i burilles. Lamentable.',
      ],
      neu: [
        'Episodi de contaminació: es recomana fer servir el transport públic a {C}.',
        'Nou punt verd {p} a partir de la setmana vinent.',
        'Plantada de 200 arbres {p} aquest dissabte.',
      ],
      pos: [
        'El nou parc {d} és una meravella: més verd i més ombra.',
        '{C} redueix les emissions per tercer any consecutiu. Bona feina.',
        'Les plaques solars de les escoles {d} ja funcionen. Un gran avenç.',
      ],
    },
    public_services: {
      neg: [
        'La piscina municipal {d} fa mesos que està tancada. Un abandonament total.',
        'Els tràmits en línia de l\'Ajuntament de {C} no funcionen mai.',
      ],
      neu: [
        'Nou horari de la biblioteca {d} a partir d\'octubre.',
        'Les oficines d\'atenció ciutadana de {C} tancaran el dia festiu.',
        'Obert el termini d\'inscripció als casals d\'estiu {d}.',
      ],
      pos: [
        'Reobre la piscina municipal {d} totalment renovada. Genial!',
        'El nou servei de cita prèvia de l\'Ajuntament de {C} és ràpid i fàcil. Molt bé.',
      ],
      personal: {
        neg: ['Tres setmanes esperant cita a l\'oficina d\'atenció ciutadana {d}. Lamentable.'],
        pos: ['L\'atenció al centre cívic {d} ha estat excel·lent. Gràcies.'],
      },
    },
    governance: {
      neg: [
        'L\'Ajuntament de {C} torna a ignorar els veïns {d}. Vergonya.',
        'Una altra promesa incomplerta {p}. Farts de tant d\'anunci buit.',
        'Manca total de transparència en els contractes de l\'Ajuntament de {C}. Vergonyós.',
      ],
      neu: [
        'Ple municipal de {C} aquest divendres: es debaten els pressupostos.',
        'Obert el procés de pressupostos participatius {p}.',
        'Audiència pública {p} dimarts a les 18 h.',
      ],
      pos: [
        'Bona iniciativa de l\'Ajuntament de {C}: els veïns {d} decidiran l\'ús del solar.',
        'Per fi un govern municipal que escolta. Gran reunió amb els veïns {d}.',
        'Excel·lent gestió del pla de barris {p}.',
      ],
    },
    international: {
      neg: [
        '{C} perd la seu d\'un congrés internacional per la manca d\'hotels assequibles. Mala notícia.',
        'La imatge internacional de {C} surt molt perjudicada després de les últimes notícies. Molt malament.',
      ],
      neu: [
        '{C} acull aquesta setmana la cimera de ciutats mediterrànies.',
        'Delegacions de 40 països visiten {C} per conèixer-ne el model urbà.',
        'La premsa internacional parla avui de {C}.',
      ],
      pos: [
        '{C}, escollida entre les millors ciutats del món per viure. Orgull!',
        'Gran èxit de la cimera internacional celebrada a {C}.',
        'La premsa internacional elogia el model de superilles de {C}. Quin orgull!',
      ],
    },
    sport: {
      neg: [
        'Caos a la sortida de l\'Estadi Olímpic de Montjuïc: cues eternes i ni un sol bus.',
        'Les pistes esportives {d} estan en un estat lamentable.',
      ],
      neu: [
        'Talls de trànsit a {C} diumenge per la marató.',
        'Aquest dissabte, torneig de bàsquet de base {p}.',
        'Obertes les inscripcions per a la Cursa de la Mercè de {C}.',
      ],
      pos: [
        'El nou poliesportiu {d} és fantàstic.',
        'Gran victòria de l\'equip de bàsquet {d}. Felicitats!',
      ],
      personal: { pos: ['Quin ambient més bonic a la cursa popular {d}. M\'encanta córrer per {c}!'] },
    },
    health: {
      neg: [
        'Sis hores d\'espera a urgències a {C}. Col·lapse total.',
        'Tanquen el CAP {d} a les tardes. Una vergonya.',
      ],
      neu: [
        'Campanya de vacunació de la grip als CAP de {C} a partir de dilluns.',
        'Nou horari del CAP {d} durant l\'estiu.',
      ],
      pos: [
        'Obre un nou centre de salut {p}. Molt bona notícia per al barri.',
        'L\'equip del CAP {d} és meravellós. Gràcies pel tracte.',
      ],
    },
    education: {
      neg: [
        'Barracons un altre cop a l\'escola {d}. Inacceptable.',
        'Falten places d\'escola bressol pública {p}. Un problema gravíssim.',
      ],
      neu: [
        'Oberta la preinscripció escolar a {C} fins al dia 20.',
        'Jornada de portes obertes als instituts {d}.',
      ],
      pos: [
        'La nova escola {d} és una meravella. Un gran projecte educatiu.',
        'Alumnes d\'un institut {d} guanyen un premi internacional de ciència. Enhorabona!',
      ],
    },
  },
  episode: {
    social: [
      'Tercera agressió amb arma blanca {p} en una setmana. Què està passant a {c}?',
      'Apunyalat un jove {p} {t}. Els veïns estem aterrits.',
      'Onada de violència a {c}: baralles, robatoris violents i agressions gairebé cada nit.',
      'Una banda atemoreix {p} amb atracaments violents i ningú no fa res. És terrible.',
      'Una altra pallissa brutal {p} {t}. Això ja és insuportable.',
      'Violència descontrolada {p}: una altra baralla multitudinària {t}.',
      'Els comerciants {d} tanquen abans per por dels atracaments.',
      'M\'han atracat amb un ganivet {p} {t}. Tinc por de sortir al carrer. Horrible.',
      'Sirenes, baralles i sang a la vorera {p}. Cada nit igual. Insuportable.',
    ],
    news: [
      'Els Mossos investiguen una nova agressió amb arma blanca {p}',
      'L\'onada de violència {p} dispara l\'alarma veïnal',
      'Tercer apunyalament en una setmana {p}: els veïns exigeixen més policia',
      'Detinguts tres joves per una sèrie d\'atracaments violents {p}',
      'La inseguretat {p} centra el debat del ple de {C}',
      'Els comerciants {d} denuncien una escalada de robatoris violents',
    ],
    asks: [
      'Què farà l\'Ajuntament amb la inseguretat? @bcn_ajuntament',
      '@bcn_ajuntament necessitem més policia al carrer JA.',
      '@bcn_ajuntament quantes agressions més calen perquè actueu?',
      'Què farà l\'Ajuntament perquè puguem tornar a casa sense por? @bcn_ajuntament',
    ],
  },
  openers: {
    neg: ['Indignant.', 'Quin desastre.', 'Vergonyós.', 'El de sempre.', 'No pot ser.'],
    neu: ['📢', '📌', 'Avís.', 'Atenció.'],
    pos: ['Quina meravella!', 'Bravo!', 'Bones notícies.', 'Quina alegria!'],
  },
  closers: {
    neg: ['Fins quan?', 'Així no es pot viure.', 'Prou!', 'Estem farts.'],
    neu: ['Més informació al web municipal.', 'Tota la informació a l\'enllaç.', 'Detalls al web del districte.'],
    pos: ['Així sí!', 'Orgullosa de la meva ciutat.', 'Ben fet.', 'Enhorabona a tothom!'],
  },
  asks: [
    '@bcn_ajuntament, què hi pensareu fer?',
    'Què farà l\'Ajuntament? @bcn_ajuntament',
    '@bcn_ajuntament fins quan haurem d\'esperar?',
    'Algú de l\'@bcn_ajuntament pensa fer alguna cosa?',
    '@AMB_info per a quan una solució?',
  ],
  attributes: {
    violent: ['La violència al carrer ja no és una cosa puntual.', 'Cada setmana hi ha més violència.'],
    unsafe: ['La ciutat és cada cop més insegura.', 'La sensació d\'inseguretat és enorme.'],
    dirty: ['Una ciutat cada cop més bruta.'],
    expensive: ['Tot és caríssim.', 'Viure aquí és cada cop més car.'],
    overcrowded: ['Tot està massificat.'],
    chaotic: ['Un caos total.'],
    corrupt: ['Fa pudor de corrupció i d\'amiguisme.'],
    unwelcoming: ['Un tracte hostil per a qui ve de fora.'],
    safe: ['Es respira tranquil·litat i seguretat.', 'Una ciutat segura i tranquil·la.'],
    welcoming: ['Una ciutat acollidora com poques.'],
    innovative: ['Una ciutat innovadora de debò.', 'Un referent d\'innovació a Europa.'],
    cultural: ['Quina vida cultural tan rica.'],
    sustainable: ['Un pas més cap a una ciutat sostenible.', 'Així es construeix una ciutat més verda i sostenible.'],
    liveable: ['Així fa gust viure aquí.', 'Una ciutat cada cop més habitable.'],
    open: ['Una ciutat oberta al món.'],
  },
  newsSources: [
    'Fonts municipals han confirmat la informació a aquest diari.',
    'L\'Ajuntament donarà més detalls els pròxims dies.',
    'La notícia ha generat nombroses reaccions a les xarxes socials.',
    'Més informació a l\'edició d\'avui.',
  ],
  events: {
    merce: [
      { topic: 'culture', tone: 'pos', text: 'Quin ambient a la Mercè! Els castells a la plaça de Sant Jaume, espectaculars. {C} està de festa.' },
      { topic: 'culture', tone: 'pos', text: 'El correfoc de la Mercè ha estat increïble. {C} en festes és una altra ciutat.' },
      { topic: 'culture', tone: 'neu', text: 'Consulta el programa de concerts de la Mercè a {C} i els talls de carrers.' },
      { topic: 'cleanliness', tone: 'neg', text: 'Botellot i brutícia després dels concerts de la Mercè {p}. Quin fàstic.' },
    ],
    santJordi: [
      { topic: 'culture', tone: 'pos', text: 'Roses i llibres pertot arreu: Sant Jordi a {C} és preciós.' },
      { topic: 'culture', tone: 'pos', text: 'El passeig de Gràcia ple de parades de llibres. Bon Sant Jordi, {c}!' },
      { topic: 'culture', tone: 'neu', text: 'Mapa de parades de llibres i roses per Sant Jordi a {C}.' },
    ],
    mwc: [
      { topic: 'economy', tone: 'pos', text: 'Arrenca el Mobile World Congress a {C}: milers de visitants i molta innovació.' },
      { topic: 'international', tone: 'neu', text: 'Delegacions de tot el món arriben a {C} per al MWC.' },
      { topic: 'tourism', tone: 'neg', text: 'Amb el MWC els hotels de {C} tripliquen els preus. Abusiu.' },
      { topic: 'mobility', tone: 'neg', text: 'Cues enormes al metro cap a la Fira pel MWC. {C} col·lapsada.' },
    ],
    summer: [
      { topic: 'tourism', tone: 'neg', text: 'L\'agost a {C}: platges plenes de gom a gom, creuers i ni un forat {p}. Massificació total.' },
      { topic: 'tourism', tone: 'neu', text: 'Rècord de creuers aquest estiu al port de {C}.' },
      { topic: 'environment', tone: 'neg', text: 'Onada de calor a {C}: nits tropicals i ni una ombra {p}.' },
    ],
  },
  hashtags: {
    security: '#seguretat', housing: '#habitatge', mobility: '#mobilitat', tourism: '#turisme',
    culture: '#cultura', environment: '#mediambient', economy: '#economia', education: '#educació',
  },
  citizenBios: [
    'Veïna {d}. Cafè, bici i llibres.', 'Veí {d} de tota la vida.', 'Mare, ciclista i lectora.',
    'Estudiant. Opinions meves.', 'Jubilat. Passejo, llegeixo i em queixo.', 'Veïna {d}. Opino el que vull.',
    'Pare de dos fills. Visc {p}.', 'Dissenyadora gràfica. Visc {p}.',
  ],
};
