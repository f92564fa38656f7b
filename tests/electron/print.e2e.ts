import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { electronMissingReason, findElectronBinary } from '../../scripts/electron-binary.ts';

/**
 * The real Electron print path on Linux: the hidden print window on app://, printToPDF, then CUPS.
 * CUPS itself is stood in for by two small scripts first on PATH, `lpstat` (a printer whose state the
 * test sets) and `lp` (keeps the PDF it is given), so the test sees exactly what would reach paper.
 */
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const binary = findElectronBinary();

test.skip(binary === null, `Electron binary not installed on this machine: ${electronMissingReason()}`);
test.skip(process.platform !== 'linux', 'The CUPS print path is the Linux one; Windows prints through SumatraPDF.');

let app: ElectronApplication;
let page: Page;
let scratch: string;

const LPSTAT = `#!/bin/sh
# A stand-in for CUPS's lpstat -r -d -l -p: one queue, Fake, in the state written to ./state.
here=$(dirname "$0")
state=$(cat "$here/state")
echo "scheduler is running"
echo "system default destination: Fake"
if [ "$state" = "out-of-paper" ]; then
  printf 'printer Fake disabled since Wed Dec  2 15:09:43 2026 -\\n\\tOut of paper\\n\\tAlerts: media-empty-error paused\\n'
else
  printf 'printer Fake is idle.  enabled since Wed Dec  2 15:09:43 2026\\n\\tAlerts: none\\n'
fi
`;
const LP = `#!/bin/sh
# A stand-in for CUPS's lp: keeps the last argument (the PDF) and the options it was given.
here=$(dirname "$0")
for last; do :; done
n=$(ls "$here/printed" | wc -l)
cp "$last" "$here/printed/job-$n.pdf"
printf '%s ' "$@" > "$here/printed/job-$n.args"
echo "request id is Fake-$n (1 file(s))"
`;

test.beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'safecall-electron-print-'));
  const bin = join(scratch, 'bin');
  await mkdir(join(bin, 'printed'), { recursive: true });
  await writeFile(join(bin, 'lpstat'), LPSTAT);
  await writeFile(join(bin, 'lp'), LP);
  await writeFile(join(bin, 'state'), 'idle');
  await chmod(join(bin, 'lpstat'), 0o755);
  await chmod(join(bin, 'lp'), 0o755);
  const dataDir = join(scratch, 'data');
  await mkdir(dataDir);
  await writeFile(
    join(dataDir, 'kiosk.json'),
    JSON.stringify({ centreName: 'Flushing Senior Center', region: 'US-NYC', paperSize: 'Letter' }),
  );
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE',
    ),
  );
  app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [projectRoot],
    env: { ...env, SAFECALL_DATA_DIR: dataDir, PATH: `${bin}:${env.PATH ?? ''}` },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterEach(async () => {
  await app?.close();
  await rm(scratch, { recursive: true, force: true });
});

/** A call through the page's one bridge, as the renderer makes it. */
function call(name: string, request: unknown) {
  return page.evaluate(
    ([n, r]) =>
      (window as unknown as { kiosk: Record<string, (r: unknown) => Promise<unknown>> }).kiosk[n as string]!(r),
    [name, request] as const,
  );
}

test('a checklist prints: hidden window, PDF on Letter paper, handed to lp, the temporary file gone', async () => {
  const saved = (await call('saveChecklist', {
    actions: [
      { tutorialId: 'iphone-turn-off-facetime' },
      { tutorialId: 'general-stop-screen-share' },
      { tutorialId: 'iphone-silence-unknown-callers' },
    ],
    completed: [],
  })) as { ok: true; value: { code: string } };
  const code = saved.value.code;
  const result = await call('printSheet', {
    sheet: { kind: 'personal', code, lang: 'zh-Hant', second: 'en' },
    copies: 2,
  });
  expect(result).toEqual({ ok: true, value: { status: 'sent', copies: 2 } });
  const printed = join(scratch, 'bin', 'printed');
  const pdf = join(printed, 'job-0.pdf');
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:.*letter/);
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeLessThanOrEqual(2);
  expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain(`${code.slice(0, 4)} ${code.slice(4)}`);
  expect((await readdir(printed)).sort()).toEqual(['job-0.args', 'job-0.pdf']);
  expect(await readFile(join(printed, 'job-0.args'), 'utf8')).toMatch(/-n 2 .*media=Letter/);
  // The print window is gone again, and no copy of the sheet is left in the temp folder.
  expect(app.windows()).toHaveLength(1);
  expect(
    (await readdir(join(tmpdir(), 'safecall-kiosk-print'))).filter((f) => f.startsWith('safecall-print-')),
  ).toEqual([]);
});

test('out of paper is a result the screen can explain, and printing again works once paper is in', async () => {
  const saved = (await call('saveChecklist', {
    actions: [{ tutorialId: 'iphone-turn-off-facetime' }],
    completed: [],
  })) as { ok: true; value: { code: string } };
  await writeFile(join(scratch, 'bin', 'state'), 'out-of-paper');
  const sheet = { kind: 'personal', code: saved.value.code, lang: 'en' };
  expect(await call('printSheet', { sheet })).toEqual({ ok: true, value: { status: 'failed', reason: 'no_paper' } });
  expect(await readdir(join(scratch, 'bin', 'printed'))).toEqual([]);
  await writeFile(join(scratch, 'bin', 'state'), 'idle');
  expect(await call('printSheet', { sheet })).toEqual({ ok: true, value: { status: 'sent', copies: 1 } });
});
