import { PersonalDataExport } from '@boardwalk/server-core';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BoardMemberEntity } from './board-member.entity';
import { BoardEntity } from './board.entity';

/** The boards lib's part of a member's data export: boards created and memberships. */
@Injectable()
export class BoardsPersonalData implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly personalData: PersonalDataExport,
  ) {}

  onModuleInit(): void {
    this.personalData.register('boards', async (userId) => {
      const [created, memberships] = await Promise.all([
        this.dataSource
          .getRepository(BoardEntity)
          .find({ where: { createdById: userId }, order: { createdAt: 'ASC' } }),
        this.dataSource
          .getRepository(BoardMemberEntity)
          .find({ where: { userId }, order: { joinedAt: 'ASC' } }),
      ]);
      return {
        created: created.map((board) => ({
          id: board.id,
          slug: board.slug,
          name: board.name,
          createdAt: board.createdAt,
        })),
        memberships: memberships.map((member) => ({
          boardId: member.boardId,
          role: member.role,
          joinedAt: member.joinedAt,
        })),
      };
    });
  }
}
