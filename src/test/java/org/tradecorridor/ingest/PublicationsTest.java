package org.tradecorridor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which Comtrade+ bulk files a newer publication supersedes, from the names the official client gives them. */
class PublicationsTest {
  @Test
  void theNewerPublicationOfAReporterPeriodAndClassificationCountsAndTheOlderIsSuperseded() {
    String older = "customs/COMTRADE-FINAL-CA3982023H6[2024-01-15].gz";
    String newer = "customs/bulk/COMTRADE-FINAL-CA3982023H6[2024-07-01].gz";
    String classic = "customs/COMTRADE-FINALCLASSIC-CA3982023H6[2024-03-01].txt";
    String otherYear = "customs/COMTRADE-FINAL-CA3982022H6[2023-01-01].gz";
    String otherEdition = "customs/COMTRADE-FINAL-CA3982023H5[2023-01-01].gz";
    String monthly = "customs/COMTRADE-FINAL-CM504200003H1[2023-01-03].gz";
    String server = "customs/C_A_398_2023_H6_O.txt.gz";
    String website = "customs/KAZ_2023.csv";

    Map<String, String> superseded = Publications.superseded(
        List.of(older, newer, classic, otherYear, otherEdition, monthly, server, website));

    // A final-classic file is another publication of the same slot: its totals would count twice.
    assertEquals(Map.of(older, newer, classic, newer), superseded);
    assertTrue(Publications.warnings(superseded).get(0).startsWith(older + ": superseded by " + newer));
  }

  @Test
  void ofTwoFilesOfOneSlotAndOneDateTheFirstByPathCounts() {
    String first = "customs/a/COMTRADE-FINAL-CA3982023H6[2024-07-01].gz";
    String copy = "customs/b/COMTRADE-FINAL-CA3982023H6[2024-07-01].gz";
    assertEquals(Map.of(copy, first), Publications.superseded(List.of(copy, first)));
  }

  @Test
  void theSlotIsReadFromTheNameWhateverItsCase() {
    assertEquals(Publications.of("COMTRADE-FINAL-CA3982023H6[2024-07-01].gz").orElseThrow().slot(),
        Publications.of("comtrade-final-ca3982023h6[2024-08-01].TXT.GZ").orElseThrow().slot());
    assertTrue(Publications.of("COMTRADE-FINAL-CA3982023H6.gz").isEmpty(), "no date, no publication");
    assertTrue(Publications.of("COMTRADE-TARIFFLINE-CA3982023H6[2024-07-01].gz").orElseThrow().slot()
        .startsWith("TARIFFLINE"), "tariff lines are another dataset");
  }
}
