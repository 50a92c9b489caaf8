/** Confusion matrix of 3-class labels: `m[gold][predicted]` counts (0 neg, 1 neu, 2 pos). */
export function confusion(gold: readonly number[], pred: readonly number[]): number[][] {
  const m = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
  for (let i = 0; i < gold.length; i++) m[gold[i]][pred[i]]++;
  return m;
}

/** Accuracy and macro-averaged F1 (mean of per-class F1, a class never predicted nor gold counts 0). */
export function scoreConfusion(m: number[][]): { accuracy: number; macroF1: number; n: number } {
  let n = 0;
  let correct = 0;
  let f1 = 0;
  for (let c = 0; c < 3; c++) {
    let predicted = 0;
    let actual = 0;
    for (let k = 0; k < 3; k++) {
      predicted += m[k][c];
      actual += m[c][k];
      n += m[c][k];
    }
    correct += m[c][c];
    f1 += predicted + actual ? (2 * m[c][c]) / (predicted + actual) : 0;
  }
  return { accuracy: n ? correct / n : 0, macroF1: f1 / 3, n };
}
