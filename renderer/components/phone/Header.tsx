import type { ScreenView } from '../../../shared/phone-picture.ts';
import { ControlGlyph } from './icons.tsx';
import { usePhoneLook, type PhoneLook } from './look.ts';
import { TargetTag, useTargetLabel } from './Target.tsx';
import { PhoneWord } from './words.tsx';

type Control = ScreenView['controls'][number];

/** A header button at its real place; the one to tap is circled, its label under it. */
export function HeaderControl({ control }: { control: Control }) {
  const { system } = usePhoneLook();
  const label = useTargetLabel();
  return (
    <span
      className={`phone-control${control.target ? ' phone-target phone-control--target' : ''}`}
      data-control={control.control}
    >
      <ControlGlyph control={control.control} system={system} />
      {control.target && <TargetTag label={label} />}
    </span>
  );
}

/** The bar's style: each app's own where it has one (WhatsApp's green bar on Android, WeChat's grey one), else the system's. */
export function barStyle(
  look: PhoneLook,
  kind: ScreenView['kind'],
): 'ios' | 'android' | 'oneui' | 'whatsapp' | 'wechat' {
  if (look.app === 'wechat') return 'wechat';
  if (look.app === 'whatsapp' && look.system === 'android') return 'whatsapp';
  // One UI's own apps open with a tall title area: the big "Settings" a Samsung owner knows.
  const oneUiApp =
    look.app === 'settings' || look.app === 'phone' || look.app === 'contacts' || look.app === 'messages';
  if (look.frame === 'samsung' && oneUiApp && kind === 'list') return 'oneui';
  return look.system;
}

/**
 * The app's header: iOS's navigation bar (‹ and the previous screen's name, then a large title on a
 * first screen), Android's top app bar (← and the title), One UI's tall title, WhatsApp's and WeChat's
 * own bars. The buttons sit where the phone puts them: back at the start, ⋮ ··· (i) + at the end.
 */
export function AppHeader({ screen, showTitle = true }: { screen: ScreenView; showTitle?: boolean }) {
  const look = usePhoneLook();
  const style = barStyle(look, screen.kind);
  const back = screen.controls.find((c) => c.control === 'back');
  const others = screen.controls.filter((c) => c.control !== 'back');
  const hasBack = back !== undefined || screen.back !== undefined;
  const title = showTitle ? screen.title : undefined;
  // iOS: a first screen (nothing to go back to) has a large title under the bar; a deeper one, a small centred one.
  const largeTitle = style === 'ios' && !hasBack;
  const backControl: Control = back ?? { control: 'back', target: false };

  const backPart = hasBack && (
    <span className="phone-bar__back">
      <HeaderControl control={backControl} />
      {style === 'ios' && screen.back && <PhoneWord id={screen.back} className="phone-bar__back-word" />}
    </span>
  );
  const titlePart = title && !largeTitle && style !== 'oneui' && (
    <span className="phone-bar__title">
      <PhoneWord id={title} className="phone__title" />
    </span>
  );
  // A first iOS screen with no buttons has only its large title: no empty bar above it.
  const hasRow = Boolean(backPart) || Boolean(titlePart) || others.length > 0;
  return (
    <div className={`phone-bar phone-bar--${style}`}>
      {style === 'oneui' && title && (
        <div className="phone-bar__oneui-title">
          <PhoneWord id={title} className="phone__title" />
        </div>
      )}
      {hasRow && (
        <div className="phone-bar__row">
          {backPart}
          {titlePart}
          <span className="phone-bar__controls">
            {others.map((c, i) => (
              <HeaderControl key={i} control={c} />
            ))}
          </span>
        </div>
      )}
      {largeTitle && title && (
        <div className="phone-bar__large">
          <PhoneWord id={title} className="phone__title" />
        </div>
      )}
    </div>
  );
}
