const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A byte count in the UI language, in the largest unit under 1024 (e.g. "12.5 MB", "12,5 MB"). */
export function formatBytes(lang: string, bytes: number): string {
  let v = Math.max(0, bytes);
  let i = 0;
  while (v >= 1024 && i < UNITS.length - 1) {
    v /= 1024;
    i++;
  }
  return new Intl.NumberFormat(lang, { style: 'unit', unit: UNITS[i], unitDisplay: 'short', maximumFractionDigits: i ? 1 : 0 }).format(v);
}
