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
    <button type="button" className={`number-button ${className ?? ''}`} onClick={onOpen} title={label}>
      {children}
      {/* The visible figure stays first in the accessible name; the action follows. */}
      <span className="visually-hidden">{` (${label})`}</span>
    </button>
  );
}
