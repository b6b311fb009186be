import { GraphQLError } from 'graphql';

/** Every error code the API answers with; the web app and external clients rely on these names. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  RateLimited: 'RATE_LIMITED',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error whose message is safe to show to the user. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in to do this.') {
    super(ErrorCode.Unauthenticated, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this.') {
    super(ErrorCode.Forbidden, message);
  }
}

export class BadInputError extends AppError {
  constructor(message: string, field?: string) {
    super(ErrorCode.BadUserInput, message, field ? { field } : {});
  }
}

/** The record does not exist, or the viewer may not know that it does: the two answer alike. */
export class NotFoundError extends AppError {
  constructor(message = 'Not found.') {
    super(ErrorCode.NotFound, message);
  }
}

/** Several bad fields at once: `field` names the first, `fields` every one, `problems` each message. */
export class InvalidFieldsError extends AppError {
  constructor(problems: { field: string; message: string }[], intro = '') {
    super(ErrorCode.BadUserInput, `${intro}${problems.map((problem) => `${problem.field}: ${problem.message}`).join(' ')}`, {
      field: problems[0]?.field,
      fields: problems.map((problem) => problem.field),
      problems,
    });
  }
}
