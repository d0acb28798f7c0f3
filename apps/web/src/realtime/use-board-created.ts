import type { RealtimeBoard } from '@boardwalk/contracts';
import { useEffect } from 'react';
import { useRealtime } from './realtime-context';
import { useLatest } from './use-latest';

/** Calls `onBoard` for every board created anywhere (`board.created` goes to every socket). */
export function useBoardCreated(onBoard: (board: RealtimeBoard) => void): void {
  const { client } = useRealtime();
  const latest = useLatest(onBoard);
  useEffect(
    () => client?.onBoardCreated((message) => latest.current(message.board)),
    [client, latest],
  );
}
