import { describe, expect, it } from 'vitest';
import { allValid, byId, htmlResult, readShared } from './helpers';

describe('Telegram t.me/s pages', () => {
  it('a full channel page: 12 posts, channel/id ids, dates, views, channel bio', () => {
    const r = htmlResult(readShared('others/telegram-tme-preview-html/full.html'), 'https://t.me/s/topwar_official');
    expect(r.platform).toBe('telegram');
    expect(r.parsed).toBe(12);
    expect(allValid(r.posts)).toBe(true);
    const p = byId(r.posts, 'topwar_official/70990');
    expect(p).toMatchObject({
      url: 'https://t.me/topwar_official/70990',
      text: 'Власти Петербурга подтвердили, что аэропорт Пулково временно не принимает самолеты.',
      author: { handle: 'topwar_official', name: 'Военное обозрение', url: 'https://t.me/topwar_official' },
      publishedAt: '2023-02-28T08:09:50.000Z',
    });
    expect(p.author?.bio?.startsWith('Официальный канал сайта topwar.ru')).toBe(true);
    expect(p.metrics?.views).toBeGreaterThan(1000);
    expect(byId(r.posts, 'topwar_official/70989').text).toContain('Baza.\nСудя по сервису Flightradar');
  });

  it.each([
    'message_text', 'message_link_preview', 'message_media_photo_and_video', 'message_poll', 'message_voice',
    'message_sticker', 'message_media_forwarded_from', 'message_with_from_author',
  ])('single message fragment %s yields one post with an id and a date', (name) => {
    const r = htmlResult(readShared(`others/telegram-tme-preview-html/${name}.html`), 'https://t.me/s/some_channel');
    expect(r.parsed).toBe(1);
    expect(r.posts[0].nativeId).toMatch(/^\w+\/\d+$/);
    expect(r.posts[0].publishedAt).toMatch(/^20\d\d-/);
  });
});

describe('Facebook basic mobile pages', () => {
  it('a page post list: two stories with ids, machine dates and likes', () => {
    const r = htmlResult(readShared('others/facebook-mbasic-html/m.facebook.com_Nintendo_posts_list_2021.html'), 'https://m.facebook.com/Nintendo/posts/');
    expect(r.parsed).toBe(2);
    expect(byId(r.posts, '119240841493711_4193752747375813')).toMatchObject({
      url: 'https://www.facebook.com/119240841493711/posts/4193752747375813',
      text: "May 2021 is in the books! Take a look back at just a few of the past month's announcements, updates, and releases with Nintendo Monthly Rewind.",
      author: { name: 'Nintendo', verified: true },
      publishedAt: '2021-06-04T15:11:22.000Z',
      metrics: { likes: 290 },
    });
  });

  it('a story permalink page: the story, its paragraphs, and no comment text in the post', () => {
    const r = htmlResult(readShared('others/facebook-mbasic-html/m.facebook.com_story_Nintendo_2021.html'), 'https://m.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711');
    const p = byId(r.posts, '119240841493711_3065154550235644');
    expect(p.text).toBe('Check out these themed wallpapers and many more at the link below for your personal use! We hope you enjoy them!\n\nhttps://www.nintendo.com/wallpapers/');
    expect(p.publishedAt).toBe('2020-05-13T01:01:18.000Z');
  });

  it('a group post', () => {
    const r = htmlResult(readShared('others/facebook-mbasic-html/m.facebook.com_group_permalink_2021.html'), 'https://m.facebook.com/groups/117507531664134/permalink/1629606003787605/');
    expect(r.parsed).toBe(1);
    expect(r.posts[0].nativeId).toBe('757122227_1629606003787605');
    expect(r.posts[0].text.startsWith('Hola!, This group is aimed to create opportunities')).toBe(true);
  });
});
