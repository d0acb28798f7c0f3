import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Small run-time settings of the accounts lib, e.g. whether staff domains were seeded. */
@Entity('account_settings')
export class AccountSettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'jsonb' })
  value!: unknown;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
