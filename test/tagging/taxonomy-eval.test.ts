import { describe, expect, it } from 'vitest';
import { ATTRIBUTES, TOPICS } from '../../lib/model/taxonomy';
import { BARCELONA_PROFILE } from '../../lib/profile/barcelona';
import { compileProfile, matchProfile } from '../../lib/tagging/match';
import { tagBrand } from '../../lib/tagging/learned-tags';
import { loadCityPosts, loadDevPosts, scoreLabels, type CityPost } from './city-posts';

// The labelled city posts (test/fixtures/city-posts, labels written before the taxonomy was
// tuned; every third line held out from tuning). Language is taken from the label: language
// detection is scored elsewhere.
const posts = loadCityPosts();
// The development set (dev.jsonl) was written later to find gaps; it is reported on its own.
const dev = loadDevPosts();
// A second development set (dev2.jsonl), written and labelled before the tagger ever ran on it,
// once the first one was used up; reported on its own too.
const dev2 = loadDevPosts('dev2');
// A third, smaller one (dev3.jsonl) on the attributes still weak once dev2 was used: expensive,
// cultural, liveable, unsafe and safe, with their look-alikes; also written before tagging.
const dev3 = loadDevPosts('dev3');
// A fourth (dev4.jsonl), written and labelled before the tagger ran on it, after the dev3 round:
// broad families of price complaints, cultural praise and liveability, with their look-alikes.
const dev4 = loadDevPosts('dev4');
// Two more, written by annotators who never saw the taxonomy or ran the tagger: dev5 (indirect
// wording on purpose) and dev6 (the ordinary weekly mix, half plain words, half indirect).
const dev5 = loadDevPosts('dev5');
const dev6 = loadDevPosts('dev6');
// dev7: a fortnight of ordinary monitoring, written blind to the tagger and to every earlier set,
// after all the rounds; its first score (0.70 / 0.82) is an unseen estimate (only two stop
// phrases, `metro cuadrado` and `flat white`, were taken from it afterwards).
const dev7 = loadDevPosts('dev7');
// dev8: a month of monitoring, written blind in the same way at the end of a session: unseen,
// 0.70 / 0.79 (0.68 / 0.79 with the taxonomy that session started from); the next session used it
// with dev9 for a round of families and look-alikes.
const dev8 = loadDevPosts('dev8');
// dev9: two weeks of monitoring aimed at attributes (half plain words, half said through a scene),
// written blind: unseen 0.65 / 0.66 (0.65 / 0.65 with topics@4); then tuned on.
const dev9 = loadDevPosts('dev9');
// dev11: three weeks of summer monitoring, written blind after the dev9 round: unseen 0.70 / 0.70
// (0.70 / 0.68 with the taxonomy and code the session started from); then tuned on.
const dev11 = loadDevPosts('dev11');
// dev10: a month of spring monitoring, written blind at the same time as dev9 and kept sealed
// until after the dev8, dev9 and dev11 rounds: unseen 0.72 / 0.83 (0.72 / 0.81 with the taxonomy
// and code the session started from); then used for a last round.
const dev10 = loadDevPosts('dev10');
// dev12: a month of autumn monitoring, written blind after the dev11 round: unseen 0.72 / 0.76;
// then tuned on.
const dev12 = loadDevPosts('dev12');
// dev13: six weeks of winter-to-spring monitoring, written blind with dev12 and kept sealed until
// every round of that session was done: unseen 0.68 / 0.76 (0.67 / 0.72 with the taxonomy and
// code that session started from); the next session's first round (topics@6) was tuned on it.
const dev13 = loadDevPosts('dev13');
// dev14: a month of monitoring written blind after the dev13 round, asked to say qualities
// indirectly (scenes, comparisons, complaints, sarcasm): unseen 0.66 / 0.54 (0.64 / 0.54 with
// topics@5). Attribute recall is the gap (0.42): most of its attributes are said without an
// evaluative word the taxonomy lists. Then tuned on (topics@7): 0.69 / 0.79; what is left is
// mostly said across a whole sentence ("my daughter comes home alone at nine and I don't worry").
const dev14 = loadDevPosts('dev14');
// dev15: a month of ordinary monitoring written blind with dev14 and kept sealed through the
// dev13 and dev14 rounds: unseen 0.72 / 0.83 (0.71 / 0.81 with topics@5); then tuned on
// (topics@8): 0.77 / 0.92.
const dev15 = loadDevPosts('dev15');
// dev16 (six weeks of summer) and dev17 (six weeks of autumn): written blind after the dev15
// round was under way, measured once with topics@8 and never tuned on: the unseen estimates,
// 0.72 / 0.73 and 0.75 / 0.72 (0.70 / 0.72 and 0.74 / 0.69 with topics@5).
const dev16 = loadDevPosts('dev16');
const dev17 = loadDevPosts('dev17');
// dev18 (winter) and dev19 (the metropolitan towns), written blind with qualities said through
// scenes: unseen 0.62 / 0.71 and 0.64 / 0.33 with topics@8, then tuned on together (topics@9):
// 0.61 / 0.87 and 0.65 / 0.69. dev20 (a spring across the city and its towns), written blind
// during that round and measured once after it: 0.72 / 0.67 (0.72 / 0.67 with topics@8 too: the
// round changed one of its posts). Phrase rounds no longer carry over to new text.
const dev18 = loadDevPosts('dev18');
const dev19 = loadDevPosts('dev19');
const dev20 = loadDevPosts('dev20');
// dev21 (an autumn in the city) and dev22 (a summer in the metropolitan towns): written blind,
// sealed while the learned layer was built, never learned from or tuned on: attributes 0.647 and
// 0.698 with the terms alone, 0.753 and 0.761 with the layer; topics 0.717 → 0.786, 0.701 → 0.727.
const dev21 = loadDevPosts('dev21');
const dev22 = loadDevPosts('dev22');
// dev23: look-alikes (prices, crowds, police, rubbish said without a quality, and close pairs that
// do ascribe one), written blind to teach the learned layer; measured once before it learned from
// them: attributes 0.70 with the terms alone, 0.79 with the attribute layer.
const dev23 = loadDevPosts('dev23');
// dev24–dev29: six more blind sets written to give the learned layer more to learn from (a
// winter; the economy; neighbourhood life; tourism and big events; politics; environment, health
// and safety), each measured once before it learned from them (see SOURCES.md).
const dev24 = loadDevPosts('dev24');
const dev25 = loadDevPosts('dev25');
const dev26 = loadDevPosts('dev26');
const dev27 = loadDevPosts('dev27');
const dev28 = loadDevPosts('dev28');
const dev29 = loadDevPosts('dev29');
// Minimum micro-F1 per part, [topics, attributes], each just below what was measured. Held-out
// attributes reach 0.836 (recall of `expensive`, `cultural` and `liveable` is the gap: people say
// them in many ways). The dev sets were used to find vocabulary gaps, so their figures guard
// against regressions; they are not unseen-data estimates. Unseen, dev2 scored attributes 0.83
// (close to held-out), dev3 0.64 and dev4 0.65 (each written after the previous round). The
// dev4 round added broad families (price noun … verdict, cultural nouns … praise, living
// somewhere … pleasant): dev4 went to 0.92 once tuned on, held-out stayed at 0.836.
// First scores (unseen) of the last two: dev5 0.61 / 0.44 (topics / attributes), dev6 0.67 / 0.69
// before the dev5 round and 0.69 / 0.71 after it; both were then used for look-alikes and families.
// Minimum micro-F1 per part: [topics from the terms alone, topics as shipped (terms plus the
// learned layer, topics@14), attributes from the terms alone, attributes as shipped]. The learned
// layer learns from every part except held-out, dev20, dev21 and dev22 (scripts/train-tags.ts),
// so on the other parts its figures are regression guards, not estimates.
const splits: Array<[string, CityPost[], number, number, number, number]> = [
  // tuned: attributes 0.972 until topics@7 stopped reading "Erasmus" alone as open (one post here
  // said so; five blind posts in dev5–dev12 did not).
  ['tuned', posts.filter((p) => !p.heldOut), 0.92, 0.94, 0.96, 0.99],
  // held-out: never tuned on, never learned from: topics 0.907 → 0.905, attributes 0.844 → 0.876
  // (the layer learning from 4,049 / 5,129 / 6,209 / 7,409 posts: topics 0.902 / 0.919 / 0.915 /
  // 0.905, attributes 0.908 / 0.891 / 0.898 / 0.876; the last 1,200 are about other cities).
  ['held-out', posts.filter((p) => p.heldOut), 0.89, 0.9, 0.84, 0.87],
  ['all', posts, 0.91, 0.93, 0.92, 0.95],
  // dev: 0.85 before topics@6 counted newcomers and foreigners as the international topic, which
  // this early set's labels do not (two posts).
  ['dev', dev, 0.84, 0.9, 0.97, 0.98],
  ['dev2', dev2, 0.82, 0.9, 0.96, 0.97],
  ['dev3', dev3, 0.9, 0.95, 0.95, 0.99],
  ['dev4', dev4, 0.8, 0.9, 0.92, 0.96],
  ['dev5', dev5, 0.68, 0.85, 0.85, 0.95],
  ['dev6', dev6, 0.68, 0.86, 0.74, 0.93],
  ['dev7', dev7, 0.68, 0.87, 0.8, 0.93],
  ['dev8', dev8, 0.68, 0.9, 0.8, 0.91],
  ['dev9', dev9, 0.67, 0.83, 0.88, 0.98],
  ['dev11', dev11, 0.7, 0.87, 0.87, 0.95],
  ['dev10', dev10, 0.7, 0.85, 0.89, 0.94],
  ['dev12', dev12, 0.7, 0.87, 0.86, 0.95],
  ['dev13', dev13, 0.74, 0.84, 0.88, 0.92],
  ['dev14', dev14, 0.68, 0.83, 0.78, 0.95],
  ['dev15', dev15, 0.75, 0.85, 0.9, 0.97],
  ['dev16', dev16, 0.7, 0.84, 0.71, 0.93],
  ['dev17', dev17, 0.73, 0.89, 0.7, 0.95],
  ['dev18', dev18, 0.59, 0.83, 0.85, 0.94],
  ['dev19', dev19, 0.63, 0.81, 0.67, 0.94],
  // dev20–dev22: never learned from: topics 0.715 → 0.742, 0.717 → 0.810, 0.701 → 0.738;
  // attributes 0.667 → 0.738, 0.647 → 0.765, 0.698 → 0.777 (topics@10: 0.750, 0.786, 0.727 and
  // 0.746, 0.753, 0.761; topics@11: 0.767, 0.787, 0.737 and 0.752, 0.736, 0.783; topics@14: 0.763,
  // 0.800, 0.744 and 0.746, 0.773, 0.775).
  ['dev20 (unseen by the learned layer)', dev20, 0.7, 0.73, 0.65, 0.73],
  ['dev21 (unseen)', dev21, 0.71, 0.8, 0.64, 0.76],
  ['dev22 (unseen)', dev22, 0.7, 0.73, 0.69, 0.77],
  ['dev23', dev23, 0.69, 0.89, 0.69, 0.89],
  ['dev24', dev24, 0.46, 0.8, 0.67, 0.93],
  ['dev25', dev25, 0.6, 0.89, 0.66, 0.93],
  ['dev26', dev26, 0.64, 0.81, 0.67, 0.93],
  ['dev27', dev27, 0.67, 0.89, 0.61, 0.92],
  ['dev28', dev28, 0.66, 0.83, 0.52, 0.88],
  ['dev29', dev29, 0.71, 0.83, 0.68, 0.94],
  // dev30–dev35: six more blind sets (news; forum threads; the metropolitan towns; institutions;
  // short slangy posts; visitors), also labelled for sentiment. Measured once before anything
  // learned from them (topics@10: topics 0.66 → 0.70, attributes 0.64 → 0.71, terms alone → with the
  // layer, pooled; see SOURCES.md), then learned from (topics@11, sentiment@7).
  ['dev30', loadDevPosts('dev30'), 0.73, 0.9, 0.78, 0.88],
  ['dev31', loadDevPosts('dev31'), 0.63, 0.84, 0.49, 0.86],
  ['dev32', loadDevPosts('dev32'), 0.62, 0.83, 0.8, 0.85],
  ['dev33', loadDevPosts('dev33'), 0.64, 0.87, 0.66, 0.77],
  ['dev34', loadDevPosts('dev34'), 0.65, 0.9, 0.66, 0.88],
  ['dev35', loadDevPosts('dev35'), 0.62, 0.88, 0.41, 0.92],
  // dev36–dev41: six more blind sets aimed at the attributes, half said through a scene, with many
  // look-alikes (housing and prices; safety; mobility and crowds; the positive qualities;
  // cleanliness, environment and health; governance, education and public services). Measured once
  // before anything learned from them (topics@11: topics 0.65 → 0.69, attributes 0.51 → 0.60,
  // pooled; see SOURCES.md), then learned from (topics@12).
  ['dev36', loadDevPosts('dev36'), 0.67, 0.86, 0.46, 0.84],
  // dev37: 0.886 → 0.873 with the Latin American Spanish terms of topics@13 (a theft told as "le
  // robaron la cartera" is unsafe, as "me robaron la cartera" already was).
  ['dev37', loadDevPosts('dev37'), 0.66, 0.87, 0.5, 0.87],
  ['dev38', loadDevPosts('dev38'), 0.7, 0.83, 0.41, 0.88],
  ['dev39', loadDevPosts('dev39'), 0.62, 0.87, 0.47, 0.79],
  ['dev40', loadDevPosts('dev40'), 0.56, 0.86, 0.66, 0.89],
  ['dev41', loadDevPosts('dev41'), 0.61, 0.83, 0.52, 0.93],
];

function evaluate(set: CityPost[], learned: boolean) {
  const predicted = set.map((p) => tagBrand(p.text, p.lang, { learned }));
  return {
    topics: scoreLabels(TOPICS, set.map((p) => p.topics), predicted.map((r) => r.topics)),
    attributes: scoreLabels(ATTRIBUTES, set.map((p) => p.attributes), predicted.map((r) => r.attributes)),
  };
}

const pct = (x: number) => x.toFixed(2);

describe('taxonomy on the labelled city posts', () => {
  it('has at least 300 posts, roughly balanced across es, ca and en', () => {
    expect(posts.length).toBeGreaterThanOrEqual(300);
    for (const lang of ['es', 'ca', 'en']) {
      expect(posts.filter((p) => p.lang === lang).length).toBeGreaterThanOrEqual(100);
    }
  });

  for (const [name, set, minTermTopics, minTopics, minTermAttributes, minAttributes] of splits) {
    it(`reports per-label precision/recall on the ${name} part (${set.length} posts)`, () => {
      const terms = evaluate(set, false);
      const r = evaluate(set, true);
      const lines = [`${name}: topics micro-F1 ${pct(r.topics.micro.f1)} (terms alone ${pct(terms.topics.micro.f1)}), attributes micro-F1 ${pct(r.attributes.micro.f1)} (terms alone ${pct(terms.attributes.micro.f1)})`];
      for (const s of [...r.topics.per, ...r.attributes.per]) {
        lines.push(`  ${s.label.padEnd(16)} P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
      }
      console.log(lines.join('\n'));
      expect(terms.topics.micro.f1).toBeGreaterThanOrEqual(minTermTopics);
      expect(r.topics.micro.f1).toBeGreaterThanOrEqual(minTopics);
      expect(terms.attributes.micro.f1).toBeGreaterThanOrEqual(minTermAttributes);
      expect(r.attributes.micro.f1).toBeGreaterThanOrEqual(minAttributes);
    });
  }

  it('has development sets of at least 150, 180, 90, 90, 150, 150, 150 and 150 posts, 50, 60, 30, 30, 50, 50, 50 and 50 per language (every set from dev5 on)', () => {
    for (const lang of ['es', 'ca', 'en']) {
      const minimums: Array<[CityPost[], number]> = [
        ...[dev5, dev6, dev7, dev8, dev9, dev10, dev11, dev12, dev13, dev14, dev15, dev16, dev17, dev18, dev19, dev20, dev21, dev22, dev23, dev24, dev25, dev26, dev27, dev28, dev29, dev].map((set): [CityPost[], number] => [set, 50]),
        [dev2, 60], [dev3, 30], [dev4, 30],
      ];
      for (const [set, min] of minimums) expect(set.filter((p) => p.lang === lang).length).toBeGreaterThanOrEqual(min);
    }
  });

  it('finds the city in the posts a reader says name it, and not in the others', () => {
    const compiled = compileProfile(BARCELONA_PROFILE);
    let tp = 0; let fp = 0; let fn = 0; let tn = 0;
    for (const p of posts) {
      const got = matchProfile(p.text, compiled).isMatch;
      if (got && p.match) tp++; else if (got) fp++; else if (p.match) fn++; else tn++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`city match: precision ${pct(precision)}, recall ${pct(recall)} (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn})`);
    // Recall is 0.98, precision 0.99; 0.87 / 0.99 before the demo profile listed the streets,
    // short municipal names, institutions and events these posts (and dev5–dev7) name, so this
    // figure is tuned. Unseen, dev7 had recall 0.84. False hits: the club called "Barcelona", a
    // ship and a surname.
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
