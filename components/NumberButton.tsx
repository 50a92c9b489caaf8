import type { ReactNode } from 'react';

export interface NumberButtonProps {
  /** What the number is, for screen readers and the drawer title. */
  label: string;
  onOpen: () => void;
  children: ReactNode;
  className?: string;
}

/** A figure that opens the mentions behind it. */
export function NumberButton({ label, onOpen, children, className }: NumberButtonProps) {
  return (
    <button type="button" className={`number-button ${className ?? ''}`} onClick={onOpen} aria-label={label} title={label}>
      {children}
    </button>
  );
}
