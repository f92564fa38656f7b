import { useTranslation } from 'react-i18next';
import { StrokeMark } from './icons.tsx';

type State = 'on' | 'off';

function Track({ state, turning }: { state: State; turning?: State }) {
  const classes = ['phone-switch', `phone-switch--${state}`];
  if (turning) classes.push(`phone-switch--turning-${turning}`, 'phone-switch--moving');
  return <span className={classes.join(' ')} aria-hidden="true" />;
}

/**
 * A switch in the phone's style (phone.css: iOS's green pill, Android's Material track). One the step
 * changes shows both states: a quiet loop from before to after on screen, and a still "before → after"
 * pair under reduced motion and on paper, where nothing moves. Screen readers hear the states in words.
 */
export function PhoneSwitch({ value, to }: { value: State; to?: State | undefined }) {
  const { t } = useTranslation();
  const word = (s: State) => (s === 'on' ? t('phone.on') : t('phone.off'));
  if (to === undefined || to === value)
    return (
      <span className="phone-switch-set" role="img" aria-label={word(value)}>
        <Track state={value} />
      </span>
    );
  return (
    <span
      className="phone-switch-set"
      role="img"
      aria-label={t('phone.switchChange', { before: word(value), after: word(to) })}
    >
      <Track state={value} turning={to} />
      <span className="phone-switch-still">
        <Track state={value} />
        <StrokeMark className="phone-switch-still__arrow phone-flip" d="M4 12h14M13 6.5l5.5 5.5-5.5 5.5" width={2.6} />
        <Track state={to} />
      </span>
    </span>
  );
}
