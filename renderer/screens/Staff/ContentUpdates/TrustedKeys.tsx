import { useState } from 'react';
import type { ContentPackStatus } from '../../../../shared/content-pack-schema.ts';
import { useKiosk } from '../../../api/kiosk-context.tsx';
import { BigButton } from '../../../components/BigButton.tsx';
import { useStaffText } from '../../../staff/staff-text.ts';
import { useStaffWrite } from './use-staff-write.ts';

/**
 * The keys whose packs this kiosk takes, and adding one: staff paste the public line, compare the fingerprint
 * shown with the one on paper from whoever made the key, and only then trust it.
 */
export function TrustedKeys({
  keys,
  onChanged,
  onSessionLost,
}: {
  keys: ContentPackStatus['trustedKeys'];
  onChanged: (status: ContentPackStatus) => void;
  onSessionLost: () => void;
}) {
  const t = useStaffText();
  const api = useKiosk();
  const write = useStaffWrite(onSessionLost);
  const [line, setLine] = useState('');
  const [checked, setChecked] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const check = () =>
    write.run(async () => {
      setAdded(null);
      const answer = await api.addContentPackKey({ publicKey: line.trim() });
      if (answer.outcome === 'refused') {
        setProblem(answer.message);
        setChecked(null);
      } else {
        setProblem(null);
        setChecked(answer.fingerprint);
      }
    });
  const trust = () =>
    write.run(async () => {
      const answer = await api.addContentPackKey({ publicKey: line.trim(), confirm: true });
      if (answer.outcome !== 'added') return;
      setAdded(answer.fingerprint);
      setChecked(null);
      setLine('');
      onChanged(answer.status);
    });
  return (
    <section className="health__section content-keys" aria-labelledby="content-keys-title">
      <h2 id="content-keys-title" className="health__title">
        {t('staff.content.keysTitle')}
      </h2>
      {keys.length === 0 ? (
        <p>{t('staff.content.noKeys')}</p>
      ) : (
        <ul className="content-keys__list">
          {keys.map((k) => (
            <li key={k.fingerprint}>
              <span className="content-keys__fingerprint">{k.fingerprint}</span>{' '}
              <span className="content-keys__from">
                {k.from === 'app'
                  ? t('staff.content.keyFromApp')
                  : t('staff.content.keyFromStaff', { date: k.addedDay ?? '' })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <label className="content-keys__label" htmlFor="content-key-line">
        {t('staff.content.keyLabel')}
      </label>
      <textarea
        id="content-key-line"
        className="content-keys__input"
        rows={2}
        spellCheck={false}
        autoComplete="off"
        value={line}
        onChange={(event) => {
          setLine(event.target.value);
          setChecked(null);
        }}
      />
      <div role="alert" className="resume__problem">
        {problem && <p>{problem}</p>}
        {write.failed && <p>{t('staff.content.failed')}</p>}
      </div>
      <p role="status" className="staff__status">
        {added && t('staff.content.keyAdded', { fingerprint: added })}
      </p>
      {checked ? (
        <div className="content-keys__check">
          <p>{t('staff.content.keyCheck')}</p>
          <p className="content-keys__fingerprint content-keys__fingerprint--big">{checked}</p>
          <BigButton onClick={trust} disabled={write.busy}>
            {t('staff.content.trustKey')}
          </BigButton>
        </div>
      ) : (
        <BigButton variant="secondary" onClick={check} disabled={write.busy || line.trim() === ''}>
          {t('staff.content.checkKey')}
        </BigButton>
      )}
    </section>
  );
}
