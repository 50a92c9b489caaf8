import { describe, expect, it } from 'vitest';
import { activityTime } from '../../lib/capture/platforms/linkedin';
import { ADAPTERS } from '../../lib/capture/registry';
import { allValid, byId, htmlResult, jsonResult, readLocal } from './helpers';

// These adapters are written against documented/observed formats and tested on hand-made samples
// (test/fixtures/capture/SOURCES.md); the registry marks them unverified.
describe('YouTube (hand-made samples)', () => {
  it('is marked unverified', () => {
    expect(ADAPTERS.youtube.verified).toBe(false);
  });

  it('youtubei/v1/next: entity-payload and renderer comments, permalinks with the page video id', () => {
    const r = jsonResult(readLocal('youtube/next-comments.json'), 'https://www.youtube.com/youtubei/v1/next?prettyPrint=false', { pageUrl: 'https://www.youtube.com/watch?v=Hm4nD0Mad3A' });
    expect(r.parsed).toBe(2);
    expect(allValid(r.posts)).toBe(true);
    expect(byId(r.posts, 'UgzHandMadeEnt0001AaBbCc')).toMatchObject({
      url: 'https://www.youtube.com/watch?v=Hm4nD0Mad3A&lc=UgzHandMadeEnt0001AaBbCc',
      text: 'Vivo en Gràcia y el turismo masivo es insoportable 😤\nNecesitamos más control.',
      author: { handle: '@anna.gracia', url: 'https://www.youtube.com/channel/UCannaGracia0000000000001' },
      metrics: { likes: 1200, replies: 15 },
    });
    expect(byId(r.posts, 'UgyHandMadeOld0002DdEeFf')).toMatchObject({
      text: 'La Sagrada Família @gaudi_fan sigue sin terminar & ya cansa',
      author: { handle: '@jordi_gracia', url: 'https://www.youtube.com/@jordi_gracia' },
      metrics: { likes: 37, replies: 4 },
    });
  });

  it('comments whose video is unknown are skipped and counted, not given a wrong link', () => {
    const r = jsonResult(readLocal('youtube/next-comments.json'), 'https://www.youtube.com/youtubei/v1/next');
    expect(r.parsed).toBe(0);
    expect(r.skipped).toBe(2);
  });

  it('watch page: the video from ytInitialPlayerResponse and the rendered comment', () => {
    const r = htmlResult(readLocal('youtube/watch-page.html'), 'https://www.youtube.com/watch?v=Hm4nD0Mad3A');
    expect(r.parsed).toBe(2);
    expect(byId(r.posts, 'Hm4nD0Mad3A')).toMatchObject({
      url: 'https://www.youtube.com/watch?v=Hm4nD0Mad3A',
      title: 'Barcelona en 4K: paseo por el Eixample',
      text: 'Un paseo tranquilo por el Eixample de Barcelona un domingo por la mañana.\nMúsica: "Sol de tarda" {libre}',
      author: { name: 'Passeig Urbà' },
      publishedAt: '2026-03-01T17:15:00.000Z',
      metrics: { views: 18342 },
    });
    expect(byId(r.posts, 'UgzHandMadeDom0001AaBbCc').text).toBe('Qué bonito está el Eixample con los árboles en flor 🌸');
  });
});

describe('Instagram (hand-made samples)', () => {
  it('current API media and legacy GraphQL media; a carousel is one post', () => {
    const r = jsonResult(readLocal('instagram/user-timeline.json'), 'https://www.instagram.com/graphql/query');
    expect(ADAPTERS.instagram.verified).toBe(false);
    expect(r.parsed).toBe(2);
    expect(byId(r.posts, '3456789012345678901')).toMatchObject({
      url: 'https://www.instagram.com/p/DHandMade01/',
      text: 'Atardecer en el Bunkers del Carmel ☀️ #barcelona #bcn',
      author: { handle: 'laura.bcn', name: 'Laura Puig' },
      publishedAt: new Date(1772100000 * 1000).toISOString(),
      metrics: { likes: 842, replies: 31 },
    });
    expect(byId(r.posts, '3456789012345678902').text).toBe('');
    const legacy = jsonResult(readLocal('instagram/graphql-legacy.json'), 'https://www.instagram.com/graphql/query');
    expect(legacy.posts[0]).toMatchObject({ nativeId: '2987654321098765432', url: 'https://www.instagram.com/p/COldHandMade/', metrics: { likes: 77, replies: 5 } });
  });
});

describe('TikTok (hand-made samples)', () => {
  it('item_list JSON and the embedded rehydration state give the same post', () => {
    const api = jsonResult(readLocal('tiktok/item-list.json'), 'https://www.tiktok.com/api/post/item_list/?aid=1988');
    expect(ADAPTERS.tiktok.verified).toBe(false);
    expect(api.parsed).toBe(2);
    expect(api.skipped).toBe(1);
    const page = htmlResult(readLocal('tiktok/video-page.html'), 'https://www.tiktok.com/@nuria.rambla/video/7470000000000000001');
    const a = byId(api.posts, '7470000000000000001');
    const b = byId(page.posts, '7470000000000000001');
    expect(a).toMatchObject({
      url: 'https://www.tiktok.com/@nuria.rambla/video/7470000000000000001',
      author: { handle: 'nuria.rambla', name: 'Núria', bio: 'Barcelona • vídeos urbans' },
      publishedAt: '2026-02-18T07:33:20.000Z',
      lang: 'ca',
      metrics: { likes: 23100, reposts: 410, replies: 188, views: 512000, followers: 15400 },
    });
    expect([b.url, b.text, b.publishedAt, b.metrics?.likes]).toEqual([a.url, a.text, a.publishedAt, a.metrics?.likes]);
  });
});

describe('LinkedIn (hand-made samples)', () => {
  it('feed DOM and Voyager JSON give the same activity id, permalink and date', () => {
    expect(ADAPTERS.linkedin.verified).toBe(false);
    const dom = htmlResult(readLocal('linkedin/feed.html'), 'https://www.linkedin.com/feed/');
    const api = jsonResult(readLocal('linkedin/voyager-feed.json'), 'https://www.linkedin.com/voyager/api/feed/updatesV2');
    // The suggestion card is not an activity: it is not a post at all.
    expect(dom.parsed).toBe(1);
    expect(dom.skipped).toBe(0);
    expect(api.parsed).toBe(1);
    const d = dom.posts[0];
    const j = api.posts[0];
    expect(d).toMatchObject({
      nativeId: 'urn:li:activity:7300000000000000000',
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000000/',
      text: 'Obrim la convocatòria del programa d’emprenedoria 2025.\nInscripcions fins al 30 de març 👉 barcelonactiva.cat',
      author: { name: 'Barcelona Activa', url: 'https://www.linkedin.com/company/barcelona-activa/', bio: '12.345 seguidores' },
      metrics: { likes: 248, replies: 17 },
    });
    expect([j.nativeId, j.url, j.text, j.publishedAt, j.author?.url]).toEqual([d.nativeId, d.url, d.text, d.publishedAt, d.author?.url]);
  });

  it('reads the creation time from the activity id', () => {
    // 7300000000000000000 >> 22 milliseconds after the epoch.
    expect(activityTime('7300000000000000000')).toBe(new Date(Number(7300000000000000000n >> 22n)).toISOString());
    expect(activityTime('7300000000000000000')?.startsWith('2025-02')).toBe(true);
    expect(activityTime('123')).toBeUndefined();
  });
});
