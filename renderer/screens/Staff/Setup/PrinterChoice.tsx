import { useCall } from '../../../api/use-call.ts';
import { useStaffText } from '../../../staff/staff-text.ts';
import { Choice, ChoiceGroup, controlId } from './SetupFields.tsx';
import type { SetupProblem } from './setup-form.ts';

/**
 * The printer: in Electron, the system's printers to choose from, with the system's default first;
 * in the browser shell, the sentence that the browser's own print dialog chooses (listPrinters says
 * which). A list that cannot be had leaves the system default, and says so.
 */
export function PrinterChoice({
  value,
  problem,
  onChange,
}: {
  value: string;
  problem: SetupProblem | undefined;
  onChange: (printer: string) => void;
}) {
  const t = useStaffText();
  const printers = useCall('listPrinters', (read) => read.listPrinters({}));
  const label = t('staff.setup.printer');
  if (printers.status === 'loading') return <p className="setup__hint">{t('staff.setup.printersLoading')}</p>;
  if (printers.status === 'ready' && printers.data.kind === 'browser')
    return (
      <div className="setup__field">
        <p className="setup__label">{label}</p>
        <p className="setup__note">{t('staff.setup.browserPrinting')}</p>
      </div>
    );
  const listed = printers.status === 'ready' && printers.data.kind === 'system' ? printers.data.printers : [];
  return (
    <ChoiceGroup
      field="printer"
      label={label}
      hint={printers.status === 'failed' ? t('staff.setup.printersFailed') : undefined}
      problem={problem}
    >
      <Choice
        id={controlId('printer')}
        type="radio"
        name="printer"
        checked={value === ''}
        onChange={() => onChange('')}
      >
        {t('staff.setup.systemDefault')}
      </Choice>
      {listed.map((printer) => (
        <Choice
          key={printer.name}
          type="radio"
          name="printer"
          checked={value === printer.name}
          onChange={() => onChange(printer.name)}
        >
          {printer.displayName}
        </Choice>
      ))}
    </ChoiceGroup>
  );
}
