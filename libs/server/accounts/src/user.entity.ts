import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 30, unique: true })
  handle!: string;

  @Column({ type: 'varchar', length: 60 })
  displayName!: string;

  @Column({ type: 'text', default: '' })
  bio!: string;

  /** Stored lower-cased; unique. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  emailVerifiedAt!: Date | null;

  @Column({ type: 'varchar', length: 200 })
  passwordHash!: string;

  /** Kept equal to "verified email at a staff domain" by every write that can change either. */
  @Column({ type: 'boolean', default: false })
  isStaff!: boolean;

  @Column({ type: 'varchar', length: 60, nullable: true })
  staffTitle!: string | null;

  /** When staff status was last granted or re-confirmed; staff re-confirm every STAFF_REVERIFY_DAYS. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  staffVerifiedAt!: Date | null;

  /** When the re-confirmation mail went out; staff status ends if not confirmed in time. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  staffReverifySentAt!: Date | null;

  /** Set when the person deleted their account; the row stays so their posts keep an author. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deletedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
