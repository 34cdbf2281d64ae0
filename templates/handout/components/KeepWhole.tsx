import { View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';

/** Farther ahead than any page is tall: the window then covers the whole block after the marker. */
const WHOLE_BLOCK = 10_000;

/**
 * Keep a box on one page when it fits on one, and let it split only when it does not. An empty
 * marker before the box asks for room for everything after it, up to the box's end (the
 * pagination patch caps a window at the next block). Mid-page the window forbids any break
 * inside the box, so the box moves whole; at the top of a page react-pdf does not arm the window,
 * so a box taller than a page still splits instead of leaving a question alone above it.
 */
export function KeepWhole({ children }: { children: ReactNode }) {
  return (
    <>
      <View minPresenceAhead={WHOLE_BLOCK} />
      {children}
    </>
  );
}
