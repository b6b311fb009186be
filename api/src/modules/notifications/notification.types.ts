import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../cases/case.types.js';
import { SearchFiltersInput } from '../search/search.types.js';
import { Notification } from './notification.entity.js';
import { EmailDelivery, FollowTargetKind, NotificationKind } from './notification.enums.js';

@ObjectType('NotificationEdge')
export class NotificationEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Notification)
  node!: Notification;
}

@ObjectType('NotificationConnection', { description: 'Your notifications, newest first.' })
export class NotificationConnection {
  @Field(() => Int, { description: 'Unread notifications in all (the bell\'s number), not only on this page.' })
  unreadCount!: number;

  @Field(() => [NotificationEdge])
  edges!: NotificationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType('NotificationPreferences')
export class NotificationPreferencesType {
  @Field(() => EmailDelivery)
  email!: EmailDelivery;

  @Field(() => [NotificationKind], { description: 'Kinds never emailed nor put in the digest (they still show in the app).' })
  mutedKinds!: NotificationKind[];
}

@InputType('NotificationPreferencesInput')
export class NotificationPreferencesInput {
  @Field(() => EmailDelivery, { nullable: true })
  email?: EmailDelivery;

  @Field(() => [NotificationKind], { nullable: true, description: 'Replaces the muted kinds.' })
  mutedKinds?: NotificationKind[];
}

@ObjectType('Follow', { description: 'Something you follow: its new threads or posts notify you.' })
export class FollowType {
  @Field(() => ID)
  id!: string;

  @Field(() => FollowTargetKind)
  targetKind!: FollowTargetKind;

  @Field(() => ID)
  targetId!: string;

  @Field(() => String, { description: 'The thread\'s or card\'s title, the network\'s or saved search\'s name.' })
  title!: string;

  @Field(() => String, { description: 'Its web page, as a path.' })
  link!: string;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('SavedSearchFilters')
export class SavedSearchFiltersType {
  @Field(() => [Int])
  sdgs!: number[];

  @Field(() => [String])
  regions!: string[];

  @Field(() => [String])
  countries!: string[];

  @Field(() => [String], { description: 'Network slugs.' })
  networks!: string[];

  @Field(() => [String])
  themes!: string[];

  @Field(() => [String])
  ogpValues!: string[];

  @Field(() => [String])
  languages!: string[];

  @Field(() => [String], { description: 'City ids (accepted wherever a city is asked for, like slugs).' })
  cities!: string[];

  @Field(() => Int, { nullable: true })
  yearFrom!: number | null;

  @Field(() => Int, { nullable: true })
  yearTo!: number | null;
}

@ObjectType('SavedSearch', { description: 'A search you kept; while you follow it, new published cards that match it notify you.' })
export class SavedSearchType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  query!: string;

  @Field(() => SavedSearchFiltersType)
  filters!: SavedSearchFiltersType;

  @Field(() => Boolean)
  following!: boolean;

  @Field(() => String, { description: 'The search page with this query and these filters, as a path.' })
  link!: string;

  @Field(() => Date)
  createdAt!: Date;
}

/** The same filters as `searchCases` (without words, paging and sort): one abstract class declares them for both. */
@InputType('SavedSearchFiltersInput')
export class SavedSearchFiltersInput extends SearchFiltersInput {}

@InputType('SaveSearchInput')
export class SaveSearchInput {
  @Field(() => String, { description: '1 to 120 characters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Web-search syntax, as in searchCases. At most 500 characters.' })
  query?: string;

  @Field(() => SavedSearchFiltersInput, { nullable: true })
  filters?: SavedSearchFiltersInput;
}

@ObjectType('UnsubscribeResult')
export class UnsubscribeResultType {
  @Field(() => String, { description: 'ALL (email turned off) or FOLLOW (one thing unfollowed).' })
  scope!: 'ALL' | 'FOLLOW';

  @Field(() => String, { description: 'What was done, in a sentence for the confirmation page.' })
  message!: string;
}
