import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EPISODE, demoEpisodeWindow, episodeIntensity, generateDemo, type DemoItem } from '../../lib/demo';
import { TREND_CUES, VIOLENCE_CUES, VIOLENT_UNSAFE_CUES, hasCue } from './demo-lexicon';

const NOW = new Date('2026-11-24T12:00:00Z');
const DAY = 86_400_000;
let items: DemoItem[];

beforeAll(() => {
  items = generateDemo({ now: NOW, seed: 11 });
});

const timeOf = (i: DemoItem) => Date.parse(i.raw.publishedAt!);
const fullText = (i: DemoItem) => `${i.raw.title ?? ''} ${i.raw.text}`;
function between(from: number, to: number): DemoItem[] {
  return items.filter((i) => timeOf(i) >= from && timeOf(i) < to);
}
const shareOf = (list: DemoItem[], pred: (i: DemoItem) => boolean) => list.filter(pred).length / list.length;

describe('DEMO_EPISODE', () => {
  it('describes a ten-day security episode three weeks before now', () => {
    const { start, end } = demoEpisodeWindow(NOW);
    expect(NOW.getTime() - start.getTime()).toBe(21 * DAY);
    expect((end.getTime() - start.getTime()) / DAY).toBe(10);
    expect(DEMO_EPISODE.topic).toBe('security');
    expect(DEMO_EPISODE.attributes).toEqual(['violent', 'unsafe']);
  });

  it.each([
    ['a day before it starts', 22, 0],
    ['the day after it ends', 10, 0],
  ])('has no intensity %s', (_, daysAgo, expected) => {
    expect(episodeIntensity(NOW.getTime() - daysAgo * DAY, NOW)).toBe(expected);
  });

  it('builds up and fades: strongest in the middle', () => {
    const at = (daysAgo: number) => episodeIntensity(NOW.getTime() - daysAgo * DAY, NOW);
    expect(at(16)).toBeGreaterThan(at(20.5));
    expect(at(16)).toBeGreaterThan(at(11.5));
    expect(at(20.9)).toBeGreaterThan(0);
  });
});

describe('the planted episode, read back from the generated texts', () => {
  const { start, end } = demoEpisodeWindow(NOW);
  const s = start.getTime();
  const e = end.getTime();
  let during: DemoItem[];
  let before: DemoItem[];
  beforeAll(() => {
    during = between(s, e);
    before = between(s - 90 * DAY, s);
  });

  it('multiplies the share of violence and insecurity posts at least 2.5×', () => {
    const ratio = shareOf(during, (i) => hasCue(fullText(i), VIOLENCE_CUES)) / shareOf(before, (i) => hasCue(fullText(i), VIOLENCE_CUES));
    expect(ratio).toBeGreaterThanOrEqual(2.5);
  });

  it('raises the daily volume', () => {
    expect(during.length / 10).toBeGreaterThan(1.5 * (before.length / 90));
  });

  it('spells out the violent/unsafe attributes far more often', () => {
    const ratio = shareOf(during, (i) => hasCue(i.raw.text, VIOLENT_UNSAFE_CUES)) / shareOf(before, (i) => hasCue(i.raw.text, VIOLENT_UNSAFE_CUES));
    expect(ratio).toBeGreaterThan(3);
  });

  it('draws press coverage: many more security news articles a day', () => {
    const news = (list: DemoItem[]) => list.filter((i) => i.raw.platform === 'news' && hasCue(fullText(i), VIOLENCE_CUES)).length;
    expect(news(during) / 10).toBeGreaterThan(4 * (news(before) / 90));
  });

  it('sends complaints and questions to the city’s own accounts', () => {
    const asks = (list: DemoItem[]) => list.filter((i) => i.raw.text.includes('@bcn_ajuntament')).length;
    expect(asks(during) / 10).toBeGreaterThan(3 * (asks(before) / 90));
    expect(during.some((i) => /Qu[eéè] (va a hacer|farà) l'Ajuntament/.test(i.raw.text))).toBe(true);
  });

  it('has high-engagement violence posts: the top one beats anything of the 90 days before', () => {
    const topLikes = (list: DemoItem[]) => Math.max(...list.filter((i) => hasCue(i.raw.text, VIOLENCE_CUES)).map((i) => i.raw.metrics?.likes ?? 0));
    const p99 = before.map((i) => i.raw.metrics?.likes ?? 0).sort((a, b) => a - b)[Math.floor(before.length * 0.99)];
    expect(topLikes(during)).toBeGreaterThan(p99);
  });

  it('concentrates in the old town and its edges', () => {
    const hot = during.filter((i) => hasCue(i.raw.text, VIOLENCE_CUES));
    const inHotPlaces = hot.filter((i) => DEMO_EPISODE.places.some((p) => i.raw.text.includes(p)));
    expect(inHotPlaces.length / hot.length).toBeGreaterThan(0.4);
  });

  it('is over: the last ten days are back to the usual security share', () => {
    const after = between(e, NOW.getTime());
    const ratio = shareOf(after, (i) => hasCue(fullText(i), VIOLENCE_CUES)) / shareOf(before, (i) => hasCue(fullText(i), VIOLENCE_CUES));
    expect(ratio).toBeLessThan(1.6);
  });
});

describe('rhythms of the year', () => {
  const localDay = (i: DemoItem) => new Date(timeOf(i) + 3_600_000).getUTCDay();

  it('is busier on weekdays than on weekends', () => {
    const weekday = items.filter((i) => [2, 3].includes(localDay(i))).length / 2;
    const weekend = items.filter((i) => [0, 6].includes(localDay(i))).length / 2;
    expect(weekday / weekend).toBeGreaterThan(1.25);
  });

  it('is quiet at night', () => {
    const hour = (i: DemoItem) => new Date(timeOf(i) + 3_600_000).getUTCHours();
    const night = items.filter((i) => hour(i) >= 2 && hour(i) < 5).length;
    const morning = items.filter((i) => hour(i) >= 9 && hour(i) < 12).length;
    expect(morning).toBeGreaterThan(5 * night);
  });

  it.each([
    ['Sant Jordi', /Sant Jordi/, [3, 21], [3, 24]],
    ['La Mercè', /(La|la) Mercè(?! de)|Mercè festival/, [8, 19], [8, 25]],
    ['Mobile World Congress', /MWC|Mobile World Congress/, [1, 25], [2, 10]],
  ])('talks about %s during its days only', (_, cue, [m0, d0], [m1, d1]) => {
    const hits = items.filter((i) => cue.test(i.raw.text) && !/Cursa de la Mercè/.test(i.raw.text));
    expect(hits.length).toBeGreaterThan(15);
    for (const i of hits) {
      const t = timeOf(i);
      const y = new Date(t).getUTCFullYear();
      expect(t).toBeGreaterThanOrEqual(Date.UTC(y, m0, d0));
      expect(t).toBeLessThan(Date.UTC(y, m1, d1));
    }
  });

  it('gains "sustainable"/"innovative" associations over the year', () => {
    const first = between(NOW.getTime() - 365 * DAY, NOW.getTime() - 275 * DAY);
    const last = between(NOW.getTime() - 90 * DAY, NOW.getTime());
    const ratio = shareOf(last, (i) => hasCue(i.raw.text, TREND_CUES)) / shareOf(first, (i) => hasCue(i.raw.text, TREND_CUES));
    expect(ratio).toBeGreaterThan(1.8);
  });
});
