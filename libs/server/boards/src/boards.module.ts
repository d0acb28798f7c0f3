import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoardCompanions } from './board-companions';
import { BOARDS_ENTITIES } from './boards.entities';
import { BoardsPersonalData } from './boards-personal-data';
import { BoardsResolver } from './boards.resolver';
import { BoardsService } from './boards.service';

@Module({
  imports: [TypeOrmModule.forFeature(BOARDS_ENTITIES)],
  providers: [BoardsService, BoardsResolver, BoardsPersonalData, BoardCompanions],
  exports: [BoardsService, BoardCompanions],
})
export class BoardsModule {}
