import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Server secrets of the notifications lib, created once on first use and shared by every
 * instance through the database, e.g. the key that signs unsubscribe links.
 */
@Entity('notification_secrets')
export class NotificationSecretEntity {
  @PrimaryColumn({ type: 'varchar', length: 50 })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  value!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
