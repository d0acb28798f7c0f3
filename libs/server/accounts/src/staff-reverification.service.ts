import { AppConfig, rowsOf } from '@boardwalk/server-core';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccountEvents, StaffStatusChangedEvent } from './accounts.events';
import { EmailVerificationService } from './email-verification.service';
import { announceStaffChange } from './staff-domains.service';

const DAY_MS = 24 * 3600 * 1000;
/** How long a staff member has to confirm before the badge ends. */
export const STAFF_REVERIFY_GRACE_DAYS = 14;
const RUN_EVERY_MS = 3600 * 1000;

/**
 * Staff status must keep following a company email someone still uses: every
 * STAFF_REVERIFY_DAYS a staff member gets a confirmation link; unconfirmed after 14 days, the
 * badge ends (the account stays). Each step is one conditional UPDATE ... RETURNING, so runs on
 * several instances, or repeated runs, never mail twice or miss anyone after downtime.
 */
@Injectable()
export class StaffReverificationService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(StaffReverificationService.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly emailVerification: EmailVerificationService,
    private readonly config: AppConfig,
    private readonly events: EventEmitter2,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.runOnce().catch((error: unknown) =>
        this.logger.error({ err: error }, 'Staff re-verification failed'),
      );
    }, RUN_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async runOnce(): Promise<{ mailed: number; ended: number }> {
    const due: Array<{ id: string; email: string; display_name: string }> = rowsOf(
      await this.dataSource.query(
        `UPDATE users SET staff_reverify_sent_at = now()
          WHERE is_staff AND deleted_at IS NULL AND staff_reverify_sent_at IS NULL
            AND staff_verified_at < now() - make_interval(days => $1)
          RETURNING id, email, display_name`,
        [this.config.staffReverifyDays],
      ),
    );
    for (const user of due) {
      await this.emailVerification.sendStaffReverification(
        { id: user.id, email: user.email, displayName: user.display_name },
        STAFF_REVERIFY_GRACE_DAYS * DAY_MS,
      );
    }
    // The badge ends and its public log entry is written in one transaction.
    const lapsed = await this.dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string }> = rowsOf(
        await manager.query(
          `UPDATE users SET is_staff = false, staff_reverify_sent_at = NULL
            WHERE is_staff AND staff_reverify_sent_at < now() - make_interval(days => $1)
            RETURNING id`,
          [STAFF_REVERIFY_GRACE_DAYS],
        ),
      );
      const ended = rows.map((user): StaffStatusChangedEvent => ({
        userId: user.id,
        isStaff: false,
        reason: 'staff-reverification-lapsed',
        actorId: null,
      }));
      for (const change of ended) await announceStaffChange(this.events, manager, change);
      return ended;
    });
    for (const change of lapsed) this.events.emit(AccountEvents.staffStatusChanged, change);
    if (due.length + lapsed.length > 0) {
      this.logger.log(`Staff re-verification: ${due.length} mailed, ${lapsed.length} badges ended`);
    }
    return { mailed: due.length, ended: lapsed.length };
  }
}
