import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  AppliedAnswer,
  ContentPackChanges,
  ContentPackStatus,
  ContentSourceView,
  OpenContentPackAnswer,
} from '../../../../shared/content-pack-schema.ts';
import { useKiosk } from '../../../api/kiosk-context.tsx';
import { BigButton } from '../../../components/BigButton.tsx';
import { Modal } from '../../../components/Modal.tsx';
import { ScreenHeading } from '../../../components/ScreenHeading.tsx';
import { STAFF_LANG, useStaffText } from '../../../staff/staff-text.ts';
import { StaffLoading } from '../StaffLoading.tsx';
import { useStaffCall } from '../use-staff-call.ts';
import { ContentChanges } from './ContentChanges.tsx';
import { fileAsBase64 } from './pack-file.ts';
import { TrustedKeys } from './TrustedKeys.tsx';
import { useStaffWrite } from './use-staff-write.ts';

type Ready = Extract<OpenContentPackAnswer, { outcome: 'ready' }>;
type Step =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'refused'; what: 'pack' | 'rollBack'; message: string }
  | { kind: 'ready'; pack: Ready; confirmOlder: boolean }
  | { kind: 'done'; how: 'installed' | 'rolledBack'; revision: number; changes: ContentPackChanges };

/**
 * Content updates (issue 19), for a manager with a USB stick: what the kiosk serves and what it would go back to;
 * picking a pack (Electron: the system's file dialog; the browser shell: an upload), which the kiosk proves and
 * checks before showing what it would change; installing it (an older one only after a second, explicit yes);
 * going back in one tap; and the keys whose packs the kiosk takes. Visitors keep being served throughout: the
 * core swaps the content in one transaction.
 */
export function ContentUpdatesScreen({ onBack, onSessionLost }: { onBack: () => void; onSessionLost: () => void }) {
  const t = useStaffText();
  const api = useKiosk();
  const loaded = useStaffCall('getContentPacks', (read) => read.getContentPacks({}), onSessionLost);
  const [fresh, setFresh] = useState<ContentPackStatus | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [confirmBack, setConfirmBack] = useState(false);
  // A write that failed may have failed after the change (the answer lost): what the kiosk serves is read again.
  const { retry } = loaded;
  const reread = useCallback(() => {
    setFresh(null);
    setStep({ kind: 'idle' });
    retry();
  }, [retry]);
  const write = useStaffWrite(onSessionLost, reread);
  const fileInput = useRef<HTMLInputElement>(null);
  const status = fresh ?? (loaded.status === 'ready' ? loaded.data : null);

  const opened = (answer: OpenContentPackAnswer) => {
    if (answer.outcome === 'cancelled') setStep({ kind: 'idle' });
    else if (answer.outcome === 'refused') setStep({ kind: 'refused', what: 'pack', message: answer.message });
    else setStep({ kind: 'ready', pack: answer, confirmOlder: false });
  };
  const applied = (answer: AppliedAnswer, how: 'installed' | 'rolledBack') => {
    if (answer.outcome === 'refused') {
      setStep({ kind: 'refused', what: how === 'installed' ? 'pack' : 'rollBack', message: answer.message });
      return;
    }
    setFresh(answer.status);
    setStep({ kind: 'done', how, revision: answer.status.current.revision, changes: answer.changes });
  };
  const open = (file?: File) =>
    write.run(async () => {
      setStep({ kind: 'checking' });
      try {
        const upload = file ? { name: file.name, base64: await fileAsBase64(file) } : undefined;
        opened(await api.openContentPack(upload ? { upload } : {}));
      } catch (error) {
        setStep({ kind: 'idle' });
        throw error;
      }
    });
  const install = (pack: Ready, allowOlder: boolean) =>
    write.run(async () => applied(await api.applyContentPack({ ticket: pack.ticket, allowOlder }), 'installed'));
  const rollBack = () =>
    write.run(async () => {
      setConfirmBack(false);
      applied(await api.rollBackContent({}), 'rolledBack');
    });

  if (!status)
    return (
      <main className="screen staff content-updates" {...STAFF_LANG}>
        <ScreenHeading>{t('staff.content.title')}</ScreenHeading>
        <StaffLoading failed={loaded.status === 'failed'} onRetry={loaded.retry} />
        <BackNav onBack={onBack} />
      </main>
    );
  const { current, previous } = status;
  return (
    <main className="screen staff content-updates" {...STAFF_LANG}>
      <ScreenHeading>{t('staff.content.title')}</ScreenHeading>
      <div className="health__sections">
        <section className="health__section" aria-labelledby="content-served-title">
          <h2 id="content-served-title" className="health__title">
            {t('staff.content.servedTitle')}
          </h2>
          <SourceLines source={current} />
          {previous && (
            <>
              <p className="content-updates__previous">
                {t('staff.content.previous', { revision: previous.revision })}
              </p>
              <BigButton variant="secondary" disabled={write.busy} onClick={() => setConfirmBack(true)}>
                {t('staff.content.rollBackButton', { revision: previous.revision })}
              </BigButton>
            </>
          )}
        </section>
        <section className="health__section" aria-labelledby="content-pick-title">
          <h2 id="content-pick-title" className="health__title">
            {t('staff.content.pickTitle')}
          </h2>
          <p>{t('staff.content.pickHint')}</p>
          {status.pickFile === 'upload' && (
            <input
              ref={fileInput}
              type="file"
              accept=".scpack"
              hidden
              aria-label={t('staff.content.pickButton')}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) open(file);
              }}
            />
          )}
          <BigButton
            className="content-updates__pick"
            disabled={write.busy}
            onClick={() => (status.pickFile === 'upload' ? fileInput.current?.click() : open())}
          >
            {t('staff.content.pickButton')}
          </BigButton>
        </section>
      </div>
      <div role="alert" className="resume__problem content-updates__problem">
        {step.kind === 'refused' && (
          <>
            <p>{t(step.what === 'pack' ? 'staff.content.refused' : 'staff.content.rollBackRefused')}</p>
            <p className="content-updates__reason">{step.message}</p>
          </>
        )}
        {write.failed && <p>{t('staff.content.failed')}</p>}
      </div>
      <p role="status" className="staff__status">
        {step.kind === 'checking' && t('staff.content.checking')}
        {step.kind === 'ready' && write.busy && t('staff.content.installing')}
        {step.kind === 'done' && t(`staff.content.${step.how}`, { revision: step.revision })}
      </p>
      {step.kind === 'ready' && (
        <PackReview
          step={step}
          current={current}
          busy={write.busy}
          onInstall={() =>
            step.pack.order === 'newer' ? install(step.pack, false) : setStep({ ...step, confirmOlder: true })
          }
          onInstallOlder={() => install(step.pack, true)}
          onCancel={() => setStep({ kind: 'idle' })}
        />
      )}
      {step.kind === 'done' && <ContentChanges changes={step.changes} />}
      <TrustedKeys keys={status.trustedKeys} onChanged={setFresh} onSessionLost={onSessionLost} />
      {confirmBack && previous && (
        <Modal labelledBy="content-back-title" className="confirm-end" onClose={() => setConfirmBack(false)}>
          <div {...STAFF_LANG}>
            <h2 id="content-back-title" className="modal__title">
              {t('staff.content.rollBackTitle', { revision: previous.revision })}
            </h2>
            <p className="confirm-end__body">{t('staff.content.rollBackBody')}</p>
            <div className="confirm-end__actions">
              <BigButton className="confirm-end__keep" onClick={() => setConfirmBack(false)}>
                {t('staff.content.rollBackNo')}
              </BigButton>
              <BigButton
                variant="secondary"
                className="content-updates__back-yes"
                disabled={write.busy}
                onClick={rollBack}
              >
                {t('staff.content.rollBackYes')}
              </BigButton>
            </div>
          </div>
        </Modal>
      )}
      <BackNav onBack={onBack} />
    </main>
  );
}

function BackNav({ onBack }: { onBack: () => void }) {
  const t = useStaffText();
  return (
    <nav className="step-nav">
      <BigButton variant="secondary" className="step-nav__back" onClick={onBack}>
        {t('staff.back')}
      </BigButton>
    </nav>
  );
}

/** Where content came from, as staff read it: its revision, the pack's day and the key that signed it. */
function SourceLines({ source }: { source: ContentSourceView }) {
  const t = useStaffText();
  return (
    <>
      <p className="content-updates__source">
        {source.kind === 'app'
          ? t('staff.content.appContent', { revision: source.revision })
          : t('staff.content.packContent', { revision: source.revision, date: source.createdDay ?? '' })}
      </p>
      {source.signedBy && (
        <p className="content-updates__signer">{t('staff.content.signedBy', { fingerprint: source.signedBy })}</p>
      )}
    </>
  );
}

/** A proven pack, before it is installed: what it is, where it stands against the kiosk's content, what changes. */
function PackReview({
  step,
  current,
  busy,
  onInstall,
  onInstallOlder,
  onCancel,
}: {
  step: Extract<Step, { kind: 'ready' }>;
  current: ContentSourceView;
  busy: boolean;
  onInstall: () => void;
  onInstallOlder: () => void;
  onCancel: () => void;
}) {
  const t = useStaffText();
  const { pack } = step.pack;
  const order = step.pack.order;
  // The review comes below what staff tapped: its heading takes the focus, so it is scrolled to and read out.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="content-updates__review" aria-labelledby="content-review-title">
      <h2 id="content-review-title" className="health__title" tabIndex={-1} ref={heading}>
        {t('staff.content.reviewTitle', { revision: pack.revision, date: pack.createdDay ?? '' })}
      </h2>
      {pack.signedBy && <p>{t('staff.content.signedBy', { fingerprint: pack.signedBy })}</p>}
      <p className={order === 'newer' ? '' : 'content-updates__older'}>
        {t(`staff.content.${order}`, { revision: current.revision })}
      </p>
      <ContentChanges changes={step.pack.changes} />
      <div className="confirm-end__actions">
        {step.confirmOlder ? (
          <BigButton variant="urgent" disabled={busy} onClick={onInstallOlder}>
            {t(order === 'same' ? 'staff.content.installSame' : 'staff.content.installOlder', {
              revision: pack.revision,
            })}
          </BigButton>
        ) : (
          <BigButton disabled={busy} onClick={onInstall}>
            {t('staff.content.install')}
          </BigButton>
        )}
        <BigButton variant="secondary" disabled={busy} onClick={onCancel}>
          {t('staff.content.cancel')}
        </BigButton>
      </div>
    </section>
  );
}
