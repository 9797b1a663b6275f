package org.tradecorridor.generate;

import java.util.SplittableRandom;

/** The generator's one random stream (fixed seed) and the exact splits drawn from it. */
final class Draws {
  private final SplittableRandom random;

  Draws(long seed) {
    this.random = new SplittableRandom(seed);
  }

  double nextDouble() {
    return random.nextDouble();
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  long nextLong(long bound) {
    return random.nextLong(bound);
  }

  /** Splits {@code total} into parts proportional to {@code weights}; the parts sum exactly to it. */
  static long[] split(long total, double[] weights) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    long[] parts = new long[weights.length];
    long assigned = 0;
    for (int i = 0; i < weights.length - 1; i++) {
      parts[i] = (long) Math.floor(total * (weights[i] / sum));
      assigned += parts[i];
    }
    parts[weights.length - 1] = total - assigned;
    return parts;
  }

  double[] weights(int n, double low, double high) {
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      weights[i] = low + random.nextDouble() * (high - low);
    }
    return weights;
  }

  /** An index drawn with the given probabilities. */
  int pick(double[] weights) {
    double pick = random.nextDouble();
    for (int i = 0; i < weights.length - 1; i++) {
      if (pick < weights[i]) {
        return i;
      }
      pick -= weights[i];
    }
    return weights.length - 1;
  }
}
