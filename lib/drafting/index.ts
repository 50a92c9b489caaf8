// The drafting studio's public API: the UI imports from here only.
export { composeDrafts, ComposeInputSchema, type ComposeInput, rankEvidence, formatNumber } from './compose';
export { draftReply, ReplyInputSchema, type ReplyInput, channelForPlatform } from './reply';
export { checkClarity, applyFix, MAX_SENTENCE_WORDS, type ClarityOptions } from './clarity';
export { CLARITY_RULES, type ClarityRule } from './clarity-messages';
export { countForChannel, countGraphemes, CHANNEL_RULES, type ChannelCount, type ChannelRule } from './channel-length';
export { DEFAULT_FRAMES, getFrame, parseFrame } from './frames';
export { DEFAULT_JARGON, parseJargon, JargonListSchema, type JargonList, type JargonEntry } from './jargon';
export { detectOnDeviceWriter, rewriteInstructions, type OnDeviceWriter, type OnDeviceApi } from './on-device';
export { readability, fernandezHuerta, szigrisztPazos, fleschReadingEase, textStats } from './readability';
export { countSyllables } from './syllables';
