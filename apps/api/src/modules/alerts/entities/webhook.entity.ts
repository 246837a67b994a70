import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Where alert events are POSTed (a pager gateway, a chat bridge). Each delivery is signed with HMAC-SHA256
 * under the webhook's own secret, which is shown once when it is created and stored only encrypted.
 */
@Entity('webhook')
export class WebhookEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text' })
  description!: string;

  /** AES-256-GCM of the signing secret under a key derived from AUTH_JWT_SECRET: iv.tag.ciphertext (base64url). */
  @Column({ type: 'text' })
  secretCiphertext!: string;

  /** Only events for alerts whose responsible role is one of these; empty: all. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  roles!: string[];

  /** Only these alert kinds; empty: all. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  kinds!: string[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
