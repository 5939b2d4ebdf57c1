import { csvLine, parseCsv } from '../../../bot/helpdesk/triage/csv';

/** The triage batch's CSV: questions in, the report out. */
describe('CSV', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('id,text\r\n1,"a, ""b""\nc"\n2,plain\n')).toEqual([['id', 'text'], ['1', 'a, "b"\nc'], ['2', 'plain']]);
  });

  it('writes cells a spreadsheet would run as formulas as plain text', () => {
    expect(csvLine(['=HYPERLINK("x")', '+1', '-2', '@sum', 'ok', 3])).toBe(`"'=HYPERLINK(""x"")",'+1,'-2,'@sum,ok,3`);
  });
});
