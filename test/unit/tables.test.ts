import { describe, it, expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { readTable, MAX_TABLE_ROWS } from '../../utils/structure/tables';

function table(html: string, selector = 'table, [role="table"], [role="grid"]'): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const el = document.querySelector(selector);
  if (!el) throw new Error('no table in fixture');
  return el;
}

describe('readTable: headers', () => {
  it('reads thead headers, caption and body rows (Arabic commitments table)', () => {
    const t = readTable(
      table(`<table><caption>التزامات الاتحاد</caption>
        <thead><tr><th>المحور الرئيسي</th><th>التزام الاتحاد الأوروبي</th></tr></thead>
        <tbody><tr><td>الأمن الحدودي</td><td>تمويل مراكز المراقبة وتدريب الوحدات</td></tr>
        <tr><td>مكافحة الإرهاب</td><td>تقديم تكنولوجيا الاستخبارات والدعم اللوجستي</td></tr></tbody></table>`),
    );
    expect(t).toEqual({
      caption: 'التزامات الاتحاد',
      headers: ['المحور الرئيسي', 'التزام الاتحاد الأوروبي'],
      rows: [
        ['الأمن الحدودي', 'تمويل مراكز المراقبة وتدريب الوحدات'],
        ['مكافحة الإرهاب', 'تقديم تكنولوجيا الاستخبارات والدعم اللوجستي'],
      ],
    });
  });

  it('takes a first row of th as the header when there is no thead', () => {
    const t = readTable(
      table(
        `<table><tr><th>Country</th><th>Pledge</th></tr><tr><td>Germany</td><td>€20m</td></tr><tr><td>France</td><td>€15m</td></tr></table>`,
      ),
    );
    expect(t?.headers).toEqual(['Country', 'Pledge']);
    expect(t?.rows).toEqual([
      ['Germany', '€20m'],
      ['France', '€15m'],
    ]);
  });

  it('recognises a td first row as a header when the body is numeric and it is not', () => {
    const t = readTable(
      table(
        `<table><tr><td>Year</td><td>Exports</td></tr><tr><td>2023</td><td>1,200</td></tr><tr><td>2024</td><td>1,450</td></tr></table>`,
      ),
    );
    expect(t?.headers).toEqual(['Year', 'Exports']);
    expect(t?.rows).toHaveLength(2);
  });

  it('recognises a bold first row as a header', () => {
    const t = readTable(
      table(
        `<table><tr><td><b>Team</b></td><td><strong>Coach</strong></td></tr><tr><td>Ahly</td><td>Marcel Koller</td></tr><tr><td>Zamalek</td><td>Jose Gomes</td></tr></table>`,
      ),
    );
    expect(t?.headers).toEqual(['Team', 'Coach']);
  });

  it('recognises a headerless Arabic table whose first row is made of column labels', () => {
    const t = readTable(
      table(
        `<table><tr><td>المحور الرئيسي</td><td>التزام الاتحاد الأوروبي</td></tr><tr><td>الأمن الحدودي</td><td>تمويل مراكز المراقبة وتدريب الوحدات</td></tr><tr><td>العملية الانتخابية</td><td>التوسط الدبلوماسي وضمان البيئة الآمنة</td></tr></table>`,
      ),
    );
    expect(t?.headers).toEqual(['المحور الرئيسي', 'التزام الاتحاد الأوروبي']);
    expect(t?.rows).toHaveLength(2);
  });

  it('leaves headers empty when the first row is data like the rest', () => {
    const t = readTable(
      table(
        `<table><tr><td>Born</td><td>1950</td></tr><tr><td>Died</td><td>2020</td></tr><tr><td>Spouse</td><td>Jane Doe</td></tr></table>`,
      ),
    );
    expect(t?.headers).toEqual([]);
    expect(t?.rows).toEqual([
      ['Born', '1950'],
      ['Died', '2020'],
      ['Spouse', 'Jane Doe'],
    ]);
  });

  it('merges a two-row thead into one header per column', () => {
    const t = readTable(
      table(`<table><thead>
      <tr><th rowspan="2">Country</th><th colspan="2">Population</th></tr>
      <tr><th>2020</th><th>2024</th></tr></thead>
      <tbody><tr><td>Libya</td><td>6.9m</td><td>7.3m</td></tr><tr><td>Tunisia</td><td>11.8m</td><td>12.2m</td></tr></tbody></table>`),
    );
    expect(t?.headers).toEqual(['Country', 'Population – 2020', 'Population – 2024']);
    expect(t?.rows).toEqual([
      ['Libya', '6.9m', '7.3m'],
      ['Tunisia', '11.8m', '12.2m'],
    ]);
  });

  it('merges colspan group headers above a th row without thead', () => {
    const t = readTable(
      table(`<table>
      <tr><th></th><th colspan="2">الإيرادات</th></tr>
      <tr><th>المدينة</th><th>2023</th><th>2024</th></tr>
      <tr><td>طرابلس</td><td>10</td><td>12</td></tr><tr><td>بنغازي</td><td>8</td><td>9</td></tr></table>`),
    );
    expect(t?.headers).toEqual(['المدينة', 'الإيرادات – 2023', 'الإيرادات – 2024']);
    expect(t?.rows).toHaveLength(2);
  });
});

describe('readTable: grid', () => {
  it('expands rowspan and colspan so every row has every column', () => {
    const t = readTable(
      table(`<table><thead><tr><th>Region</th><th>City</th><th>Q1</th><th>Q2</th></tr></thead><tbody>
      <tr><td rowspan="2">West</td><td>Tripoli</td><td colspan="2">closed</td></tr>
      <tr><td>Misrata</td><td>3</td><td>4</td></tr>
      <tr><td>East</td><td>Benghazi</td><td>5</td><td>6</td></tr></tbody></table>`),
    );
    expect(t?.rows).toEqual([
      ['West', 'Tripoli', 'closed', 'closed'],
      ['West', 'Misrata', '3', '4'],
      ['East', 'Benghazi', '5', '6'],
    ]);
  });

  it('pads short rows and reads <br> as a space and nested tables as text', () => {
    const t = readTable(
      table(`<table><thead><tr><th>Name</th><th>Notes</th><th>Score</th></tr></thead><tbody>
      <tr><td>Ali<br>Hassan</td><td><table><tr><td>a</td><td>b</td></tr></table></td><td>1</td></tr>
      <tr><td>Omar</td></tr></tbody></table>`),
    );
    expect(t?.rows).toEqual([
      ['Ali Hassan', 'a b', '1'],
      ['Omar', '', ''],
    ]);
  });

  it('ignores scripts and hidden text in cells', () => {
    const t = readTable(
      table(
        `<table><tr><th>A</th><th>B</th></tr><tr><td>x<script>alert(1)</script></td><td>y<span hidden>secret</span></td></tr></table>`,
      ),
    );
    expect(t?.rows).toEqual([['x', 'y']]);
  });

  it('clips hostile spans', () => {
    const t = readTable(
      table(
        `<table><tr><th>A</th><th>B</th></tr><tr><td colspan="100000">wide</td></tr><tr><td rowspan="99999">x</td><td>y</td></tr></table>`,
      ),
    );
    expect(t).not.toBeNull();
    expect(t!.rows[0]!.length).toBeLessThanOrEqual(100);
    expect(t!.rows.length).toBe(2);
  });
});

describe('readTable: captions', () => {
  it('falls back to aria-label, then aria-labelledby, then null', () => {
    const rows = '<tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr>';
    expect(readTable(table(`<table aria-label="Results">${rows}</table>`))?.caption).toBe('Results');
    expect(
      readTable(table(`<h3 id="t1">Election <em>results</em></h3><table aria-labelledby="t1">${rows}</table>`))
        ?.caption,
    ).toBe('Election results');
    expect(readTable(table(`<table>${rows}</table>`))?.caption).toBeNull();
  });
});

describe('readTable: ARIA tables', () => {
  it('reads role=table with columnheader cells', () => {
    const t = readTable(
      table(`<div role="table" aria-label="Pledges">
        <div role="rowgroup"><div role="row"><span role="columnheader">Donor</span><span role="columnheader">Amount</span></div></div>
        <div role="rowgroup"><div role="row"><span role="cell">EU</span><span role="cell">€50m</span></div>
        <div role="row"><span role="cell">UK</span><span role="cell">£20m</span></div></div></div>`),
    );
    expect(t).toEqual({
      caption: 'Pledges',
      headers: ['Donor', 'Amount'],
      rows: [
        ['EU', '€50m'],
        ['UK', '£20m'],
      ],
    });
  });

  it('reads role=grid with gridcell and rowheader cells', () => {
    const t = readTable(
      table(`<div role="grid"><div role="row"><div role="columnheader">Day</div><div role="columnheader">High</div></div>
        <div role="row"><div role="rowheader">Mon</div><div role="gridcell">31</div></div>
        <div role="row"><div role="rowheader">Tue</div><div role="gridcell">29</div></div></div>`),
    );
    expect(t?.headers).toEqual(['Day', 'High']);
    expect(t?.rows).toEqual([
      ['Mon', '31'],
      ['Tue', '29'],
    ]);
  });

  it('rejects an element that is not a table', () => {
    expect(readTable(table('<div class="x"><p>a</p></div>', 'div'))).toBeNull();
  });
});

describe('readTable: layout tables are rejected', () => {
  it('rejects a one-row prev/next link table', () => {
    expect(
      readTable(
        table(`<table><tr><td><a href="/p/1">« Previous</a></td><td><a href="/p/3">Next »</a></td></tr></table>`),
      ),
    ).toBeNull();
  });

  it('rejects a table of links (navigation)', () => {
    expect(
      readTable(
        table(
          `<table><tr><td><a href="/a">Home</a></td><td><a href="/b">World</a></td></tr><tr><td><a href="/c">Sport</a></td><td><a href="/d">Business</a></td></tr></table>`,
        ),
      ),
    ).toBeNull();
  });

  it('rejects a table inside nav', () => {
    expect(
      readTable(table(`<nav><table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table></nav>`)),
    ).toBeNull();
  });

  it('rejects a single-cell table', () => {
    expect(readTable(table(`<table><tr><td>Only cell</td></tr><tr><td></td></tr></table>`))).toBeNull();
  });

  it('rejects a page laid out with nested tables and paragraphs', () => {
    expect(
      readTable(
        table(
          `<table><tr><td><table><tr><td>logo</td></tr></table><p>Para one.</p><p>Para two.</p></td><td>side</td></tr><tr><td>footer</td><td>x</td></tr></table>`,
        ),
      ),
    ).toBeNull();
  });

  it('rejects cells holding many paragraphs or page blocks', () => {
    expect(
      readTable(
        table(`<table><tr><td><p>a</p><p>b</p><p>c</p></td><td>x</td></tr><tr><td>y</td><td>z</td></tr></table>`),
      ),
    ).toBeNull();
    expect(
      readTable(table(`<table><tr><td><h1>Site</h1></td><td>x</td></tr><tr><td>y</td><td>z</td></tr></table>`)),
    ).toBeNull();
  });

  it('rejects role=presentation', () => {
    expect(
      readTable(
        table(`<table role="presentation"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>`, 'table'),
      ),
    ).toBeNull();
  });

  it('keeps a data table with one column of links', () => {
    const t = readTable(
      table(
        `<table><tr><th>Party</th><th>Site</th></tr><tr><td>A</td><td><a href="/a">a.org</a></td></tr><tr><td>B</td><td><a href="/b">b.org</a></td></tr></table>`,
      ),
    );
    expect(t?.rows).toEqual([
      ['A', 'a.org'],
      ['B', 'b.org'],
    ]);
  });
});

describe('readTable: size', () => {
  it(`reads a 100,000-row table promptly, up to ${MAX_TABLE_ROWS} rows`, () => {
    const body = Array.from({ length: 100_000 }, (_, i) => `<tr><td>r${i}</td><td>${i}</td></tr>`).join('');
    const el = table(`<table><thead><tr><th>Row</th><th>Value</th></tr></thead><tbody>${body}</tbody></table>`);
    const t0 = performance.now();
    const t = readTable(el);
    const ms = performance.now() - t0;
    expect(t?.rows.length).toBe(MAX_TABLE_ROWS - 1);
    expect(t?.rows[0]).toEqual(['r0', '0']);
    expect(ms).toBeLessThan(3000);
  }, 60_000);
});
