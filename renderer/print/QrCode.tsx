import { create } from 'qrcode';

/**
 * A QR code drawn as one SVG path, made here from the address: no network, no image file, and it
 * prints as sharp vectors. Error correction M survives a crease or a coffee ring on the fridge.
 */
export function QrCode({ url, label }: { url: string; label: string }) {
  const { modules } = create(url, { errorCorrectionLevel: 'M' });
  const { size, data } = modules;
  let d = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if (data[y * size + x]) d += `M${x + 4} ${y + 4}h1v1h-1z`;
  }
  const box = size + 8; // the quiet zone scanners need
  return (
    <svg className="qr" viewBox={`0 0 ${box} ${box}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={box} height={box} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
