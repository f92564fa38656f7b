import { useEffect, useState, type ReactNode } from 'react';
import type { CallResponse, PrinterHealth } from '../../../shared/api.ts';
import { useNews } from '../../api/news-context.tsx';
import { LOCALE_INFO, type Locale } from '../../../shared/locales.ts';
import { BigButton } from '../../components/BigButton.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { fontPresent, pageChromiumVersion } from '../../staff/font-check.ts';
import { STAFF_LANG, useStaffText } from '../../staff/staff-text.ts';
import { StaffLoading } from './StaffLoading.tsx';
import { useStaffCall } from './use-staff-call.ts';

type Health = CallResponse<'getHealth'>;

/** One fact: its label, its value, and whether it needs staff (drawn as a warning, and said in words). */
function Row({ label, children, warn = false }: { label: string; children: ReactNode; warn?: boolean }) {
  return (
    <div className={`health__row${warn ? ' health__row--warn' : ''}`}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="health__section">
      <h2 className="health__title">{title}</h2>
      <dl className="health__list">{children}</dl>
    </section>
  );
}

/** A language by its own name: staff read "Español", as the visitor's button shows it. */
const languageName = (locale: Locale) => LOCALE_INFO[locale].nativeName;

/**
 * What the kiosk can do right now, as the core reports it (getHealth): read-aloud voices per
 * language, content, the database now and at the last start, free disk, the clock, screen faults, the
 * visit log, backups, refused checklist codes, the printer, versions; and the fonts, which only the page
 * can check. Read once when opened; after that the printer and the backups
 * change on the core's news as it comes (nothing asks again on a timer); "Check again" asks again.
 */
export function HealthScreen({
  onBack,
  onSessionLost,
  checkFont = fontPresent,
}: {
  onBack: () => void;
  onSessionLost: () => void;
  /** Whether a language's bundled font is there; the page's own document.fonts unless a test gives one. */
  checkFont?: (locale: Locale) => Promise<boolean>;
}) {
  const t = useStaffText();
  const health = useStaffCall('getHealth', (read) => read.getHealth({}), onSessionLost);
  return (
    <main className="screen staff health" {...STAFF_LANG}>
      <ScreenHeading>{t('staff.health.title')}</ScreenHeading>
      {health.status === 'ready' ? (
        <HealthFacts health={health.data} checkFont={checkFont} />
      ) : (
        <StaffLoading failed={health.status === 'failed'} onRetry={health.retry} />
      )}
      <nav className="step-nav">
        <BigButton variant="secondary" className="step-nav__back" onClick={onBack}>
          {t('staff.back')}
        </BigButton>
        <BigButton variant="secondary" className="step-nav__next" onClick={health.retry}>
          {t('staff.health.refresh')}
        </BigButton>
      </nav>
    </main>
  );
}

/** What staff read for each printer state: a state that stops printing is drawn as a warning. */
const PRINTER_TEXT = {
  ready: 'staff.health.printerReady',
  no_paper: 'staff.health.printerNoPaper',
  offline: 'staff.health.printerOffline',
  no_printer: 'staff.health.printerMissing',
  failed: 'staff.health.printerFailed',
  unknown: 'staff.health.printerUnknown',
  browser: 'staff.health.printerBrowser',
} as const satisfies Record<PrinterHealth, string>;
const PRINTER_FINE: ReadonlySet<PrinterHealth> = new Set(['ready', 'unknown', 'browser']);

/**
 * The answer as the core's news has changed it since: the printer's new state, the newest backup
 * written, and whether the last one failed. News comes only on a change, so once it came it is newer
 * than the answer read before it, and the answer read after it agrees with it.
 */
function useHealthWithNews(health: Health): Health {
  const printer = useNews('printerStatus')?.state;
  const backup = useNews('backup');
  // A failed backup after a written one must not hide the day that one was written: the day is kept
  // as each piece of news arrives (React's "state from the previous render" pattern, no effect).
  const [written, setWritten] = useState<{ seen: typeof backup; day: string | undefined }>({
    seen: undefined,
    day: undefined,
  });
  if (backup !== written.seen)
    setWritten({ seen: backup, day: backup?.status === 'written' ? backup.day : written.day });
  const newestDay = backup?.status === 'written' ? backup.day : written.day;
  const backups =
    backup === undefined
      ? health.backups
      : {
          ...health.backups,
          failing: backup.status === 'failed',
          ...(newestDay !== undefined && { newestDay }),
        };
  return { ...health, backups, printer: printer ?? health.printer };
}

/** Bytes as staff read them: MB under a gigabyte, GB with one decimal above. */
export function formatBytes(bytes: number): string {
  const mb = bytes / 1024 ** 2;
  return mb < 1024 ? `${Math.floor(mb)} MB` : `${(mb / 1024).toFixed(1)} GB`;
}

/** Each enabled language's font: undefined while the page is still checking. */
function useFonts(locales: Locale[], checkFont: (locale: Locale) => Promise<boolean>) {
  const key = locales.join(' ');
  const [fonts, setFonts] = useState<{ key: string; present: Partial<Record<Locale, boolean>> }>({ key, present: {} });
  useEffect(() => {
    let live = true;
    void Promise.all(key.split(' ').map(async (l) => [l, await checkFont(l as Locale)] as const)).then((found) => {
      if (live) setFonts({ key, present: Object.fromEntries(found) });
    });
    return () => {
      live = false;
    };
  }, [key, checkFont]);
  return fonts.key === key ? fonts.present : {};
}

export function HealthFacts({
  health: answer,
  checkFont = fontPresent,
}: {
  health: Health;
  checkFont?: (locale: Locale) => Promise<boolean>;
}) {
  const t = useStaffText();
  const health = useHealthWithNews(answer);
  const { voices, content, faults, visitLog, recovery, backups, resumeCodes, printer } = health;
  const { database, disk, clock, versions, locales } = health;
  const fonts = useFonts(locales, checkFont);
  const last = recovery.lastStart;
  // The core runs outside any browser in the browser shell: the page names the Chromium it runs in.
  const chromium = versions.chrome ?? pageChromiumVersion();
  return (
    <div className="health__sections">
      <Section title={t('staff.health.voices')}>
        {!voices.reported && <Row label={t('staff.health.voices')}>{t('staff.health.voicesNotReported')}</Row>}
        {voices.available.map((l) => (
          <Row key={l} label={languageName(l)}>
            {t('staff.health.voiceReady')}
          </Row>
        ))}
        {voices.missing.map((l) => (
          <Row key={l} label={languageName(l)} warn>
            {t('staff.health.voiceMissing')}
          </Row>
        ))}
      </Section>
      <Section title={t('staff.health.fonts')}>
        {locales.map((l) => (
          <Row key={l} label={languageName(l)} warn={fonts[l] === false}>
            {fonts[l] === undefined
              ? t('staff.health.fontChecking')
              : t(fonts[l] ? 'staff.health.fontReady' : 'staff.health.fontMissing')}
          </Row>
        ))}
      </Section>
      <Section title={t('staff.health.content')}>
        <Row label={t('staff.health.tutorials')}>{content.tutorials}</Row>
        <Row label={t('staff.health.unconfirmed')} warn={content.unconfirmed > 0}>
          {content.unconfirmed}
        </Row>
        <Row label={t('staff.health.contentVersion')}>
          {content.version ? <code>{content.version}</code> : t('staff.health.notKnown')}
        </Row>
        <Row label={t('staff.health.contentVerified')}>
          {content.verified ? <span className="health__date">{content.verified}</span> : t('staff.health.notKnown')}
        </Row>
      </Section>
      <Section title={t('staff.health.databaseNow')}>
        <Row label={t('staff.health.integrity')} warn={!database.ok}>
          {database.ok ? t('staff.health.integrityOk') : t('staff.health.integrityBad', { problem: database.problem })}
        </Row>
      </Section>
      <Section title={t('staff.health.disk')}>
        <Row label={t('staff.health.diskFree')} warn={disk.low}>
          {disk.freeBytes === undefined
            ? t('staff.health.diskUnknown')
            : disk.low
              ? t('staff.health.diskLow', { size: formatBytes(disk.freeBytes) })
              : formatBytes(disk.freeBytes)}
        </Row>
        <Row label={t('staff.health.clock')} warn={!clock.ok}>
          {clock.ok
            ? t('staff.health.clockOk')
            : t(clock.behind === 'content' ? 'staff.health.clockBehindContent' : 'staff.health.clockBehindLog', {
                later: clock.later?.replace(/T(\d\d)$/, ' $1:00'),
              })}
        </Row>
      </Section>
      <Section title={t('staff.health.faults')}>
        <Row label={t('staff.health.faultRender')} warn={faults.render > 0}>
          {faults.render}
        </Row>
        <Row label={t('staff.health.faultUncaught')} warn={faults.uncaught > 0}>
          {faults.uncaught}
        </Row>
        <Row label={t('staff.health.faultRejection')} warn={faults.rejection > 0}>
          {faults.rejection}
        </Row>
      </Section>
      <Section title={t('staff.health.visitLog')}>
        <Row label={t('staff.health.visitLog')} warn={!visitLog.ok}>
          {visitLog.ok ? t('staff.health.visitLogOk') : t('staff.health.visitLogFailing')}
        </Row>
        {visitLog.failingSince && (
          <Row label={t('staff.health.failingSince')} warn>
            {visitLog.failingSince.replace('T', ' ')}:00
          </Row>
        )}
        {visitLog.lastError && (
          <Row label={t('staff.health.lastError')} warn>
            <code>{visitLog.lastError}</code>
          </Row>
        )}
        <Row label={t('staff.health.pending')} warn={visitLog.pending > 0}>
          {visitLog.pending}
        </Row>
        <Row label={t('staff.health.dropped')} warn={visitLog.dropped > 0}>
          {visitLog.dropped}
        </Row>
        <Row label={t('staff.health.failures')} warn={visitLog.failures > 0}>
          {visitLog.failures}
        </Row>
      </Section>
      <Section title={t('staff.health.recovery')}>
        <Row label={t('staff.health.recovery')} warn={last.action !== 'none'}>
          {last.action === 'none' && t('staff.health.recoveryNone')}
          {last.action === 'restored_backup' && t('staff.health.recoveryRestored', { date: last.backupDay })}
          {last.action === 'started_fresh' && t('staff.health.recoveryFresh')}
        </Row>
        {recovery.damagedFilesKept.length > 0 && (
          <Row label={t('staff.health.damagedFiles')} warn>
            {recovery.damagedFilesKept.map((f) => (
              <code key={f} className="health__file">
                {f}
              </code>
            ))}
          </Row>
        )}
      </Section>
      <Section title={t('staff.health.backups')}>
        <Row label={t('staff.health.backupCount')} warn={backups.count === 0}>
          {backups.count}
        </Row>
        <Row label={t('staff.health.backupNewest')}>{backups.newestDay ?? t('staff.health.backupNone')}</Row>
        <Row label={t('staff.health.backups')} warn={backups.failing}>
          {backups.failing ? t('staff.health.backupFailing') : t('staff.health.backupOk')}
        </Row>
      </Section>
      <Section title={t('staff.health.printer')}>
        <Row label={t('staff.health.printer')} warn={!PRINTER_FINE.has(printer)}>
          {t(PRINTER_TEXT[printer])}
        </Row>
      </Section>
      <Section title={t('staff.health.resumeCodes')}>
        <Row label={t('staff.health.resumeCodes')} warn={resumeCodes.throttled > 0}>
          {resumeCodes.throttled}
        </Row>
      </Section>
      <Section title={t('staff.health.versions')}>
        <Row label={t('staff.health.versionApp')}>{versions.app}</Row>
        <Row label={t('staff.health.versionNode')}>{versions.node}</Row>
        {versions.electron && <Row label={t('staff.health.versionElectron')}>{versions.electron}</Row>}
        <Row label={t(versions.chrome ? 'staff.health.versionChromium' : 'staff.health.versionChromiumPage')}>
          {chromium ?? t('staff.health.notKnown')}
        </Row>
      </Section>
    </div>
  );
}
