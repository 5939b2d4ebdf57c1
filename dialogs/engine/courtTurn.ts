import type { EngineContext } from './context';
import type { CourtReading } from './courtDirectory';
import type { ConversationState } from './state';
import type { TurnTools } from './turnTools';
import type { Draft } from './turnShape';

/**
 * A turn about the court that names no single court: the choice of the courts a message may mean ("Texas
 * bankruptcy court", "EDVA": district or bankruptcy?), a court of appeals told apart (its linking differs), or
 * "change court" (asked again; a deployment pinned to one court says so instead).
 */
export function courtReadingTurn(ctx: EngineContext, tools: TurnTools, state: ConversationState, reading: CourtReading): Draft {
  const { questions, view } = tools;
  switch (reading.kind) {
    case 'choice': return { state, said: [], question: questions.court(reading.ids), trace: { action: 'court_choice' } };
    case 'appellate': {
      const said = [{ reply: { text: ctx.courts.appellate(reading.id) } }];
      const question = questions.courtUnknown(state) ? questions.court() : undefined;
      return { state, said, ...(question ? { question } : {}), trace: { action: 'court_appellate', intent: reading.id, kind: 'answer' } };
    }
    case 'change': {
      if (ctx.pinnedCourt) return { state, said: [{ reply: { text: view.fill(ctx.courts.pinnedMessage()) } }], trace: { action: 'court_change', kind: 'answer' } };
      const { courtId: _dropped, ...rest } = state;
      return { state: rest, said: [], question: questions.court(), trace: { action: 'court_change' } };
    }
    case 'court': throw new Error('one court is noted by the turn, not here');
  }
}
