import { z } from 'zod';
import type { RequestContext, Viewer } from '../../context.js';
import { BadInputError, UnauthenticatedError } from '../../errors.js';
import { normaliseEmail } from './tokens.js';

export function requireViewer(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}

const emailSchema = z.email();

/** A well-formed address, lower-cased; the error names the field. */
export function validEmail(email: string, field = 'email'): string {
  const normalised = normaliseEmail(email);
  if (normalised.length > 320 || !emailSchema.safeParse(normalised).success) {
    throw new BadInputError(`"${email.slice(0, 80)}" is not a valid email address.`, field);
  }
  return normalised;
}

export function validName(name: string, field = 'name'): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.length < 1 || trimmed.length > 120) throw new BadInputError('The name must be 1 to 120 characters long.', field);
  return trimmed;
}
