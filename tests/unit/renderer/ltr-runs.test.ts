import { describe, expect, it } from 'vitest';
import { splitLtrRuns } from '../../../renderer/components/ltr-runs.ts';

const ltr = (text: string) =>
  splitLtrRuns(text)
    .filter((r) => r.ltr)
    .map((r) => r.text);

describe('numbers and addresses inside translated text', () => {
  it('cut out lettered and spaced phone numbers whole, in any script around them', () => {
    expect(ltr('خط الاحتيال في شرطة نيويورك (646-610-SCAM)')).toEqual(['646-610-SCAM']);
    expect(ltr('لجنة التجارة الفيدرالية الأمريكية (1-877-FTC-HELP)')).toEqual(['1-877-FTC-HELP']);
    expect(ltr('الخط الوطني لاحتيال كبار السن (833-FRAUD-11)')).toEqual(['833-FRAUD-11']);
    expect(ltr('اتصل بالرقم 0300 123 2040 أو 999')).toEqual(['0300 123 2040', '999']);
    expect(ltr('WhatsApp 081 157 157 157')).toEqual(['081 157 157 157']);
  });

  it('cut out web addresses and SMS senders, and leave words alone', () => {
    expect(ltr('أبلِغ على ReportFraud.ftc.gov أو iasc.ojk.go.id')).toEqual(['ReportFraud.ftc.gov', 'iasc.ojk.go.id']);
    expect(ltr('المُرسِل #ADCC18222، ولا تحتوي')).toEqual(['#ADCC18222']);
    expect(ltr('Open WhatsApp and FaceTime on iPhone')).toEqual([]);
  });

  it('keep every character, in order', () => {
    const text = 'اتصل بـ 1-877-382-4357 (1-877-FTC-HELP) أو زُر ReportFraud.ftc.gov.';
    expect(
      splitLtrRuns(text)
        .map((r) => r.text)
        .join(''),
    ).toBe(text);
  });
});
