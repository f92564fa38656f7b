import { usePhoneLook } from './look.ts';

/**
 * The phone's top line: the time (9:41, as phone makers draw it), signal and battery, around the
 * camera: iPhone's Dynamic Island, a home-button iPhone's plain bar, Android's punch-hole. Mirrored
 * with the rest of the screen on a right-to-left phone, as phones do.
 */
export function StatusBar() {
  const { frame } = usePhoneLook();
  return (
    <div className={`phone-status phone-status--${frame}`} aria-hidden="true">
      <span className="phone-status__time" dir="ltr">
        9:41
      </span>
      {frame === 'iphone' && <span className="phone-status__island" />}
      {(frame === 'pixel' || frame === 'samsung') && <span className="phone-status__hole" />}
      <span className="phone-status__icons">
        <svg viewBox="0 0 24 16" className="phone-status__signal">
          <g fill="currentColor">
            <rect x="1" y="10" width="4" height="5" rx="1" />
            <rect x="7" y="7" width="4" height="8" rx="1" />
            <rect x="13" y="4" width="4" height="11" rx="1" />
            <rect x="19" y="1" width="4" height="14" rx="1" />
          </g>
        </svg>
        <svg viewBox="0 0 28 16" className="phone-status__battery">
          <rect
            x="1"
            y="2"
            width="22"
            height="12"
            rx="3.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            opacity=".6"
          />
          <rect x="3" y="4" width="16" height="8" rx="2" fill="currentColor" />
          <path d="M25 6v4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" opacity=".6" />
        </svg>
      </span>
    </div>
  );
}
