import type { BoardEntity } from './board.entity';
import { Board } from './board.model';

export function toBoard(entity: BoardEntity): Board {
  return Object.assign(new Board(), {
    id: entity.id,
    slug: entity.slug,
    name: entity.name,
    description: entity.description,
    official: entity.official,
    incubating: entity.incubating,
    memberCount: entity.memberCount,
    threadCount: entity.threadCount,
    postCount: entity.postCount,
    createdAt: entity.createdAt,
    lastActivityAt: entity.lastActivityAt,
    createdById: entity.createdById,
  });
}
