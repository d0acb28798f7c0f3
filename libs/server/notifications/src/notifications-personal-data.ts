import { PersonalDataExport } from '@boardwalk/server-core';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotificationEntity } from './notification.entity';

/** The notifications lib's part of a member's data export. */
@Injectable()
export class NotificationsPersonalData implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly personalData: PersonalDataExport,
  ) {}

  onModuleInit(): void {
    this.personalData.register('notifications', async (userId) => {
      const rows = await this.dataSource
        .getRepository(NotificationEntity)
        .find({ where: { userId }, order: { createdAt: 'ASC' } });
      return rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        actorId: row.actorId,
        threadId: row.threadId,
        postId: row.postId,
        createdAt: row.createdAt,
        readAt: row.readAt,
      }));
    });
  }
}
