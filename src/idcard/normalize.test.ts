import { describe, expect, it } from 'vitest';
import { normalizeIdText } from './normalize.js';
import { INVISIBLE_CHARS } from '../model/text.js';

const ID = '11010519491231002X';

describe('normalizeIdText', () => {
  it('drops every invisible character', () => {
    for (const c of INVISIBLE_CHARS) expect(normalizeIdText(`${c}110105${c}19491231002X${c}`)).toBe(ID);
  });

  it.each([
    ['plain', ID, ID],
    ['surrounding spaces', `  ${ID}  `, ID],
    ['inner spaces', '110105 19491231 002X', ID],
    ['NBSP and ideographic space', '\u00A0110105\u300019491231002X\u3000', ID],
    ['tab, CR, LF', '\t110105194912\r\n31002X\n', ID],
    ['zero-width chars and BOM', '\uFEFF1101\u200B0519\u200C4912\u200D3100\u20602X', ID],
    ['LRM/RLM and soft hyphen', '\u200E110105\u00AD19491231002X\u200F', ID],
    ['full-width digits and X', '１１０１０５１９４９１２３１００２Ｘ', ID],
    ['full-width lower-case x', '１１０１０５１９４９１２３１００２ｘ', ID],
    ['lower-case x', '11010519491231002x', ID],
    ['leading apostrophe', `'${ID}`, ID],
    ['leading right single quote', `\u2019${ID}`, ID],
    ['leading left single quote', `\u2018${ID}`, ID],
    ['only one apostrophe is stripped', `''${ID}`, `'${ID}`],
    ['="…" wrapper', `="${ID}"`, ID],
    ['="…" wrapper with lower x and spaces', ' =" 11010519491231002x " ', ID],
    ['plain quotes', `"${ID}"`, ID],
    ['typographic quotes', `\u201C${ID}\u201D`, ID],
    ['full-width ＝＂…＂', `＝＂${ID}＂`, ID],
    ['apostrophe inside wrapper', `="'${ID}"`, ID],
    ['unbalanced quote is kept', `"${ID}`, `"${ID}`],
    ['empty', '', ''],
    ['only whitespace and invisibles', ' \u3000\u200B\t ', ''],
    ['empty wrapper', '=""', ''],
    ['lone apostrophe', "'", ''],
    ['scientific notation untouched', '4.12722E+17', '4.12722E+17'],
  ])('%s', (_label, raw, want) => {
    expect(normalizeIdText(raw)).toBe(want);
  });
});
