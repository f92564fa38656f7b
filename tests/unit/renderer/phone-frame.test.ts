import { describe, expect, it } from 'vitest';
import { frameSystem, pictureFrame } from '../../../renderer/components/phone/frame.ts';

describe('which phone a picture is drawn on', () => {
  it("takes the screen's own frame first", () => {
    expect(pictureFrame('iphone-home', { platform: 'ios', device: 'iphone' }, 'samsung')).toBe('iphone-home');
  });
  it('then the phone the guide version was written for', () => {
    expect(pictureFrame(undefined, { platform: 'android', device: 'samsung' }, 'pixel')).toBe('samsung');
    expect(pictureFrame(undefined, { platform: 'android', device: 'pixel' }, 'samsung')).toBe('pixel');
    expect(pictureFrame(undefined, { platform: 'android', device: 'android-other' })).toBe('pixel');
    expect(pictureFrame(undefined, { platform: 'ios', device: 'iphone' }, 'samsung')).toBe('iphone');
  });
  it('then its platform', () => {
    expect(pictureFrame(undefined, { platform: 'ios' }, 'samsung')).toBe('iphone');
    expect(pictureFrame(undefined, { platform: 'android' }, 'iphone')).toBe('pixel');
  });
  it("draws a guide for any phone on the visitor's own phone, so a Samsung owner never sees an iPhone", () => {
    expect(pictureFrame(undefined, { platform: 'any' }, 'samsung')).toBe('samsung');
    expect(pictureFrame(undefined, { platform: 'any' }, 'pixel')).toBe('pixel');
    expect(pictureFrame(undefined, { platform: 'any' }, 'android')).toBe('pixel');
    expect(pictureFrame(undefined, { platform: 'any' }, 'iphone')).toBe('iphone');
  });
  it('draws an iPhone when nothing says which phone', () => {
    expect(pictureFrame(undefined, { platform: 'any' })).toBe('iphone');
  });
  it('draws iOS screens in iPhone frames and Android screens in the others', () => {
    expect(['iphone', 'iphone-home', 'pixel', 'samsung'].map((f) => frameSystem(f as never))).toEqual([
      'ios',
      'ios',
      'android',
      'android',
    ]);
  });
});
