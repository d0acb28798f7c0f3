import { useEffect, useRef } from 'react';

/**
 * The page's heading. It takes focus when the page opens, so screen-reader and keyboard users
 * land on the new content after a client-side navigation, and it names the browser tab.
 */
export function PageTitle({ children }: { children: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} · Boardwalk`;
    heading.current?.focus({ preventScroll: true });
  }, [children]);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
