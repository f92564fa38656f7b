import { useRef, type ReactNode } from 'react';
import { useScaleToFit } from '../screens/Checklist/use-scale-to-fit.ts';

/**
 * A printed sheet at its paper's size, drawn smaller to fit its frame on screen: the checklist's preview
 * and the monthly report's. `block` names the CSS block (`checklist-preview`, `report-preview`), whose
 * __frame, __paper and __scaled rules (and print rules, which show the paper full size) apply.
 */
export function ScaledPaper({ block, ready, children }: { block: string; ready: boolean; children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const paper = useRef<HTMLDivElement>(null);
  // The paper (sheet plus its printed margins) is what gets scaled.
  const size = useScaleToFit(frame, paper);
  return (
    <div ref={frame} className={`${block}__frame`} data-ready={ready ? 'true' : 'false'}>
      <div className={`${block}__paper`} style={size ? { inlineSize: size.width, blockSize: size.height } : undefined}>
        <div
          ref={paper}
          className={`${block}__scaled`}
          style={size ? { transform: `scale(${size.scale})` } : undefined}
        >
          {children}
        </div>
      </div>
    </div>
  );
}
