import type { Author, RawPost } from '../model/mention';
import type { Attribute, Platform, Stakeholder, Topic } from '../model/taxonomy';
import { DEMO_ORGS, DEMO_OUTLETS, makeCitizens, type DemoCitizen, type DemoOrg } from './authors';
import { DAY_MS, HOURLY, eventAt, weekdayFactor, type EventWindow } from './calendar';
import { asTitle, fillTemplate, joinParts, type Slots } from './compose-text';
import { DEMO_EPISODE, episodeIntensity } from './demo-episode';
import { DEMO_ID_PREFIX, DemoOptionsSchema, type DemoItem, type DemoOptions } from './demo-item';
import type { DemoLang, EventLine, Phrasebook, Tone } from './phrasebook';
import { PHRASEBOOK_CA } from './phrasebook-ca';
import { PHRASEBOOK_EN } from './phrasebook-en';
import { PHRASEBOOK_ES } from './phrasebook-es';
import { PHRASEBOOK_FR, PHRASEBOOK_IT, PHRASEBOOK_PT } from './phrasebook-other';
import { DEMO_PLACES, type DemoPlace, type PlaceLang } from './places';
import { ORIGIN_WEIGHTS, PLATFORM_WEIGHTS, addressOf, metricsOf, type DemoOrigin } from './platform-shapes';
import { createRng, type Rng } from './prng';

const PHRASEBOOKS: Record<DemoLang, Phrasebook> = {
  es: PHRASEBOOK_ES, ca: PHRASEBOOK_CA, en: PHRASEBOOK_EN, pt: PHRASEBOOK_PT, fr: PHRASEBOOK_FR, it: PHRASEBOOK_IT,
};

/** Barcelona's public writes mostly in Spanish and Catalan; visitors add English and a little more. */
const LANG_WEIGHTS: Record<DemoLang, number> = { es: 45, ca: 35, en: 15, pt: 2, fr: 1.5, it: 1.5 };

const TOPIC_WEIGHTS: Record<Topic, number> = {
  security: 7, cleanliness: 7, mobility: 11, housing: 10, tourism: 10, economy: 8, culture: 10,
  environment: 7, public_services: 6, governance: 7, international: 4, sport: 5, health: 4, education: 4,
};

/** Tone mix per topic, [negative, neutral, positive]: complaints dominate housing, praise culture. */
const TONES: Record<Topic, [number, number, number]> = {
  security: [0.55, 0.3, 0.15], cleanliness: [0.55, 0.25, 0.2], mobility: [0.45, 0.35, 0.2],
  housing: [0.6, 0.25, 0.15], tourism: [0.4, 0.25, 0.35], economy: [0.3, 0.35, 0.35],
  culture: [0.15, 0.35, 0.5], environment: [0.35, 0.3, 0.35], public_services: [0.35, 0.4, 0.25],
  governance: [0.4, 0.35, 0.25], international: [0.15, 0.45, 0.4], sport: [0.15, 0.35, 0.5],
  health: [0.35, 0.35, 0.3], education: [0.3, 0.35, 0.35],
};

/** Topics whose image improves over the demo year: the slow "sustainable"/"innovative" gain. */
const IMPROVING: ReadonlySet<Topic> = new Set(['environment', 'mobility', 'economy']);

/** Attributes a post on a topic, in a tone, may spell out. */
const TOPIC_ATTRIBUTES: Partial<Record<Topic, Partial<Record<Tone, Attribute[]>>>> = {
  security: { neg: ['unsafe', 'violent'], pos: ['safe'] },
  cleanliness: { neg: ['dirty'] },
  mobility: { neg: ['chaotic'], pos: ['sustainable'] },
  housing: { neg: ['expensive'] },
  tourism: { neg: ['overcrowded', 'expensive'], pos: ['welcoming', 'open'] },
  economy: { neg: ['expensive'], pos: ['innovative'] },
  culture: { pos: ['cultural'] },
  environment: { neg: ['dirty'], pos: ['sustainable'] },
  public_services: { pos: ['liveable'] },
  governance: { neg: ['corrupt'], pos: ['open'] },
  international: { neg: ['unwelcoming'], pos: ['open', 'innovative', 'welcoming'] },
  health: { pos: ['liveable'] },
  education: { pos: ['innovative'] },
};
const TREND_ATTRIBUTES: ReadonlySet<Attribute> = new Set(['sustainable', 'innovative']);

type Group = Stakeholder;
const GROUP_BASE: Record<Group, number> = {
  citizen: 60, business: 6, academia: 3, culture: 4, civil_society: 7, media: 8, official: 8,
  international: 2, sport: 2,
};
const GROUP_BY_TOPIC: Partial<Record<Topic, Partial<Record<Group, number>>>> = {
  culture: { culture: 20 }, sport: { sport: 20 }, education: { academia: 15 }, economy: { business: 15 },
  international: { international: 15 }, housing: { civil_society: 10 },
  governance: { official: 6, civil_society: 6 }, tourism: { business: 5, international: 3 },
};
/** What organisations post about; media, officials and neighbourhood groups cover everything. */
const GROUP_TOPICS: Partial<Record<Group, readonly Topic[]>> = {
  business: ['economy', 'tourism', 'mobility', 'housing', 'international', 'culture'],
  academia: ['education', 'economy', 'environment', 'international', 'health', 'housing', 'mobility'],
  culture: ['culture', 'tourism', 'education', 'governance'],
  international: ['international', 'tourism', 'economy', 'environment', 'culture'],
  sport: ['sport', 'health', 'public_services'],
};

/** Who posts where: pages are organisations' sites, LinkedIn is institutional, Telegram is channels. */
const PLATFORM_GROUPS: Partial<Record<Platform, readonly Group[]>> = {
  web: ['business', 'academia', 'culture', 'civil_society', 'international'],
  linkedin: ['business', 'academia', 'official', 'international', 'culture'],
  telegram: ['media', 'official', 'civil_society'],
};

/** The press covers the episode heavily: news outweighs every other platform while it lasts. */
const EPISODE_PLATFORM_WEIGHTS: Record<Platform, number> = { ...PLATFORM_WEIGHTS, news: PLATFORM_WEIGHTS.news * 2.5 };

interface Context {
  rng: Rng;
  now: Date;
  citizens: Record<DemoLang, DemoCitizen[]>;
  seq: number;
}

interface PlaceTable {
  places: DemoPlace[];
  weights: Record<string, number>;
  hot: DemoPlace[];
}
const placeTables = new Map<PlaceLang, PlaceTable>();

/** Places with written forms in a language, built once per language. */
function placeTable(lang: PlaceLang): PlaceTable {
  let table = placeTables.get(lang);
  if (!table) {
    const places = DEMO_PLACES.filter((p) => p.forms[lang]);
    const weights: Record<string, number> = {};
    for (const p of places) weights[p.name] = p.weight;
    const hot = places.filter((p) => (DEMO_EPISODE.places as readonly string[]).includes(p.name));
    table = { places, weights, hot };
    placeTables.set(lang, table);
  }
  return table;
}

/** A place that has written forms in the language, weighted; episode posts favour its places. */
function pickPlace(rng: Rng, lang: DemoLang, episode: boolean): DemoPlace | undefined {
  if (!(lang === 'es' || lang === 'ca' || lang === 'en')) return undefined;
  const table = placeTable(lang);
  if (episode && table.hot.length && rng.chance(0.75)) return rng.pick(table.hot);
  const name = rng.weighted(table.weights);
  return table.places.find((p) => p.name === name);
}

function slotsFor(rng: Rng, book: Phrasebook, episode: boolean, formal: boolean): Slots {
  const C = book.cityNames[0];
  const place = pickPlace(rng, book.lang, episode);
  const forms = place?.forms[book.lang as PlaceLang];
  return {
    C,
    c: formal ? C : rng.pick(book.cityNames),
    p: forms?.in ?? C,
    d: forms?.of ?? C,
    n: forms?.bare ?? C,
    t: rng.pick(book.times),
  };
}

/** The topic's tone mix; improving topics turn from complaint to praise as the year goes on. */
function pickTone(rng: Rng, topic: Topic, progress: number): Tone {
  const [neg, neu, pos] = TONES[topic];
  const shift = IMPROVING.has(topic) ? Math.min(neg - 0.05, 0.25 * progress) : 0;
  return rng.weighted({ neg: neg - shift, neu, pos: pos + shift });
}

const topicTables = new Map<DemoLang, Partial<Record<Topic, number>>>();

/** A topic the language has lines for, by TOPIC_WEIGHTS. */
function pickTopic(rng: Rng, book: Phrasebook): Topic {
  let weights = topicTables.get(book.lang);
  if (!weights) {
    weights = {};
    for (const [topic, lines] of Object.entries(book.topics) as Array<[Topic, NonNullable<Phrasebook['topics'][Topic]>]>) {
      if (lines.neg.length + lines.neu.length + lines.pos.length) weights[topic] = TOPIC_WEIGHTS[topic];
    }
    topicTables.set(book.lang, weights);
  }
  return rng.weighted(weights);
}

/**
 * A line about the topic in the tone, falling back to another tone and then another topic when a
 * language has none: the sparse phrasebooks (pt, fr, it) lack some combinations.
 */
function pickLine(rng: Rng, book: Phrasebook, topic: Topic, tone: Tone, personal: boolean): { topic: Topic; tone: Tone; line: string } {
  for (const tn of [tone, 'neu', 'neg', 'pos'] as Tone[]) {
    const lines = linesFor(book, topic, tn, personal);
    if (lines.length) return { topic, tone: tn, line: rng.pick(lines) };
  }
  return pickLine(rng, book, pickTopic(rng, book), tone, personal);
}

/** Lines of a topic in a tone; first-person ones only for people, not organisations. */
function linesFor(book: Phrasebook, topic: Topic, tone: Tone, personal: boolean): string[] {
  const t = book.topics[topic];
  if (!t) return [];
  return personal ? [...t[tone], ...(t.personal?.[tone] ?? [])] : t[tone];
}

type Who = { kind: 'citizen'; person: DemoCitizen } | { kind: 'org'; org: DemoOrg };

const groupTables = new Map<string, Partial<Record<Group, number>>>();

/** Stakeholder groups that post on a platform about a topic, weighted; built once per pair. */
function groupWeights(platform: Platform, topic: Topic): Partial<Record<Group, number>> {
  const key = `${platform}/${topic}`;
  let weights = groupTables.get(key);
  if (!weights) {
    weights = {};
    const allowed = PLATFORM_GROUPS[platform];
    for (const g of Object.keys(GROUP_BASE) as Group[]) {
      if (allowed && !allowed.includes(g)) continue;
      if (GROUP_TOPICS[g] && !GROUP_TOPICS[g]!.includes(topic)) continue;
      weights[g] = GROUP_BASE[g] + (GROUP_BY_TOPIC[topic]?.[g] ?? 0);
    }
    groupTables.set(key, weights);
  }
  return weights;
}

function pickAuthor(ctx: Context, platform: Platform, topic: Topic, lang: DemoLang): Who | undefined {
  const { rng } = ctx;
  const allowed = PLATFORM_GROUPS[platform];
  const weights = groupWeights(platform, topic);
  if (!Object.keys(weights).length) return undefined;
  const group = rng.weighted(weights);
  if (group !== 'citizen') {
    const orgs = DEMO_ORGS.filter((o) => o.group === group && o.langs.includes(lang) && (platform !== 'web' || o.site));
    if (orgs.length) return { kind: 'org', org: rng.pick(orgs) };
    if (allowed) return undefined;
  }
  const pool = ctx.citizens[lang];
  // Squaring the draw favours the first residents: a few people post a lot, most post rarely.
  return { kind: 'citizen', person: pool[Math.floor(pool.length * rng.next() ** 2)] };
}

/** One instant in the day starting at `dayStart`, following the hourly activity curve. */
function sampleInstant(rng: Rng, dayStart: number): number {
  for (let i = 0; i < 12; i++) {
    const t = dayStart + Math.floor(rng.next() * DAY_MS);
    const hour = new Date(t + 3_600_000).getUTCHours();
    if (rng.next() * 1.3 < HOURLY[hour]) return t;
  }
  return dayStart + Math.floor(rng.next() * DAY_MS);
}

function attributeSentence(rng: Rng, book: Phrasebook, attrs: Attribute[] | undefined): string | undefined {
  const usable = (attrs ?? []).filter((a) => book.attributes[a]?.length);
  if (!usable.length) return undefined;
  return rng.pick(book.attributes[rng.pick(usable)]!);
}

function hashtagsFor(rng: Rng, book: Phrasebook, topic: Topic): string {
  const city = book.lang === 'fr' ? '#Barcelone' : book.lang === 'it' ? '#Barcellona' : rng.pick(['#BCN', '#Barcelona', '#BCN']);
  const topical = book.hashtags[topic];
  return topical && rng.chance(0.6) ? `${city} ${topical}` : city;
}

/** Cuts optional parts from the end until the text fits the platform's limit. */
function fit(parts: Array<string | undefined>, keep: number, limit: number): string {
  const kept = [...parts];
  let text = joinParts(kept);
  for (let i = kept.length - 1; text.length > limit && i >= 0; i--) {
    if (i === keep) continue;
    kept[i] = undefined;
    text = joinParts(kept);
  }
  return text;
}

function makeItem(ctx: Context, t: number, progress: number, event: EventWindow | undefined): DemoItem {
  const { rng, now } = ctx;
  const episode = rng.chance(episodeIntensity(t, now) * DEMO_EPISODE.peakShare);
  const lang = rng.weighted(LANG_WEIGHTS);
  const book = PHRASEBOOKS[lang];
  const eventLines: EventLine[] = (event && book.events[event.id]) || [];
  const eventLine = !episode && eventLines.length && rng.chance(event!.share) ? rng.pick(eventLines) : undefined;

  let topic: Topic = episode ? DEMO_EPISODE.topic : eventLine?.topic ?? pickTopic(rng, book);
  let tone: Tone = episode ? 'neg' : eventLine?.tone ?? pickTone(rng, topic, progress);
  let platform = rng.weighted(episode ? EPISODE_PLATFORM_WEIGHTS : PLATFORM_WEIGHTS);

  let who: Who | undefined;
  let outlet: (typeof DEMO_OUTLETS)[number] | undefined;
  if (platform === 'news') {
    outlet = rng.pick(DEMO_OUTLETS.filter((o) => o.lang === lang));
  } else {
    who = pickAuthor(ctx, platform, topic, lang);
    if (!who) {
      platform = 'x';
      who = pickAuthor(ctx, platform, topic, lang);
    }
  }
  const group: Group = outlet ? 'media' : who!.kind === 'citizen' ? 'citizen' : who!.org.group;
  // Institutions inform rather than complain: their negative news is told as a neutral notice.
  if (group === 'official' && tone === 'neg') tone = 'neu';
  const personal = group === 'citizen';
  const formal = !!outlet || group === 'official' || group === 'media';
  const slots = slotsFor(rng, book, episode, formal);
  const fill = (s: string) => fillTemplate(s, slots);

  const episodeVoice = episode && tone === 'neg';
  let core: string;
  if (episodeVoice && personal) core = fill(rng.pick(book.episode.social));
  else if (episodeVoice) core = `${fill(rng.pick(book.episode.news))}.`;
  else if (eventLine && eventLine.tone === tone) core = fill(eventLine.text);
  else {
    const picked = pickLine(rng, book, topic, tone, personal);
    ({ topic, tone } = picked);
    core = fill(picked.line);
  }

  // Institutions do not call their own city violent or dirty: they only add positive attributes.
  let attrs = group === 'official' && tone === 'neg' ? undefined : TOPIC_ATTRIBUTES[topic]?.[tone];
  let pAttr = 0.25;
  if (episodeVoice) {
    attrs = [...DEMO_EPISODE.attributes];
    pAttr = 0.65;
  } else if (attrs?.some((a) => TREND_ATTRIBUTES.has(a))) {
    pAttr = 0.1 + 0.6 * progress;
  }
  const attribute = rng.chance(pAttr) ? attributeSentence(rng, book, attrs) : undefined;

  const seq = ++ctx.seq;
  const nativeId = `${DEMO_ID_PREFIX}${platform}-${String(seq).padStart(6, '0')}`;
  const publishedAt = new Date(t).toISOString();

  if (outlet) {
    const title = (episodeVoice ? fill(rng.pick(book.episode.news)) : asTitle(core)).replace(/\.$/, '');
    // A lede: the story, a second fact on the same subject and who says so.
    const more = pickLine(rng, book, topic, tone, false);
    const second = fill(more.line);
    const text = joinParts([
      episodeVoice ? `${title}.` : core,
      second === core ? undefined : second,
      rng.pick(book.newsSources),
    ]);
    const address = addressOf(rng, 'news', outlet.name, seq, t, title, outlet.domain, outlet.section);
    const raw: RawPost = {
      platform: 'news', nativeId, url: address.url, title, text, publishedAt, lang,
      author: { name: outlet.name, url: `https://${outlet.domain}/` },
    };
    return { origin: rng.weighted(ORIGIN_WEIGHTS.news) as DemoOrigin, raw };
  }

  const complaint = tone === 'neg' && (group === 'citizen' || group === 'civil_society');
  const askLines = episodeVoice && book.episode.asks.length ? book.episode.asks : book.asks;
  const ask = complaint && askLines.length && rng.chance(episode ? 0.45 : 0.12) ? rng.pick(askLines) : undefined;
  // Exclamations are people's voice; organisations only point to more information.
  const closers = personal || group === 'civil_society' ? book.closers[tone] : tone === 'neu' ? book.closers.neu : [];
  const closer = !ask && closers.length && rng.chance(0.2) ? rng.pick(closers) : undefined;
  const opener = personal && book.openers[tone].length && rng.chance(0.2) ? rng.pick(book.openers[tone]) : undefined;
  const tags = rng.chance(0.25) ? hashtagsFor(rng, book, topic) : undefined;
  const parts = [opener, core, attribute, ask ?? closer, tags];
  const text = fit(parts, 1, platform === 'x' ? 280 : 1000);

  const base: Author = who!.kind === 'citizen'
    ? { handle: who!.person.handle, name: who!.person.name, bio: who!.person.bio }
    : { handle: who!.org.handle, name: who!.org.name, bio: who!.org.bio, ...(who!.org.verified ? { verified: true } : {}) };
  const address = addressOf(rng, platform, base.handle!, seq, t, core, who!.kind === 'org' ? who!.org.site : undefined);
  let boost = who!.kind === 'org' ? (who!.org.verified ? 6 : 2) : 1;
  if (episode) boost *= 3;
  if (rng.chance(episode ? 0.06 : 0.015)) boost *= 15;
  const metrics = metricsOf(rng, platform, boost, !!ask);
  const raw: RawPost = {
    platform, nativeId, url: address.url, text, publishedAt, lang,
    author: { ...base, handle: address.handle },
    ...(metrics ? { metrics } : {}),
  };
  return { origin: rng.weighted(ORIGIN_WEIGHTS[platform]) as DemoOrigin, raw };
}

/**
 * Generates the demo dataset: about `days` × `perDay` posts about Barcelona before `now`, in
 * Spanish, Catalan, English and a few other languages, across platforms, topics and
 * stakeholders, with weekly rhythm, yearly events, a slowly improving "sustainable"/"innovative"
 * image and the violence episode of DEMO_EPISODE. Same options, same items.
 */
export function generateDemo(options: DemoOptions): DemoItem[] {
  const { now, seed, days, perDay } = DemoOptionsSchema.parse(options);
  const rng = createRng(seed);
  const citizens = {} as Record<DemoLang, DemoCitizen[]>;
  for (const lang of Object.keys(PHRASEBOOKS) as DemoLang[]) {
    const book = PHRASEBOOKS[lang];
    const count = Math.max(6, Math.round(LANG_WEIGHTS[lang] * 2));
    citizens[lang] = makeCitizens(rng, lang, count, () => fillTemplate(rng.pick(book.citizenBios), slotsFor(rng, book, false, false)));
  }
  const ctx: Context = { rng, now, citizens, seq: 0 };
  const start = now.getTime() - days * DAY_MS;
  const items: DemoItem[] = [];
  for (let d = 0; d < days; d++) {
    const dayStart = start + d * DAY_MS;
    const mid = dayStart + DAY_MS / 2;
    const progress = days > 1 ? d / (days - 1) : 1;
    const event = eventAt(mid);
    const surge = 1 + (DEMO_EPISODE.peakVolume - 1) * episodeIntensity(mid, now);
    const expected = perDay * weekdayFactor(mid) * (event?.volume ?? 1) * surge * (0.9 + 0.2 * progress);
    const count = Math.max(0, Math.round(expected * (0.8 + 0.4 * rng.next())));
    const instants: number[] = [];
    for (let i = 0; i < count; i++) instants.push(sampleInstant(rng, dayStart));
    instants.sort((a, b) => a - b);
    for (const t of instants) items.push(makeItem(ctx, t, progress, eventAt(t) ?? undefined));
  }
  return items;
}
