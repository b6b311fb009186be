import { hash, verify } from '@node-rs/argon2';
import commonPasswords from 'fxa-common-password-list';
import { BadInputError } from '../../errors.js';

export const PASSWORD_MIN_LENGTH = 12;
const PASSWORD_MAX_LENGTH = 256;

/** argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 iterations). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so that timing does not reveal it. */
let decoyHash: Promise<string> | null = null;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hash('decoy-password-never-matches');
  return decoyHash;
}

export function assertAcceptablePassword(password: string, field = 'password'): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new BadInputError(`The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`, field);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw new BadInputError(`The password must be at most ${PASSWORD_MAX_LENGTH} characters long.`, field);
  }
  if (commonPasswords.test(password) || commonPasswords.test(password.toLowerCase())) {
    throw new BadInputError('This password is on a list of common passwords: choose another.', field);
  }
}
