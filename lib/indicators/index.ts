// Public API of the indicators: pure functions over mentions (a window's worth, fetched by
// index) and over daily rollups (everything charted). Every function takes `now` or a window.
export { dayKey, dayKeyOfMs, addDays, dayRange, dayStartMs, isValidTimeZone } from './day-key';
export { resolveWindow, baselineWindow, windowDays, inWindow, filterWindow, windowDayKeys, lastDays, WINDOW_MS } from './window';
export { rollupDelta, rollupUpdate, applyDelta, applyDayDelta, computeRollups, rollupsFor } from './rollup';
export { tallyMentions, sumTallies, emptyTally } from './tally';
export { volume, volumeFromTally } from './volume';
export { perception, perceptionOfMentions, perceptionFromTally, netSentimentOf, perceptionIndexOf } from './perception';
export { associations, associationsFromTally } from './association';
export { detectShifts, shiftsFromTallies, DEFAULT_ALPHA, type ShiftOptions } from './shifts';
export { shiftSentence, shiftSentences } from './shift-sentence';
export { pressureIndex, pressureLevel, PRESSURE_WEIGHTS, type PressureOptions } from './pressure';
export { rankInbox, addressedAccounts, isComplaint, isQuestion, engagementPerHour, type InboxOptions } from './inbox';
export { comparePeers } from './peers';
export { trendSeries, associationSeries, indicatorsFromRollups, shiftsFromRollups, rollupTally, todayKey } from './series';
export { evaluateAlerts, inQuietHours, shiftSeverity } from './alerts';
export { buildReport, type ReportOptions } from './report';
export { reportCsv, csvCell, toCsv } from './report-csv';
export { engagementOf, reachOf } from './engagement';
export { ATTRIBUTE_LABELS, TOPIC_LABELS, type SentenceLang } from './labels';
