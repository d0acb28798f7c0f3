import { PostEntity } from './post.entity';
import { ThreadParticipantEntity } from './thread-participant.entity';
import { ThreadEntity } from './thread.entity';

export const CONVERSATIONS_ENTITIES = [ThreadEntity, PostEntity, ThreadParticipantEntity];
