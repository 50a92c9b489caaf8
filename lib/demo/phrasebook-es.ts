import type { Phrasebook } from './phrasebook';

/** Spanish as written in Barcelona's social media and local press. */
export const PHRASEBOOK_ES: Phrasebook = {
  lang: 'es',
  cityNames: ['Barcelona', 'Barcelona', 'Barcelona', 'BCN', 'Barna', 'la Ciudad Condal'],
  times: ['esta mañana', 'esta tarde', 'esta noche', 'ayer', 'anoche', 'este fin de semana', 'hoy', 'el sábado', 'el domingo por la noche', 'a plena luz del día'],
  topics: {
    security: {
      neg: [
        'Otro robo con violencia {p} {t}. Los vecinos ya no saben qué hacer.',
        'Peleas y gritos cada noche {p}. Así no se puede vivir.',
        'Los hurtos a turistas {p} están fuera de control. Un desastre.',
        'Narcopisos {p}: los vecinos denuncian el abandono del barrio. Es terrible.',
        '{t} han asaltado dos comercios {p}. Indignante.',
        'Aumentan los robos en el metro de {C}, según los vecinos afectados.',
      ],
      neu: [
        'La Guardia Urbana refuerza las patrullas {p} durante las fiestas.',
        'Los Mossos presentan el balance trimestral de delitos en {C}.',
        'Convocada una reunión vecinal sobre seguridad {p} para el jueves.',
        'Nuevo protocolo de la policía de barrio {p} a partir del lunes.',
      ],
      pos: [
        'Bajan los robos {p} por tercer mes consecutivo. Buena noticia.',
        'Gran trabajo de la Guardia Urbana {p}: detenido un grupo de carteristas.',
        'Los datos confirman que {c} es hoy más segura que hace cinco años.',
      ],
      personal: {
        neg: [
          'Me han robado el móvil en el metro de {C}. Es la tercera vez este año.',
          'Han dado un tirón de bolso delante de mi portal {p}. Qué miedo.',
          'Ya no dejo que mi hija vuelva sola a casa {p}. Es muy triste.',
        ],
        pos: ['Paseando {p} de noche con total tranquilidad. Me encanta este barrio.'],
      },
    },
    cleanliness: {
      neg: [
        'Las calles {d} están llenas de basura y orines. Qué asco.',
        'Contenedores desbordados {p} desde hace días. Una vergüenza.',
        'Las ratas campan a sus anchas {p}. Limpieza nula. Asqueroso.',
        'Después del fin de semana, {n} parece un vertedero. Horrible.',
      ],
      neu: [
        'Mañana cambia el horario de recogida de residuos {p}.',
        'Nueva campaña de limpieza intensiva {p} a partir del lunes.',
        'El servicio de limpieza de {C} incorpora nuevas barredoras eléctricas.',
      ],
      pos: [
        'Por fin han retirado los grafitis y la basura {p}. Se nota muchísimo la mejora. ¡Genial!',
        'La nueva recogida puerta a puerta {p} funciona genial.',
      ],
      personal: {
        pos: ['Qué limpias están las calles {d} después de la fiesta. Gracias, equipos de limpieza.'],
        neg: ['Llevo una semana pidiendo que recojan los muebles abandonados {p}. Nada.'],
      },
    },
    mobility: {
      neg: [
        'Cuarenta minutos esperando el bus {p}. Un desastre de servicio.',
        'Otra vez Rodalies parado y medio {C} llegando tarde al trabajo. Fatal.',
        'Atasco monumental {p} {t}. El tráfico es insoportable.',
        'Los patinetes por la acera {p} son un peligro constante.',
      ],
      neu: [
        'Cortes de tráfico {p} este domingo por obras.',
        'La L5 del metro de {C} cerrará dos estaciones durante el verano por obras.',
        'Nuevo horario de autobuses nocturnos en el área metropolitana de {C}.',
        'Desvíos en varias líneas de bus {p} por una manifestación.',
      ],
      pos: [
        'El nuevo carril bici {p} es una maravilla. Por fin se puede circular tranquilo.',
        'La supermanzana {d} ha quedado preciosa: menos coches y más vida.',
        'El metro de {C} funciona de maravilla, rápido y puntual.',
      ],
    },
    housing: {
      neg: [
        'Alquiler de 1.400 euros por un piso de 50 metros {p}. Imposible vivir aquí. Un abuso terrible.',
        'Otro desahucio {p} {t}. Familias en la calle mientras los pisos turísticos se multiplican. Es terrible.',
        'Los precios del alquiler en {c} son abusivos. Es muy triste: los jóvenes se tienen que ir.',
      ],
      neu: [
        'El Ayuntamiento publica el nuevo índice de precios de alquiler {d}.',
        'Abierta la convocatoria de vivienda protegida en {C} hasta el día 15.',
        'Jornada informativa sobre ayudas al alquiler {p} este jueves.',
      ],
      pos: [
        'Entregadas 120 viviendas de alquiler social {p}. Muy buena noticia.',
        'Gran iniciativa de cooperativas de vivienda {p}: un modelo que funciona.',
      ],
      personal: {
        neg: ['Nos suben el alquiler un 30 % {p}. Indignante.'],
        pos: ['Por fin hemos conseguido un piso de protección oficial {p}. ¡Qué alegría!'],
      },
    },
    tourism: {
      neg: [
        'Imposible caminar {p}: cruceros, grupos enormes y patinetes. Masificación total.',
        'Los pisos turísticos ilegales {p} están echando a los vecinos.',
        'Colas interminables y precios abusivos en la Sagrada Família. Qué pena: {C} se ha convertido en un parque temático.',
      ],
      neu: [
        '{C} recibió 1,2 millones de turistas el mes pasado, según el último informe.',
        'Nueva tasa turística en {C} a partir del próximo año.',
        'Horarios especiales en los museos de {C} durante el puente.',
      ],
      pos: [
        'Qué bonita está {c} en primavera. Una ciudad preciosa para pasear.',
        'Turistas encantados con la hospitalidad {d}. Gracias por tan buena acogida.',
      ],
      personal: {
        neg: ['Otra despedida de soltero gritando {p} a las cuatro de la mañana. Estoy harta.'],
        pos: ['Primer viaje a {C} y me ha encantado: comida increíble y gente maravillosa.'],
      },
    },
    economy: {
      neg: [
        'Cierra otra tienda de toda la vida {p}. El pequeño comercio se muere. Muy triste.',
        'Los precios en {c} no paran de subir y los sueldos siguen igual.',
        'Persianas bajadas por todas partes {p}. Qué tristeza.',
      ],
      neu: [
        'El paro en {C} se sitúa en el 7,8 % según los datos del trimestre.',
        'Feria de comercio local {p} este sábado.',
        'Reunión entre el Ayuntamiento y el sector de la restauración {d}.',
      ],
      pos: [
        'Abre un nuevo centro de empresas emergentes {p}: {C} sigue atrayendo talento.',
        'Récord de inversión extranjera en {C}. Excelente noticia para el empleo.',
        'El comercio de proximidad {d} vive un gran momento.',
      ],
    },
    culture: {
      neg: [
        'Cierra otra sala de conciertos {p}. La cultura en {C} está abandonada. Una pena.',
        'Entradas carísimas y organización pésima en el festival de {C}. Decepcionante.',
        'Los ateneos {d} denuncian recortes. Una pena.',
      ],
      neu: [
        'Este fin de semana, jornada de puertas abiertas en los museos de {C}.',
        'Ya está disponible el programa completo de la fiesta mayor {d}.',
        'El Grec presenta su programación de verano en {C}.',
      ],
      pos: [
        'La nueva biblioteca {d} es preciosa. Un orgullo para el barrio.',
        'Exposición magnífica en el MACBA. {C} tiene una oferta cultural maravillosa.',
      ],
      personal: { pos: ['Qué concierto tan increíble {t} {p}. ¡Me encanta esta ciudad!'] },
    },
    environment: {
      neg: [
        'La contaminación en {C} vuelve a superar los límites. Respiramos veneno.',
        'Talan árboles centenarios {p}. Un desastre ecológico.',
        'Las playas de {C} llenas de plásticos y colillas. Lamentable.',
      ],
      neu: [
        'Episodio de contaminación: se recomienda usar el transporte público en {C}.',
        'Nuevo punto verde {p} a partir de la semana que viene.',
        'Plantación de 200 árboles {p} este sábado.',
      ],
      pos: [
        'El nuevo parque {d} es una maravilla: más verde y más sombra.',
        '{C} reduce sus emisiones por tercer año consecutivo. Excelente trabajo.',
        'Las placas solares de las escuelas {d} ya funcionan. Gran avance.',
      ],
    },
    public_services: {
      neg: [
        'La piscina municipal {d} lleva meses cerrada. Un abandono total.',
        'Los trámites en línea del Ayuntamiento de {C} no funcionan nunca.',
      ],
      neu: [
        'Nuevo horario de la biblioteca {d} a partir de octubre.',
        'Las oficinas de atención ciudadana de {C} cerrarán el día festivo.',
        'Abierto el plazo de inscripción en los casales de verano {d}.',
      ],
      pos: [
        'Reabre la piscina municipal {d} totalmente renovada. ¡Genial!',
        'El nuevo servicio de cita previa del Ayuntamiento de {C} es rápido y fácil. Muy bien.',
      ],
      personal: {
        neg: ['Tres semanas esperando cita en la oficina de atención ciudadana {d}. Lamentable.'],
        pos: ['La atención en el centro cívico {d} ha sido excelente. Gracias.'],
      },
    },
    governance: {
      neg: [
        'El Ayuntamiento de {C} vuelve a ignorar a los vecinos {d}. Vergüenza.',
        'Otra promesa incumplida {p}. Hartos de tanto anuncio vacío.',
        'Falta total de transparencia en los contratos del Ayuntamiento de {C}.',
      ],
      neu: [
        'Pleno municipal de {C} este viernes: se debaten los presupuestos.',
        'Abierto el proceso de presupuestos participativos {p}.',
        'Audiencia pública {p} el martes a las 18 h.',
      ],
      pos: [
        'Buena iniciativa del Ayuntamiento de {C}: los vecinos {d} decidirán el uso del solar.',
        'Por fin un gobierno municipal que escucha. Gran reunión con los vecinos {d}.',
        'Excelente gestión del plan de barrios {p}.',
      ],
    },
    international: {
      neg: [
        '{C} pierde la sede de un congreso internacional por la falta de hoteles asequibles. Mala noticia.',
        'La imagen internacional de {C} sale muy perjudicada tras las últimas noticias. Muy mal.',
      ],
      neu: [
        '{C} acoge esta semana la cumbre de ciudades mediterráneas.',
        'Delegaciones de 40 países visitan {C} para conocer su modelo urbano.',
        'La prensa internacional habla hoy de {C}.',
      ],
      pos: [
        '{C}, elegida entre las mejores ciudades del mundo para vivir. ¡Orgullo!',
        'Gran éxito de la cumbre internacional celebrada en {C}.',
        'La prensa internacional elogia el modelo de supermanzanas de {C}. ¡Qué orgullo!',
      ],
    },
    sport: {
      neg: [
        'Caos a la salida del Estadi Olímpic de Montjuïc: colas eternas y ni un solo bus.',
        'Las pistas deportivas {d} están en un estado lamentable.',
      ],
      neu: [
        'Cortes de tráfico en {C} el domingo por la maratón.',
        'Este sábado, torneo de baloncesto de base {p}.',
        'Abiertas las inscripciones para la Cursa de la Mercè de {C}.',
      ],
      pos: [
        'El nuevo polideportivo {d} es fantástico.',
        'Gran victoria del equipo de baloncesto {d}. ¡Felicidades!',
      ],
      personal: { pos: ['Qué ambiente tan bonito en la carrera popular {d}. ¡Me encanta correr por {c}!'] },
    },
    health: {
      neg: [
        'Seis horas de espera en urgencias en {C}. Colapso total.',
        'Cierran el CAP {d} por las tardes. Una vergüenza.',
      ],
      neu: [
        'Campaña de vacunación de la gripe en los CAP de {C} a partir del lunes.',
        'Nuevo horario del CAP {d} durante el verano.',
      ],
      pos: [
        'Abre un nuevo centro de salud {p}. Muy buena noticia para el barrio.',
        'El equipo del CAP {d} es maravilloso. Gracias por el trato.',
      ],
    },
    education: {
      neg: [
        'Barracones otra vez en la escuela {d}. Inaceptable.',
        'Faltan plazas de guardería pública {p}. Un problema gravísimo.',
      ],
      neu: [
        'Abierta la preinscripción escolar en {C} hasta el día 20.',
        'Jornada de puertas abiertas en los institutos {d}.',
      ],
      pos: [
        'La nueva escuela {d} es una maravilla. Gran proyecto educativo.',
        'Alumnos de un instituto {d} ganan un premio internacional de ciencia. ¡Enhorabuena!',
      ],
    },
  },
  episode: {
    social: [
      'Tercera agresión con arma blanca {p} en una semana. ¿Qué está pasando en {c}?',
      'Apuñalado un joven {p} {t}. Los vecinos estamos aterrorizados y furiosos.',
      'Ola de violencia en {c}: reyertas, robos violentos y agresiones casi cada noche.',
      'Una banda aterroriza {p} con atracos violentos y nadie hace nada.',
      'Otra paliza brutal {p} {t}. Esto ya es insoportable.',
      'Violencia sin control {p}: otra pelea multitudinaria {t}.',
      'Los comerciantes {d} cierran antes por miedo a los atracos.',
      'Me han atracado con un cuchillo {p} {t}. Tengo miedo de salir a la calle.',
      'Sirenas, peleas y sangre en la acera {p}. Cada noche igual.',
    ],
    news: [
      'Los Mossos investigan una nueva agresión con arma blanca {p}',
      'La ola de violencia {p} dispara la alarma vecinal',
      'Tercer apuñalamiento en una semana {p}: los vecinos exigen más policía',
      'Detenidos tres jóvenes por una serie de atracos violentos {p}',
      'La inseguridad {p} centra el debate del pleno de {C}',
      'Los comerciantes {d} denuncian una escalada de robos violentos',
    ],
    asks: [
      '¿Qué va a hacer el Ajuntament con la inseguridad? @bcn_ajuntament',
      '@bcn_ajuntament necesitamos más policía en la calle YA.',
      '@bcn_ajuntament ¿cuántas agresiones más hacen falta para que actuéis?',
      '¿Qué va a hacer el Ajuntament para que podamos volver a casa sin miedo? @bcn_ajuntament',
    ],
  },
  openers: {
    neg: ['Indignante.', 'Qué desastre.', 'Vergonzoso.', 'Lo de siempre.', 'No puede ser.'],
    neu: ['📢', '📌', 'Aviso.', 'Atención.'],
    pos: ['¡Qué maravilla!', '¡Bravo!', 'Buenas noticias.', '¡Qué alegría!'],
  },
  closers: {
    neg: ['¿Hasta cuándo?', 'Así no se puede vivir.', 'Basta ya.', 'Estamos hartos.'],
    neu: ['Más información en la web municipal.', 'Toda la información en el enlace.', 'Detalles en la web del distrito.'],
    pos: ['¡Así sí!', 'Orgullosa de mi ciudad.', 'Bien hecho.', '¡Enhorabuena a todos!'],
  },
  asks: [
    '@bcn_ajuntament, ¿qué vais a hacer?',
    '¿Qué va a hacer el Ajuntament? @bcn_ajuntament',
    '@bcn_ajuntament ¿hasta cuándo vamos a esperar?',
    '¿Alguien del @bcn_ajuntament piensa hacer algo?',
    '@AMB_info ¿para cuándo una solución?',
  ],
  attributes: {
    violent: ['La violencia en la calle ya no es algo puntual.', 'Cada semana hay más violencia.'],
    unsafe: ['La ciudad es cada vez más insegura.', 'La sensación de inseguridad es enorme.'],
    dirty: ['Una ciudad cada vez más sucia.'],
    expensive: ['Todo está carísimo.', 'Vivir aquí es cada vez más caro.'],
    overcrowded: ['Está todo masificado.'],
    chaotic: ['Un caos total.'],
    corrupt: ['Huele a corrupción y a amiguismo.'],
    unwelcoming: ['Un trato hostil para quien viene de fuera.'],
    safe: ['Se respira tranquilidad y seguridad.', 'Una ciudad segura y tranquila.'],
    welcoming: ['Una ciudad acogedora como pocas.'],
    innovative: ['Una ciudad innovadora de verdad.', 'Un referente de innovación en Europa.'],
    cultural: ['Qué vida cultural tan rica.'],
    sustainable: ['Un paso más hacia una ciudad sostenible.', 'Así se construye una ciudad más verde y sostenible.'],
    liveable: ['Así da gusto vivir aquí.', 'Una ciudad cada vez más habitable.'],
    open: ['Una ciudad abierta al mundo.'],
  },
  newsSources: [
    'Fuentes municipales han confirmado la información a este diario.',
    'El Ayuntamiento dará más detalles en los próximos días.',
    'La noticia ha generado numerosas reacciones en las redes sociales.',
    'Más información en la edición de hoy.',
  ],
  events: {
    merce: [
      { topic: 'culture', tone: 'pos', text: '¡Qué ambiente en La Mercè! Los castells en la plaza Sant Jaume, espectaculares. {C} está de fiesta.' },
      { topic: 'culture', tone: 'pos', text: 'El correfoc de La Mercè ha sido increíble. {C} en fiestas es otra ciudad.' },
      { topic: 'culture', tone: 'neu', text: 'Consulta el programa de conciertos de La Mercè en {C} y los cortes de calles.' },
      { topic: 'cleanliness', tone: 'neg', text: 'Botellón y suciedad tras los conciertos de La Mercè {p}. Qué asco.' },
    ],
    santJordi: [
      { topic: 'culture', tone: 'pos', text: 'Rosas y libros por todas partes: Sant Jordi en {C} es precioso.' },
      { topic: 'culture', tone: 'pos', text: 'Paseo de Gràcia lleno de paradas de libros. ¡Feliz Sant Jordi, {c}!' },
      { topic: 'culture', tone: 'neu', text: 'Mapa de paradas de libros y rosas para Sant Jordi en {C}.' },
    ],
    mwc: [
      { topic: 'economy', tone: 'pos', text: 'Arranca el Mobile World Congress en {C}: miles de visitantes y mucha innovación.' },
      { topic: 'international', tone: 'neu', text: 'Delegaciones de todo el mundo llegan a {C} para el MWC.' },
      { topic: 'tourism', tone: 'neg', text: 'Con el MWC los hoteles de {C} triplican sus precios. Abusivo.' },
      { topic: 'mobility', tone: 'neg', text: 'Colas enormes en el metro hacia la Fira por el MWC. {C} colapsada.' },
    ],
    summer: [
      { topic: 'tourism', tone: 'neg', text: 'Agosto en {C}: playas abarrotadas, cruceros y ni un hueco {p}. Masificación total.' },
      { topic: 'tourism', tone: 'neu', text: 'Récord de cruceros este verano en el puerto de {C}.' },
      { topic: 'environment', tone: 'neg', text: 'Ola de calor en {C}: noches tropicales y ni una sombra {p}.' },
    ],
  },
  hashtags: {
    security: '#seguridad', housing: '#vivienda', mobility: '#movilidad', tourism: '#turismo',
    culture: '#cultura', environment: '#medioambiente', economy: '#economía', education: '#educación',
  },
  citizenBios: [
    'Vecina {d}. Café, bici y libros.', 'Vecino {d} de toda la vida.', 'Madre, ciclista y lectora.',
    'Estudiante. Opiniones mías.', 'Jubilado. Paseo, leo y me quejo.', 'Vecina {d}. Opino lo que quiero.',
    'Padre de dos. Vivo {p}.', 'Diseñadora gráfica. Vivo {p}.',
  ],
};
