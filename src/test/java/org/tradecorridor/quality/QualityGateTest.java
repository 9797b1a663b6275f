package org.tradecorridor.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityGateTest {

  @Test
  void theRatioIsQuarantinedOverRowsReadLessIgnoredRows() {
    // 1000 read, 600 ignored: 400 counted; 21 quarantined = 5.25 % > 5 %.
    StageCounts counts = new StageCounts(1000, 379, 21, 600,
        Map.of("BAD_NUMBER", 15L, "UNKNOWN_HS", 6L, "other partner", 600L));

    QualityGate.Verdict verdict = QualityGate.judge("customs", counts, new BigDecimal("0.05"));

    assertFalse(verdict.passed());
    assertEquals(new BigDecimal("0.052500"), verdict.ratio());
    assertEquals("customs quarantined 21 of 400 counted rows (5.25 %, max 5.00 %); top reasons: BAD_NUMBER 15, UNKNOWN_HS 6",
        verdict.describe());
  }

  @Test
  void aRatioAtTheLimitPassesAndASourceWithNothingCountedPasses() {
    assertTrue(QualityGate.judge("freight", new StageCounts(100, 95, 5, 0, Map.of()), new BigDecimal("0.05")).passed());
    assertTrue(QualityGate.judge("projects", new StageCounts(0, 0, 0, 0, Map.of()), new BigDecimal("0.05")).passed());
    assertTrue(new StageCounts(10, 5, 3, 2, Map.of()).balances());
    assertFalse(new StageCounts(10, 5, 3, 1, Map.of()).balances());
  }
}
