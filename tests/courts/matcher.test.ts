import { CourtMatcher } from '../../dialogs/courts/courtMatcher';
import { content } from '../helpers/engineHarness';

const matcher = () => new CourtMatcher(content().courtNames, content().courts.keys());
const match = (text: string, loose = true) => matcher().match(matcher().text(text), loose);
const courts = (text: string, loose = true) => [...match(text, loose).courts].sort();

describe('the court matcher', () => {
  it.each([
    // Full names, citations (Bluebook, with or without dots and spaces), acronyms, PACER ids, addresses.
    ['the U.S. Bankruptcy Court for the Northern District of New York', ['nynb']],
    ['Bankr. N.D. Ill.', ['ilnb']], ['n.d.ill bankruptcy', ['ilnb']], ['USDC E.D. Mich.', ['mied']],
    ['CDCA bankr', ['cacb']], ['wdwa district court', ['wawd']], ['D.N.J. bankruptcy', ['njb']], ['ohsb', ['ohsb']],
    ['ecf.txwb.uscourts.gov', ['txwb']], ['N.D.W. Va. bankruptcy', ['wvnb']], ['District, D. Md.', ['mdd']],
    // A state's direction in any order, with typos.
    ['ohio northern district bankruptcy', ['ohnb']], ['eastern dist. of PA bankruptcy', ['paeb']],
    ['Westren District of Wisconsin district court', ['wiwd']], ['bankrupcty court, district of arizona', ['azb']],
    // Places where the court sits, the kind said.
    ['bankruptcy court in Sacramento', ['caeb']], ['the district court in St. Louis', ['moed']],
    ['chapter 13 in Tulsa', ['oknb']], ['Bankruptcy Court, Columbus, Ohio', ['ohsb']],
    // Dotted initials apart from the next ones, "Ct." no Connecticut, "in the" no Indiana.
    ['U.S.B.C. W.D. Mich.', ['miwb']], ['Bankr. Ct. E.D.N.Y.', ['nyeb']], ['we file in the eastern district of kentucky bankruptcy court', ['kyeb']],
    ['Ft. Myers bankruptcy', ['flmb']], ['ohio bankruptcy court, northern district', ['ohnb']],
  ])('reads "%s" as one court', (text, wanted) => {
    expect(courts(text)).toEqual(wanted);
  });

  it.each([
    // The kind not said: both courts of the district, for the bot to ask.
    ['S.D. Cal.', ['casb', 'casd']], ['Grand Rapids', ['miwb', 'miwd']], ['NDGA', ['ganb', 'gand']],
    // Places and states several districts share.
    ['kansas city bankruptcy court', ['ksb', 'mowb']], ['Pennsylvania bankruptcy', ['paeb', 'pamb', 'pawb']],
    ['Portland, Oregon bankruptcy', ['orb']], ['the federal courthouse in Springfield, Missouri', ['mowb', 'mowd']],
  ])('offers "%s" as a choice, never one court guessed', (text, wanted) => {
    expect(courts(text)).toEqual(wanted);
  });

  it.each(['Circuit Court of Cook County', 'family court', 'my local federal court', 'Delaware Court of Chancery', 'I have a question about my password',
    'the court', 'yes', 'no', 'next', 'mad', 'need'])('finds no court in "%s"', (text) => {
    expect(courts(text)).toEqual([]);
  });

  it.each([['Third Circuit', 'ca3'], ['3d Cir.', 'ca3'], ['CA-10', 'ca10'], ['U.S. Court of Appeals for the D.C. Circuit', 'cadc'], ['cafc', 'cafc']])(
    'tells a court of appeals in "%s"', (text, id) => {
      expect(match(text)).toEqual({ courts: [], appellate: [id] });
    });

  it('takes a state or a city alone only when the court is asked for, a citation or an id always', () => {
    expect(courts('i live in ohio', false)).toEqual([]);
    expect(courts('i was in Miami last week', false)).toEqual([]);
    expect(courts('ohio', true)).toEqual(['ohnb', 'ohnd', 'ohsb', 'ohsd']);
    expect(courts('do i redo it for the E.D.N.Y. bankruptcy court?', false)).toEqual(['nyeb']);
    expect(courts('is it the same for nysb', false)).toEqual(['nysb']);
  });

  it.each([
    // Words inside an e-mail or web address (round 16: "r.smith@ohio" was Ohio's four courts).
    'my old ecf login is r.smith@ohio - does the @ matter?', 'the court emails me at jane.doe@texas-law.com',
    'the court page at https://www.pacer.gov/texas/info', 'i found it on www.florida-bar.org, is that the court?',
    // An everyday word inflected, a typo away from a court word ("reloading": Reading, Pa.; "texts": Texas; "paged": paed).
    'unable to login to the court\'s e-filing site, it keeps reloading the login', 'the court texts me a code',
    'i got paged by the court clerk',
  ])('finds no court in "%s", though it is about a court', (text) => {
    expect(courts(text, false)).toEqual([]);
  });

  it('still reads a court\'s own address, a place that is an everyday word, and an inflected court word', () => {
    expect(courts('my court is https://ecf.flsd.uscourts.gov/cgi-bin/login.pl', false)).toEqual(['flsd']);
    expect(courts('the bankruptcy court in Reading', false)).toEqual(['paeb']);
    expect(courts('floridas middle district bankruptcy court', false)).toEqual(['flmb']);
  });

  it('reads a place or a short state form that is an everyday word beside a court or as a short answer, never in another sentence', () => {
    expect(courts('reading')).toEqual(['paeb', 'paed']);
    expect(courts('i am reading the steps you sent about the court')).toEqual([]);
    expect(courts('my mobile phone shows the court site', false)).toEqual([]);
    expect(courts('tenn')).toEqual(['tneb', 'tned', 'tnmb', 'tnmd', 'tnwb', 'tnwd']);
    expect(courts('the bankruptcy court in PA', false)).toEqual(['paeb', 'pamb', 'pawb']);
    expect(courts('i think my pa told me the court went live last week')).toEqual([]);
    for (const word of ['in', 'ok', 'me', 'or', 'hi', 'mass']) expect(courts(word)).toEqual([]);
  });

  it.each([
    // A short form that is a word leads a direction only when it is its state's and ends the name (round 17: "in
    // western district of washington", "in Southern District of Illinois" were Indiana's courts too).
    ['the district court in western pa', ['pawd']], ['bankruptcy court in western district of washington', ['wawb']],
    ['do I have to do the same in Southern District of Illinois too', ['ilsb', 'ilsd']], ['file in north carolina bankruptcy', ['nceb', 'ncmb', 'ncwb']],
    ['ok. eastern district of new york bankruptcy', ['nyeb']], ['PA eastern bankruptcy', ['paeb']], ['Ind. Southern district court', ['insd']],
    ['in eastern', []], ['in southern', []], ['the telephone of the central service', []],
  ])('reads "%s" without a word that is a state short form', (text, wanted) => {
    expect(courts(text)).toEqual(wanted);
  });

  it.each([
    // Round 20: "in" before a designation is no Indiana ("in ND Ill" was innd too); "in" after a direction and a court
    // puts a place after the court ("texas north, the bankruptcy court in dallas" was insd too); an everyday direction
    // and an everyday state form name a district only in a text about a court ("so ok" was Oklahoma's courts).
    ['the district court, we practice in SD Ill', ['ilsd']], ['texas north, the bankruptcy court in dallas', ['txnb']],
    ['i set it up in 2021 so ok', []], ['so oh well, it did not work', []], ['the bankruptcy court so ok', ['okeb', 'oknb', 'okwb']],
    ['D. Mass.', ['mab', 'mad']], ['N.D. Ill.', ['ilnb', 'ilnd']],
  ])('reads "%s" without an everyday word taken for a state', (text, wanted) => {
    expect(courts(text, false)).toEqual(wanted);
  });

  it('reads "bk" or "bankr" written after a district as that district\'s kind, not the next one\'s', () => {
    expect(courts('ND Ind bk and SD Ind bk', false)).toEqual(['innb', 'insb']);
    expect(courts('WD Wash bankr, ED Wash bankr', false)).toEqual(['waeb', 'wawb']);
    expect(courts('SDNY bk, EDNY', false)).toEqual(['nyed', 'nysb']);
  });

  it('reads the kind and the district initials an answer gives', () => {
    expect(match('the bankruptcy one').kind).toBe('b');
    expect(matcher().directions(matcher().text('the southern one'))).toEqual(['s']);
    expect(matcher().directions(matcher().text('no'))).toEqual([]);
  });
});
