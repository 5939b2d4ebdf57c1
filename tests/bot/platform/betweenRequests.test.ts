import { runBetweenRequests } from '../../../bot/platform/betweenRequests';

/** The start-up warm-up after listening (bot/main.ts) runs in pieces, so a request coming in meanwhile is served between them. */
describe('runBetweenRequests', () => {
  it('runs nothing before its caller returns, then each piece in its own event-loop turn, in order', async () => {
    const order: string[] = [];
    const done = runBetweenRequests([
      () => {
        order.push('first piece');
        // What arrives while a piece runs (a /healthz request) is handled before the next piece.
        setImmediate(() => order.push('request'));
      },
      () => order.push('second piece'),
    ]);
    expect(order).toEqual([]);
    await done;
    expect(order).toEqual(['first piece', 'request', 'second piece']);
  });

  it("rejects with a piece's error and runs no piece after it", async () => {
    const ran: string[] = [];
    const done = runBetweenRequests([() => { throw new Error('no model'); }, () => ran.push('later')]);
    await expect(done).rejects.toThrow('no model');
    expect(ran).toEqual([]);
  });
});
