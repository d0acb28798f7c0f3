import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('staff_domains')
export class StaffDomainEntity {
  @PrimaryColumn({ type: 'varchar', length: 253 })
  domain!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
