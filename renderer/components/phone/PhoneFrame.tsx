import type { ReactNode } from 'react';
import { usePhoneLook } from './look.ts';
import { StatusBar } from './StatusBar.tsx';

/**
 * The phone's body around the screen: an iPhone of the Face ID years (thin bezel, rounded, the
 * Dynamic Island in the status bar), one of the home-button years (thick top and bottom, the round
 * button), a Pixel and a Samsung (punch-hole camera; the Samsung squarer). Drawn in CSS (phone.css).
 */
export function PhoneFrame({ children }: { children: ReactNode }) {
  const { frame } = usePhoneLook();
  return (
    <div className={`phone__frame phone__frame--${frame}`}>
      {frame === 'iphone-home' && <span className="phone__speaker" aria-hidden="true" />}
      <div className="phone__screen">
        <StatusBar />
        {children}
      </div>
      {frame === 'iphone-home' && <span className="phone__home-button" aria-hidden="true" />}
    </div>
  );
}
