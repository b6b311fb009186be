import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { PageInfo } from '../cases/case.types.js';

@ObjectType('AuditEvent', { description: 'Who did what to which record of a network, and when.' })
export class AuditEventType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'e.g. case.create, case.approve, member.invite.' }) action!: string;
  @Field(() => String, { description: 'case, invitation, user, network, action-plan, commitment, commitment-update, milestone or assessment.' }) recordType!: string;
  @Field(() => String) recordId!: string;
  @Field(() => User, { nullable: true, description: 'Null once the actor\'s account is deleted.' }) actor!: User | null;
  @Field(() => GraphQLJSONObject, { description: 'States, field names and ids; never personal data.' }) details!: Record<string, unknown>;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('AuditEventEdge')
export class AuditEventEdge {
  @Field(() => String) cursor!: string;
  @Field(() => AuditEventType) node!: AuditEventType;
}

@ObjectType('AuditEventConnection')
export class AuditEventConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [AuditEventEdge]) edges!: AuditEventEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
