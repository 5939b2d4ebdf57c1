import {
  expectedCalibrationError, fitTemperature, reliabilityTable, withTemperature, type Distribution,
} from '../../dialogs/nlu/calibration';
import { seededRandom } from '../../dialogs/nlu/random';

describe('calibration measures', () => {
  it('bins answers by score and weighs each bin\'s gap between mean score and accuracy', () => {
    // Bin 0.9-1.0: scores 0.95 twice, one right (gap 0.45); bin 0.5-0.6: 0.5 once, right (gap 0.5).
    const table = reliabilityTable([{ score: 0.95, correct: true }, { score: 0.95, correct: false }, { score: 0.5, correct: true }, { score: 1, correct: true }]);
    expect(table).toHaveLength(10);
    expect(table[9]).toMatchObject({ count: 3, accuracy: 2 / 3 });
    expect(table[9]!.meanScore).toBeCloseTo((0.95 + 0.95 + 1) / 3);
    expect(table[5]).toMatchObject({ count: 1, meanScore: 0.5, accuracy: 1 });
    expect(expectedCalibrationError(table)).toBeCloseTo((3 / 4) * Math.abs(2.9 / 3 - 2 / 3) + (1 / 4) * 0.5);
    expect(expectedCalibrationError(reliabilityTable([]))).toBe(0);
  });

  it('softens and sharpens probabilities with a temperature, keeping their order and sum', () => {
    const p = [0.7, 0.2, 0.1];
    const soft = withTemperature(p, 2);
    expect(soft[0]).toBeLessThan(0.7);
    expect(withTemperature(p, 0.5)[0]).toBeGreaterThan(0.7);
    expect(soft.reduce((s, x) => s + x, 0)).toBeCloseTo(1);
    expect(withTemperature(p, 1).map((x) => x.toFixed(6))).toEqual(p.map((x) => x.toFixed(6)));
  });

  it('finds the temperature that undoes a known overconfidence', () => {
    // Samples drawn from calibrated probabilities, then shown sharpened by T = 1/2: the fit must give back ~2.
    const random = seededRandom(4);
    const samples: Distribution[] = Array.from({ length: 3000 }, () => {
      const logits = [random() * 3, random() * 3, random() * 3];
      const exp = logits.map(Math.exp);
      const calibrated = exp.map((e) => e / exp.reduce((s, x) => s + x, 0));
      const u = random();
      const label = u < calibrated[0]! ? 0 : u < calibrated[0]! + calibrated[1]! ? 1 : 2;
      return { probabilities: withTemperature(calibrated, 0.5), label };
    });
    expect(fitTemperature(samples)).toBeGreaterThan(1.8);
    expect(fitTemperature(samples)).toBeLessThan(2.2);
  });
});
