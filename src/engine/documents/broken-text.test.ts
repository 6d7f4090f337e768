import { describe, expect, it } from 'vitest';
import { brokenTextReason, looksBroken } from './broken-text';

/** Real text in several languages and scripts: none may be flagged. */
const GOOD: Record<string, string> = {
  english:
    'Dear friends, the keepers wrote down what they saw each morning, and most days were quiet. On Tuesday the zebra crossed the river near the old omega sign.',
  french:
    "L'été dernier, nous sommes allés à Besançon voir nos grands-parents ; c'était très agréable. Le loyer de 850 € est dû le premier jour du mois.",
  german:
    'Die Größe der Straße überrascht die Bürger. Die Müllabfuhr kommt donnerstags, außer an Feiertagen; Rückfragen bitte an das Bürgeramt.',
  arabic: 'ذهب الطالب إلى المدرسة في الصباح الباكر، وكان الجو جميلاً جداً. قرأ المعلم الدرس ثم طرح الأسئلة على الطلاب.',
  chinese: '今天天气很好，我们去公园散步了。然后我们在湖边吃了午饭，看了很多花，还拍了一些照片。晚上回家以后大家都很累。',
  russian: 'Мы пошли в магазин, чтобы купить хлеб и молоко. По дороге домой начался дождь, и мы промокли до нитки.',
  numbers: 'Quarter  2023  2024\nRevenue  1,234.50  1,402.75\nCosts  980.10  1,020.00\nMargin  20.6%  27.3%\nTotal  2,214.60  2,422.75',
  abbreviations: 'Dr. Smith, M.Sc., met Mr. Brown at 10:30 a.m. on 3 May (see www.example.org/report-2024, p. 12); CEO and CFO agreed.',
};

/** Text layers as broken fonts leave them. */
const BROKEN: Record<string, string> = {
  privateUse:
    '\uE000\uE001\uE002 \uE003\uE004\uE005\uE006 \uE007\uE008 \uE009\uE00A\uE00B\uE00C \uE00D\uE00E\uE00F\uE010 \uE011\uE012\uE013 \uE014\uE015'.repeat(
      2,
    ),
  replacement:
    'The k\uFFFD\uFFFDp\uFFFDrs \uFFFD\uFFFDr\uFFFDt\uFFFD d\uFFFDwn wh\uFFFDt th\uFFFDy s\uFFFDw \uFFFD\uFFFDch m\uFFFDrn\uFFFDng',
  controls:
    '\u0003\u0011\u0014\u0005 \u0012\u0013\u0002 \u0016\u0017\u0018\u0019 \u001a\u001b\u0004 \u0006\u0007\u0008\u000e \u000f\u0010\u0015 \u001c\u001d'.repeat(
      2,
    ),
  symbols: '!#$% &()*+ ,-./ :;<=>?@ [\\]^_ {|}~ !"#$ %&\'( )*+, -./: ;<=> ?@[\\ ]^_{ |}~!',
  jumble: 'gJ3kQ x7Wp Rt5mZ qWkZt bXvR9 mNpQw 7hGfD kLmNq zXcVb wQeRt yUiOp aSdFg hJkLz',
  latin1Soup: '¤¦§ ¨©ª« ¬®¯° ±²³µ ¶·¸¹ º»¼½ ¾¿×÷ ¤¦§¨ ©ª«¬ ®¯°± ²³µ¶',
};

describe('brokenTextReason', () => {
  for (const [name, text] of Object.entries(GOOD)) {
    it(`takes ${name} text as text`, () => expect(brokenTextReason(text)).toBeNull());
  }
  for (const [name, text] of Object.entries(BROKEN)) {
    it(`flags a ${name} text layer as broken`, () => expect(brokenTextReason(text)).toMatch(/characters|tokens/));
  }

  it('says why: unreadable codes, symbols, or tokens that are not words', () => {
    expect(brokenTextReason(BROKEN.privateUse)).toMatch(/^100% of its characters are unreadable codes$/);
    expect(brokenTextReason(BROKEN.symbols)).toMatch(/^only 0% of its characters are letters or digits$/);
    expect(brokenTextReason(BROKEN.jumble)).toMatch(/tokens look like words$/);
  });

  it('does not judge too little text (a page number, a short heading)', () => {
    expect(looksBroken('— 12 —')).toBe(false);
    expect(looksBroken('\uE000\uE001\uE002')).toBe(false);
  });

  it('tolerates a little junk in real text (a stray private-use bullet)', () => {
    expect(looksBroken(`\uE000 ${GOOD.english} \uE001 ${GOOD.french}`)).toBe(false);
  });
});
