import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Server-side staff sessions (read and written by connect-pg-simple); any API replica can serve any request. */
@Entity('session')
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  sid!: string;

  @Column({ type: 'json' })
  sess!: unknown;

  @Index('idx_session_expire')
  @Column({ type: 'timestamptz' })
  expire!: Date;
}
