import { Entity, Enum, OneToOne, type Opt, Property } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';
import { EmailDelivery, NotificationKind } from './notification.enums.js';

/** How a user wants to hear of notifications by email. No row: the defaults (IMMEDIATE, nothing muted). */
@Entity({ tableName: 'notification_preferences' })
export class NotificationPreference {
  @OneToOne(() => User, { primary: true, deleteRule: 'cascade', owner: true })
  user!: User;

  @Enum({ items: () => EmailDelivery, nativeEnumName: 'email_delivery', default: EmailDelivery.IMMEDIATE })
  email: EmailDelivery & Opt = EmailDelivery.IMMEDIATE;

  /** Kinds never emailed nor put in digests (they still appear in the app). */
  @Enum({ items: () => NotificationKind, array: true, default: [] })
  mutedKinds: NotificationKind[] & Opt = [];

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
