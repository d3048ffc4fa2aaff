/** WordprocessingML corners, written by hand: what must be read, and what must never reach the text. */
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../main/core/import/docx';
import { handMadeDocx, wp } from './docx-fixtures';
import { messageTexts } from '../../support/messages';

const texts = async (body: string, parts?: Parameters<typeof handMadeDocx>[1]) =>
  (await readDocx(handMadeDocx(body, parts), 'thu.docx')).paragraphs.map((p) => p.text);

const anchoredShape = (inner: string) =>
  `<w:r><w:drawing><wp:anchor><wp:positionH relativeFrom="column"><wp:posOffset>-12700</wp:posOffset></wp:positionH>` +
  `<wp:positionV relativeFrom="paragraph"><wp:posOffset>38100</wp:posOffset></wp:positionV><wp:extent cx="1371600" cy="0"/>` +
  `<wp:docPr id="1" name="Straight Connector 1" descr="0"/><a:graphic><a:graphicData>${inner}</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;

describe('reading runs and drawings', () => {
  it('never lets a drawing’s position numbers into the text', async () => {
    const body =
      `<w:p><w:r><w:t>CHÍNH PHỦ</w:t></w:r>${anchoredShape('<wps:wsp><wps:bodyPr/></wps:wsp>')}</w:p>` + wp('Nội dung.');
    const out = await texts(body);
    expect(out).toEqual(['CHÍNH PHỦ', 'Nội dung.']);
    expect(out.join(' ')).not.toMatch(/12700|38100|1371600/u);
  });

  it('reads a text box once, from mc:Choice, before its anchoring paragraph', async () => {
    const box = '<w:txbxContent><w:p><w:r><w:t>Chữ trong khung</w:t></w:r></w:p></w:txbxContent>';
    const body =
      `<w:p><w:r><w:t>Đoạn có khung.</w:t></w:r><w:r><mc:AlternateContent>` +
      `<mc:Choice Requires="wps">${anchoredShape(`<wps:wsp><wps:txbx>${box}</wps:txbx></wps:wsp>`).replace(/^<w:r>|<\/w:r>$/gu, '')}</mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape style="margin-left:-1pt;margin-top:3pt"><v:textbox>${box}</v:textbox></v:shape></w:pict></mc:Fallback>` +
      `</mc:AlternateContent></w:r></w:p>`;
    const parsed = await readDocx(handMadeDocx(body), 'khung.docx');
    expect(parsed.paragraphs.map((p) => p.text)).toEqual(['Chữ trong khung', 'Đoạn có khung.']);
    expect(messageTexts(parsed.warnings).some((w) => w.includes('1 khung chữ'))).toBe(true);
  });

  it('counts pictures in a warning and reads none of their attributes', async () => {
    const body =
      `<w:p>${anchoredShape('<pic:pic><pic:blipFill><a:blip r:embed="rId9"/></pic:blipFill></pic:pic>')}</w:p>` + wp('Chữ.');
    const parsed = await readDocx(handMadeDocx(body), 'anh.docx');
    expect(parsed.paragraphs.map((p) => p.text)).toEqual(['Chữ.']);
    expect(messageTexts(parsed.warnings)).toContain('Văn bản có 1 hình ảnh; hình ảnh không được nhập, chỉ nhập phần chữ.');
  });

  it('shows field results, not field codes', async () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
      '<w:r><w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      '<w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
    expect(await texts(body)).toEqual(['Trang 3']);
  });

  it('keeps inserted text, drops deleted and hidden text', async () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">Giữ </w:t></w:r><w:ins w:id="1"><w:r><w:t xml:space="preserve">thêm </w:t></w:r></w:ins>' +
      '<w:del w:id="2"><w:r><w:delText xml:space="preserve">xóa </w:delText></w:r></w:del>' +
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">ẩn </w:t></w:r><w:r><w:t>cuối</w:t></w:r></w:p>';
    expect(await texts(body)).toEqual(['Giữ thêm cuối']);
  });

  it('splits a paragraph at line breaks, reads tabs, symbols, hyphens and all-caps formatting', async () => {
    const body =
      '<w:p><w:r><w:t>Chương I</w:t><w:br/></w:r><w:r><w:rPr><w:caps/></w:rPr><w:t>quy định chung</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>Điều 1.</w:t><w:tab/><w:t>Phạm vi</w:t><w:noBreakHyphen/><w:t>đối tượng</w:t><w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="Arial" w:char="2013"/></w:r></w:p>';
    expect(await texts(body)).toEqual(['Chương I', 'QUY ĐỊNH CHUNG', 'Điều 1. Phạm vi-đối tượng–']);
  });

  it('reads content controls, hyperlinks and smart tags; composes decomposed Vietnamese to NFC', async () => {
    const decomposed = 'Hội đồng'.normalize('NFD');
    const body =
      `<w:sdt><w:sdtContent><w:p><w:hyperlink r:id="x"><w:r><w:t>${decomposed}</w:t></w:r></w:hyperlink>` +
      '<w:smartTag><w:r><w:t xml:space="preserve"> nhân dân</w:t></w:r></w:smartTag></w:p></w:sdtContent></w:sdt>';
    const out = await texts(body);
    expect(out).toEqual(['Hội đồng nhân dân']);
    expect(out[0]).toBe(out[0].normalize('NFC'));
  });

  it('takes bold and italic from styles, character styles and direct formatting', async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Dieu"><w:name w:val="Dieu"/><w:rPr><w:b/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="Nghieng"><w:name w:val="Nghieng"/><w:rPr><w:i/></w:rPr></w:style>';
    const body =
      '<w:p><w:pPr><w:pStyle w:val="Dieu"/></w:pPr><w:r><w:t xml:space="preserve">Điều 2. </w:t></w:r>' +
      '<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t xml:space="preserve">thường </w:t></w:r>' +
      '<w:r><w:rPr><w:rStyle w:val="Nghieng"/></w:rPr><w:t>nghiêng</w:t></w:r></w:p>';
    const [p] = (await readDocx(handMadeDocx(body, { styles }), 's.docx')).paragraphs;
    expect(p.text).toBe('Điều 2. thường nghiêng');
    expect(p.marks).toEqual([
      { start: 0, end: 7, bold: true },
      { start: 15, end: 22, bold: true, italic: true },
    ]);
  });

  it('marks Word heading styles as headings', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style>';
    const body = '<w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>Phụ lục</w:t></w:r></w:p>' + wp('Nội dung.');
    const parsed = await readDocx(handMadeDocx(body, { styles }), 'h.docx');
    expect(parsed.paragraphs).toEqual([{ text: 'Phụ lục', heading: true }, { text: 'Nội dung.' }]);
  });

  it('restarts a list that has a start override, and reads roman and bullet formats', async () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>';
    const item = (numId: string, text: string) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = item('1', 'MỘT') + item('1', 'HAI') + item('3', 'ý') + item('2', 'LẠI MỘT') + item('2', 'LẠI HAI');
    expect(await texts(body, { numbering })).toEqual(['I. MỘT', 'II. HAI', '- ý', 'I. LẠI MỘT', 'II. LẠI HAI']);
  });

  it('numbers footnotes in order of reference, whatever their ids', async () => {
    const footnotes =
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
      '<w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Chú thích bảy.</w:t></w:r></w:p></w:footnote>' +
      '<w:footnote w:id="3"><w:p><w:r><w:t>Chú thích ba.</w:t></w:r></w:p><w:p><w:r><w:t>Đoạn hai.</w:t></w:r></w:p></w:footnote>';
    const ref = (id: string) => `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;
    const body = `<w:p><w:r><w:t>Một</w:t></w:r>${ref('7')}<w:r><w:t xml:space="preserve"> hai</w:t></w:r>${ref('3')}</w:p>`;
    const parsed = await readDocx(handMadeDocx(body, { footnotes }), 'cc.docx');
    expect(parsed.paragraphs).toEqual([
      { text: 'Một[1] hai[2]' },
      { text: '[1] Chú thích bảy.', note: { kind: 'footnote', label: '1' } },
      { text: '[2] Chú thích ba.', note: { kind: 'footnote', label: '2' } },
      { text: 'Đoạn hai.', note: { kind: 'footnote', label: '2' } },
    ]);
  });

  it('warns about legacy TCVN3 / VNI fonts', async () => {
    const body = '<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>Céng hßa</w:t></w:r></w:p>';
    const parsed = await readDocx(handMadeDocx(body), 'tcvn3.docx');
    expect(messageTexts(parsed.warnings).some((w) => w.includes('.VnTime'))).toBe(true);
  });

  it('keeps merged table cells aligned and flattens nested tables', async () => {
    const cell = (inner: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${inner}</w:tc>`;
    const body =
      '<w:tbl>' +
      `<w:tr>${cell(wp('A'), '<w:vMerge w:val="restart"/>')}${cell(wp('B'))}</w:tr>` +
      `<w:tr>${cell('<w:p/>', '<w:vMerge/>')}${cell(`<w:tbl><w:tr>${cell(wp('x'))}${cell(wp('y'))}</w:tr></w:tbl>`)}</w:tr>` +
      '</w:tbl>';
    const parsed = await readDocx(handMadeDocx(body), 'bang.docx');
    expect(parsed.paragraphs).toEqual([
      { text: 'A | B', cells: ['A', 'B'], tableStart: true },
      { text: ' | x | y', cells: ['', 'x | y'] },
    ]);
  });
});
