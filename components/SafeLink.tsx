import type { ReactNode } from 'react';

export interface SafeLinkProps {
  href: string;
  children: ReactNode;
  className?: string;
}

/** Only http(s) addresses become links (a captured `javascript:` URL is shown as text). */
export function isSafeHref(href: string): boolean {
  try {
    const u = new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A link to a source, opened in a new tab without giving it a handle on Pulso. */
export function SafeLink({ href, children, className }: SafeLinkProps) {
  if (!isSafeHref(href)) return <span className={className}>{children}</span>;
  return (
    <a className={className} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
