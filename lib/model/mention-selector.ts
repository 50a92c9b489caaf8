import { z } from 'zod';
import { AttributeSchema, PlatformSchema, StakeholderSchema, TopicSchema } from './taxonomy';

const IsoDate = z.iso.datetime({ offset: true });

/**
 * Which mentions a number on the dashboard stands for: a time range plus one condition. The
 * drawer that "opens the mentions behind a number" reads them with this, through the sortAt index.
 */
export const MentionSelectorSchema = z.object({
  from: IsoDate,
  to: IsoDate,
  where: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('all') }),
    z.object({ kind: z.literal('attribute'), key: AttributeSchema }),
    z.object({ kind: z.literal('topic'), key: TopicSchema }),
    z.object({ kind: z.literal('stakeholder'), key: StakeholderSchema }),
    z.object({ kind: z.literal('platform'), key: PlatformSchema }),
    z.object({ kind: z.literal('sentiment'), key: z.enum(['positive', 'neutral', 'negative']) }),
    /** An explicit list (pressure components, peers): most relevant first. */
    z.object({ kind: z.literal('ids'), ids: z.array(z.string()).max(5000) }),
  ]),
});
export type MentionSelector = z.infer<typeof MentionSelectorSchema>;
