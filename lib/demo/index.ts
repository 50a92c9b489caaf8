export { generateDemo } from './generate-demo';
export { DEMO_ID_PREFIX, DemoItemSchema, DemoOptionsSchema, isDemoId, type DemoItem, type DemoOptions } from './demo-item';
export { DEMO_EPISODE, demoEpisodeWindow, episodeIntensity } from './demo-episode';
