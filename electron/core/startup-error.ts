/**
 * A problem that stops the kiosk from starting, with a message written for the person setting it up:
 * which file, which field, what is wrong. Shells show it and exit; nothing else is a StartupError.
 */
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
  }
}
