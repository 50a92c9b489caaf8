import { ExplainRequestSchema } from '@/lib/messaging/protocol';
import { onMessage } from '@/lib/platform/messaging';
import { currentPipeline } from './current-pipeline';

/** Settings → try a text: tags the user's text with the live pipeline (their profile and taxonomy). */
export function registerExplain(): void {
  onMessage('tagging/explain', async ({ data }) => {
    const req = ExplainRequestSchema.parse(data);
    return (await currentPipeline()).explain({ text: req.text, title: req.title, lang: req.lang });
  });
}
