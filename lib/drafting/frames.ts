import { FrameSchema, type Frame } from '../model/draft';
import type { Stakeholder } from '../model/taxonomy';
import residents from './frames/residents.json';
import businesses from './frames/businesses.json';
import universities from './frames/universities.json';
import culturalSector from './frames/cultural-sector.json';
import civilSociety from './frames/civil-society.json';
import sports from './frames/sports.json';
import media from './frames/media.json';
import internationalPartners from './frames/international-partners.json';
import politicalLeaders from './frames/political-leaders.json';

const RAW = [
  residents, businesses, universities, culturalSector, civilSociety, sports, media,
  internationalPartners, politicalLeaders,
];

/** Parses one frame (e.g. a user-edited JSON file); throws a zod error on invalid data. */
export function parseFrame(data: unknown): Frame {
  return FrameSchema.parse(data);
}

/** The built-in frames, one per stakeholder group, validated at load. */
export const DEFAULT_FRAMES: Readonly<Record<Stakeholder, Frame>> = Object.freeze(
  Object.fromEntries(RAW.map((raw) => {
    const frame = parseFrame(raw);
    return [frame.id, frame];
  })) as Record<Stakeholder, Frame>,
);

/** The frame for a group, from user-edited frames when given, else the built-in one. */
export function getFrame(group: Stakeholder, custom?: Partial<Record<Stakeholder, Frame>>): Frame {
  return custom?.[group] ?? DEFAULT_FRAMES[group];
}
