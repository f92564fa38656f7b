/**
 * A problem that stops the kiosk from starting, with a message written for the person setting it up:
 * which file, which field, what is wrong. Shells show it on an error page and try again with back-off
 * (core/startup-retry.ts); a disk that is full or read-only is one (core/startup-failure.ts).
 */
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
  }
}
