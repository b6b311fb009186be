import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { escapeHtml } from '../search/snippets.js';
import { unsubscribe } from './unsubscribe.service.js';

function page(title: string, message: string, webUrl: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · Casebook</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p><a href="${escapeHtml(`${webUrl}/account/notifications`)}">Your notification settings</a></p>
</body></html>`;
}

/**
 * GET or POST /notifications/unsubscribe?token=…: no session needed, the token is signed. GET acts at once,
 * as the link in every email promises (it is idempotent, and undone in the notification settings); POST is
 * the one-click form of RFC 8058 (`List-Unsubscribe-Post`). Answers a small page: 200, or 400 for a bad token.
 */
export function unsubscribeHandler(deps: { orm: MikroORM; logger: Logger; webUrl: string }) {
  return async (req: Request, res: Response): Promise<void> => {
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    res.setHeader('cache-control', 'no-store');
    res.setHeader('referrer-policy', 'no-referrer');
    try {
      const result = await unsubscribe(deps.orm.em.fork(), token);
      res.status(200).type('html').send(page(result.scope === 'ALL' ? 'You are unsubscribed' : 'You no longer follow this', result.message, deps.webUrl));
    } catch (error) {
      if (error instanceof AppError) {
        res.status(400).type('html').send(page('This link does not work', error.message, deps.webUrl));
        return;
      }
      const requestId = randomUUID();
      deps.logger.error({ err: error, requestId }, 'unsubscribe failed');
      res.status(500).type('text/plain').send(`Internal server error (request ${requestId}).`);
    }
  };
}
