/** Where the side panel's hash points inside the studio: `#studio`, or `#studio/reply/<mention id>`. */
export function parseStudioHash(hash: string): { replyTo?: string } | null {
  const parts = hash.replace(/^#/, '').split('/');
  if (parts[0] !== 'studio') return null;
  if (parts[1] === 'reply' && parts[2]) {
    try {
      const id = decodeURIComponent(parts.slice(2).join('/'));
      return id ? { replyTo: id } : {};
    } catch {
      return {};
    }
  }
  return {};
}

/** The hash that opens the studio with a reply to this mention. */
export function replyHash(mentionId: string): string {
  return `#studio/reply/${encodeURIComponent(mentionId)}`;
}
