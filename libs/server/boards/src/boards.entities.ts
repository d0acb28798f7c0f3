import { BoardContributorEntity } from './board-contributor.entity';
import { BoardMemberEntity } from './board-member.entity';
import { BoardEntity } from './board.entity';

export const BOARDS_ENTITIES = [BoardEntity, BoardMemberEntity, BoardContributorEntity];
