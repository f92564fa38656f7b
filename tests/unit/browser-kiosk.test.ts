import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/temp-dir.ts';

/**
 * The lockdown for the browser shell in a lobby (build/browser-kiosk/): Chromium's managed policy and
 * the launcher. Chromium never runs the lobby here, so this checks what can be checked without one:
 * the policy is valid JSON holding every guard the audit asked for, and the launcher agrees with it.
 */
const DIR = join(REPO_ROOT, 'build', 'browser-kiosk');
const KIOSK_URL = 'http://127.0.0.1:5174'; // electron/web/start.ts DEFAULT_PORT
const policy = JSON.parse(readFileSync(join(DIR, 'chromium-policy.json'), 'utf8')) as Record<string, unknown>;
const launcher = readFileSync(join(DIR, 'safecall-browser-kiosk.sh'), 'utf8');

describe('the browser kiosk lockdown', () => {
  it('hold the must-have policies: no DevTools, downloads, file choosers, other addresses, history or sign-in', () => {
    expect(policy).toMatchObject({
      DeveloperToolsAvailability: 2,
      DownloadRestrictions: 3,
      AllowFileSelectionDialogs: false,
      IncognitoModeAvailability: 2,
      SavingBrowserHistoryDisabled: true,
      BrowserSignin: 0,
      BrowserGuestModeEnabled: false,
      PasswordManagerEnabled: false,
      ExtensionInstallBlocklist: ['*'],
    });
    expect(policy.URLBlocklist).toEqual(
      expect.arrayContaining([
        '*',
        'view-source:*',
        'file://*',
        'chrome://settings',
        'chrome://history',
        'chrome://downloads',
      ]),
    );
    // Only the kiosk, and the print preview that --kiosk-printing prints through: blocking it (or all
    // of chrome://) would stop printing, or bring a dialog back.
    expect(policy.URLAllowlist).toEqual([KIOSK_URL, 'chrome://print', 'chrome-untrusted://print']);
    expect(policy.URLBlocklist).not.toContain('chrome://*');
  });

  it('print only to a real printer, silently: no "Save as PDF", and the preview kept for --kiosk-printing', () => {
    expect(policy.PrinterTypeDenyList).toEqual(expect.arrayContaining(['pdf', 'extension']));
    expect(policy.PrinterTypeDenyList).not.toContain('local');
    expect(policy.PrintingEnabled).toBe(true);
    // Kiosk printing is done by the print preview; disabling it would bring the system dialog back.
    expect(policy.DisablePrintPreview).toBe(false);
    expect(policy.PrintHeaderFooter).toBe(false);
    expect(JSON.parse(String(policy.DefaultPrinterSelection))).toEqual({ kind: 'local' });
  });

  it('name only policies Chromium spells this way (every key is one word in PascalCase)', () => {
    for (const key of Object.keys(policy)) expect(key).toMatch(/^[A-Z][A-Za-z0-9]+$/);
    // The audit's "PrintPreviewDisabled" is a preference name; as a policy it would be ignored.
    expect(policy).not.toHaveProperty('PrintPreviewDisabled');
  });

  it('start Chromium locked down on the kiosk address, and never without its sandbox', () => {
    for (const flag of ['--kiosk', '--kiosk-printing', '--incognito', '--disable-dev-tools', '--no-first-run']) {
      expect(launcher).toMatch(new RegExp(`^\\s*${flag} \\\\$`, 'm'));
    }
    const code = launcher
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('#'))
      .join('\n');
    expect(code).not.toContain('--no-sandbox');
    expect(launcher).toContain('PORT="${PORT:-5174}"');
    expect(launcher).toContain('URL="http://127.0.0.1:${PORT}/"');
    expect(launcher).toContain('safecall-kiosk.json');
    execFileSync('sh', ['-n', join(DIR, 'safecall-browser-kiosk.sh')]);
  });
});
