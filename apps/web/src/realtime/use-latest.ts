import { useLayoutEffect, useRef } from 'react';

/**
 * The latest value in a ref: socket handlers registered once (a watch lives as long as the page)
 * still see the current render's state and callbacks.
 */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
