import type express from 'express';
import { HttpErrorCode, sendGraphQLError } from './graphql-errors.js';

/**
 * A deadline per request: a request still running after `timeoutMs` is answered 503 with
 * Retry-After, so a client never hangs on a stuck dependency. SQL statements have their own,
 * shorter timeout (statement_timeout), so a write is normally cancelled — and rolled back with
 * its audit row — before this fires.
 */
export function requestDeadline(timeoutMs: number, onTimeout: (req: express.Request) => void): express.RequestHandler {
  return (req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      onTimeout(req);
      sendGraphQLError(
        req,
        res,
        503,
        HttpErrorCode.REQUEST_TIMEOUT,
        'Yêu cầu xử lý quá lâu; vui lòng thử lại. (The request took too long; please try again.)',
        { 'retry-after': '1' },
      );
    }, timeoutMs);
    timer.unref();
    const clear = () => clearTimeout(timer);
    res.once('finish', clear);
    res.once('close', clear);
    next();
  };
}
