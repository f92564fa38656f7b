import { useState } from 'react';
import { KioskError } from '../../../../shared/errors.ts';
import type { Locale } from '../../../../shared/locales.ts';
import type { ExportAnswer, ReportRange } from '../../../../shared/report-schema.ts';
import { useKiosk } from '../../../api/kiosk-context.tsx';
import { BigButton } from '../../../components/BigButton.tsx';
import { downloadExport, type DownloadedFile } from '../../../reports/download-export.ts';
import { useStaffText } from '../../../staff/staff-text.ts';

type Outcome =
  { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; answer: ExportAnswer } | { kind: 'failed'; problem: string };

/**
 * The report's files (CSV and JSON, small counts suppressed, the kiosk's label in each) for the range and
 * language on screen. Electron: the core asks staff for a folder and says where it saved. Browser shell:
 * the core answers the files and the page downloads them. Whatever happens is said on screen, a failure
 * with its message; the range and language stay chosen, to try again.
 */
export function ExportButton({
  range,
  locale,
  disabled,
  onSessionLost,
  download = downloadExport,
}: {
  range: ReportRange;
  locale: Locale;
  disabled: boolean;
  onSessionLost: () => void;
  /** The browser's download; a test gives its own. */
  download?: (files: DownloadedFile[]) => void;
}) {
  const t = useStaffText();
  const api = useKiosk();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const run = async () => {
    setOutcome({ kind: 'working' });
    try {
      const answer = await api.exportVisitReport({ ...range, locale });
      if (answer.kind === 'download') download(answer.files);
      setOutcome({ kind: 'done', answer });
    } catch (error) {
      if (error instanceof KioskError && error.code === 'unauthorized') return onSessionLost();
      setOutcome({ kind: 'failed', problem: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="report-export">
      <BigButton disabled={disabled || outcome.kind === 'working'} onClick={() => void run()}>
        {t(outcome.kind === 'working' ? 'staff.reports.exporting' : 'staff.reports.export')}
      </BigButton>
      <div className="report-export__outcome" role="status">
        {outcome.kind === 'done' && <ExportDone answer={outcome.answer} />}
      </div>
      {outcome.kind === 'failed' && (
        <p className="report-export__problem" role="alert">
          {t('staff.reports.exportFailed', { problem: outcome.problem })}
        </p>
      )}
    </div>
  );
}

function ExportDone({ answer }: { answer: ExportAnswer }) {
  const t = useStaffText();
  if (answer.kind === 'cancelled') return <p>{t('staff.reports.cancelled')}</p>;
  return (
    <>
      <p>
        {answer.kind === 'saved' ? t('staff.reports.saved', { place: answer.folder }) : t('staff.reports.downloaded')}
      </p>
      <ul className="report-export__files">
        {answer.files.map((f) => (
          <li key={f.name}>
            <code>{f.name}</code>
          </li>
        ))}
      </ul>
    </>
  );
}
