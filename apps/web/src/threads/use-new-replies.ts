import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Within this many pixels of the end, the reader counts as being at the bottom. */
const BOTTOM_SLACK_PX = 64;

function readerIsAtBottom(): boolean {
  const { scrollHeight } = document.documentElement;
  return window.innerHeight + window.scrollY >= scrollHeight - BOTTOM_SLACK_PX;
}

export interface NewReplies {
  /** Replies that arrived below while the reader was reading further up. */
  count: number;
  /** Call before a live reply is added: decides between following it and counting it. */
  noteArrival: (postId: string) => void;
  /** Scrolls to the first unseen reply and clears the count. */
  showThem: () => void;
}

/**
 * Live replies are appended below and never move what the reader is looking at: a reader at the
 * bottom stays at the bottom (the page follows the new reply); a reader further up keeps their
 * place and gets a count of what arrived out of sight, cleared as the replies come into view or
 * the reader reaches the bottom.
 */
export function useNewReplies(): NewReplies {
  const [unseen, setUnseen] = useState<string[]>([]);
  const followToBottom = useRef(false);

  const noteArrival = useCallback((postId: string) => {
    if (readerIsAtBottom()) followToBottom.current = true;
    else setUnseen((ids) => (ids.includes(postId) ? ids : [...ids, postId]));
  }, []);

  // After the render that added the reply, before paint, so the reader never sees a jump.
  useLayoutEffect(() => {
    if (!followToBottom.current) return;
    followToBottom.current = false;
    window.scrollTo({ top: document.documentElement.scrollHeight });
  });

  // A reply that is on screen (it arrived in view, or the reader scrolled to it) is seen: the
  // pill counts only what is still out of sight.
  useEffect(() => {
    if (unseen.length === 0 || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const seen = new Set(
        entries
          .filter((entry) => entry.isIntersecting)
          .map((entry) => entry.target.id.slice('post-'.length)),
      );
      if (seen.size > 0) setUnseen((ids) => ids.filter((id) => !seen.has(id)));
    });
    for (const id of unseen) {
      const post = document.getElementById(`post-${id}`);
      if (post) observer.observe(post);
    }
    return () => observer.disconnect();
  }, [unseen]);

  useEffect(() => {
    if (unseen.length === 0) return;
    const clearAtBottom = () => {
      if (readerIsAtBottom()) setUnseen([]);
    };
    window.addEventListener('scroll', clearAtBottom, { passive: true });
    return () => window.removeEventListener('scroll', clearAtBottom);
  }, [unseen.length]);

  const showThem = useCallback(() => {
    const first = unseen[0];
    setUnseen([]);
    if (first) document.getElementById(`post-${first}`)?.scrollIntoView({ block: 'start' });
  }, [unseen]);

  return { count: unseen.length, noteArrival, showThem };
}
