import { CurrentViewer, PersonalDataExport, Viewer } from '@boardwalk/server-core';
import { Controller, Get, Header, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

/** `GET /me/export`: the signed-in member's data as one JSON file. */
@Controller('me')
export class PersonalDataController implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalDataExport,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.personalData.register('account', async (userId) => {
      const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: userId });
      return {
        id: user.id,
        handle: user.handle,
        displayName: user.displayName,
        bio: user.bio,
        email: user.email,
        emailVerifiedAt: user.emailVerifiedAt,
        isStaff: user.isStaff,
        staffTitle: user.staffTitle,
        createdAt: user.createdAt,
      };
    });
    this.personalData.register('sessions', async (userId) => {
      const sessions = await this.dataSource
        .getRepository(SessionEntity)
        .find({ where: { userId }, order: { createdAt: 'ASC' } });
      return sessions.map((session) => ({
        userAgent: session.userAgent,
        ip: session.ip,
        createdAt: session.createdAt,
        lastSeenAt: session.lastSeenAt,
        revokedAt: session.revokedAt,
      }));
    });
  }

  @Get('export')
  @Header('Content-Disposition', 'attachment; filename="boardwalk-export.json"')
  @Header('Cache-Control', 'no-store')
  export(@CurrentViewer() viewer: Viewer): Promise<Record<string, unknown>> {
    return this.personalData.collect(viewer.userId);
  }
}
