import { BoardsModule } from '@boardwalk/server-boards';
import { ConversationsModule } from '@boardwalk/server-conversations';
import { Module } from '@nestjs/common';
import { PresenceService } from './presence.service';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeMetrics } from './realtime.metrics';
import { RealtimePublisher } from './realtime-publisher';
import { RoomAccess } from './room-access';
import { TypingService } from './typing.service';

/** socket.io at /socket.io: rooms per board, thread and user, fed by the domain events. */
@Module({
  imports: [BoardsModule, ConversationsModule],
  providers: [
    RealtimeGateway,
    RealtimePublisher,
    RoomAccess,
    PresenceService,
    TypingService,
    RealtimeMetrics,
  ],
  exports: [RealtimeGateway, RealtimePublisher],
})
export class RealtimeModule {}
