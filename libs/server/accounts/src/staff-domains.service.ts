import { AppConfig, Viewer, forbidden, rowsOf } from '@boardwalk/server-core';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccountErrors } from './accounts.errors';
import {
  AccountEvents,
  StaffStatusChangedEvent,
  StaffStatusChangingEvent,
} from './accounts.events';
import { normaliseStaffDomains } from './email-address';
import { StaffDomainEntity } from './staff-domain.entity';

const SEEDED_KEY = 'staffDomainsSeeded';
const MAX_DOMAINS = 100;

/**
 * Staff without approval gates: a verified email at one of these domains makes an account staff
 * at once. STAFF_EMAIL_DOMAINS seeds the list on first start; after that admins own it.
 */
@Injectable()
export class StaffDomainsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(StaffDomainsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly events: EventEmitter2,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const seeded = await this.dataSource.transaction(async (manager) => {
      // The primary key makes the seeding happen once, however many instances start together.
      const inserted: unknown[] = await manager.query(
        `INSERT INTO account_settings (key, value) VALUES ($1, 'true') ON CONFLICT DO NOTHING RETURNING key`,
        [SEEDED_KEY],
      );
      if (inserted.length === 0) return false;
      await this.replace(manager, this.config.staffEmailDomains, null);
      return true;
    });
    if (seeded && this.config.staffEmailDomains.length > 0) {
      this.logger.log(
        `Staff domains seeded from STAFF_EMAIL_DOMAINS: ${this.config.staffEmailDomains.join(', ')}`,
      );
    }
  }

  async list(viewer: Viewer): Promise<string[]> {
    if (!viewer.isAdmin) throw forbidden('Only admins can see the staff domains.');
    return this.domains(this.dataSource.manager);
  }

  async set(viewer: Viewer, domains: string[]): Promise<string[]> {
    if (!viewer.isAdmin) throw forbidden('Only admins can change the staff domains.');
    const { domains: normalised, invalid } = normaliseStaffDomains(domains);
    if (invalid !== null) throw AccountErrors.invalidDomain(invalid);
    if (normalised.length > MAX_DOMAINS)
      throw AccountErrors.tooManyDomains(normalised.length, MAX_DOMAINS);
    const changes = await this.dataSource.transaction(async (manager) => {
      const changed = await this.replace(manager, normalised, viewer.userId);
      for (const change of changed) await announceStaffChange(this.events, manager, change);
      return changed;
    });
    for (const change of changes) this.events.emit(AccountEvents.staffStatusChanged, change);
    return normalised;
  }

  async isStaffDomain(
    domain: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    return manager.getRepository(StaffDomainEntity).exist({ where: { domain } });
  }

  private async domains(manager: EntityManager): Promise<string[]> {
    const rows = await manager.getRepository(StaffDomainEntity).find({ order: { domain: 'ASC' } });
    return rows.map((row) => row.domain);
  }

  /** Replaces the list and brings every account's staff flag in line with it, in one transaction. */
  private async replace(
    manager: EntityManager,
    domains: readonly string[],
    actorId: string | null,
  ): Promise<StaffStatusChangedEvent[]> {
    await manager.createQueryBuilder().delete().from(StaffDomainEntity).execute();
    if (domains.length > 0) {
      await manager.getRepository(StaffDomainEntity).insert(domains.map((domain) => ({ domain })));
    }
    const changed:
      | Array<{ id: string; is_staff: boolean }>
      | [Array<{ id: string; is_staff: boolean }>, number] = await manager.query(
      `UPDATE users SET is_staff = NOT is_staff,
              staff_verified_at = CASE WHEN is_staff THEN NULL ELSE now() END,
              staff_reverify_sent_at = NULL
        WHERE is_staff <> (email_verified_at IS NOT NULL AND split_part(email, '@', 2) = ANY($1::text[]))
        RETURNING id, is_staff`,
      [domains],
    );
    return rowsOf(changed).map((row) => ({
      userId: row.id,
      isStaff: row.is_staff,
      reason: 'staff-domains-changed' as const,
      actorId,
    }));
  }
}

/** Lets listeners write what must commit with a staff status change, in its transaction. */
export async function announceStaffChange(
  events: EventEmitter2,
  manager: EntityManager,
  change: StaffStatusChangedEvent,
): Promise<void> {
  const changing: StaffStatusChangingEvent = { ...change, manager };
  await events.emitAsync(AccountEvents.staffStatusChanging, changing);
}
