package org.tradecorridor.conform;

import org.tradecorridor.tables.SilverColumns;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.tradecorridor.tables.Source;

class ProjectsConformTest {

  private static Map<String, String> project(String... keysAndValues) {
    Map<String, String> row = new HashMap<>(Map.of("project_id", "P1", "name", "Grain terminal, Kostanay",
        "sector", " Agro_Food ", "status", "active", "start_year", "2021", "investment_usd", "1500000.00",
        "jobs", "250"));
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  private static Dataset<Row> classify(List<Map<String, String>> rows) {
    return ProjectsConform.classify(ConformFixtures.bronze(Source.PROJECTS, rows), ConformFixtures.rules(),
        ConformFixtures.reference());
  }

  @Test
  void keepsProjectsWithNormalisedSectorAndStatus() {
    Row row = Classification.kept(classify(List.of(project())), SilverColumns.PROJECTS, "r").first();

    assertEquals("agro_food", row.getAs("sector"));
    assertEquals("ACTIVE", row.getAs("status"));
    assertEquals(250, row.<Integer>getAs("jobs"));
    assertEquals(new BigDecimal("1500000.00"), row.getAs("investment_usd"));
    assertEquals(2021, row.<Integer>getAs("start_year"));
  }

  @Test
  void quarantinesBadProjectsAndDuplicates() {
    List<Map<String, String>> rows = new ArrayList<>();
    rows.add(project());
    rows.add(project("project_id", "P2", "sector", ""));
    rows.add(project("project_id", "P3", "jobs", ""));
    rows.add(project("project_id", "P4", "jobs", "1 200"));
    rows.add(project("project_id", "P5", "jobs", "-3"));
    rows.add(project("project_id", "P6", "start_year", "20x1"));
    rows.add(project("project_id", "P1", "name", "resubmitted"));
    rows.add(project("project_id", "P7", "investment_usd", ""));

    assertEquals(Map.of(2L, "KEPT", 3L, "MISSING_FIELD", 4L, "MISSING_FIELD", 5L, "BAD_NUMBER",
        6L, "NEGATIVE_VALUE", 7L, "BAD_DATE", 8L, "DUPLICATE", 9L, "KEPT"), Outcomes.byLine(classify(rows)));
  }

  @Test
  void aSectorWithATrailingTabIsTheSameSector() {
    List<Map<String, String>> rows = new ArrayList<>();
    rows.add(project("project_id", "P1", "sector", "metals"));
    rows.add(project("project_id", "P2", "sector", "metals\t"));
    rows.add(project("project_id", "P3", "sector", "\u00A0Metals\u3000"));
    rows.add(project("project_id", "P4", "investment_usd", "-0.001"));

    Dataset<Row> classified = classify(rows);

    assertEquals(Map.of(2L, "KEPT", 3L, "KEPT", 4L, "KEPT", 5L, "NEGATIVE_VALUE"), Outcomes.byLine(classified));
    assertEquals(List.of("metals"), Classification.kept(classified, SilverColumns.PROJECTS, "r").select("sector").distinct()
        .collectAsList().stream().map(r -> r.getString(0)).toList());
  }

  @Test
  void aSectorOrStatusOutsideItsListIsQuarantinedWithItsOwnReasonNeverANewGoldRow() {
    List<Map<String, String>> rows = new ArrayList<>();
    rows.add(project("project_id", "P1", "sector", "agro_fod"));
    rows.add(project("project_id", "P2", "sector", "<b>metals</b>"));
    rows.add(project("project_id", "P3", "status", "ACTIVE!"));
    rows.add(project("project_id", "P4", "status", "cancelled"));
    rows.add(project("project_id", "P5", "status", " Planned "));
    rows.add(project("project_id", "P6", "status", ""));
    rows.add(project("project_id", "P7", "sector", "logistics"));

    Dataset<Row> classified = ProjectsConform.classify(ConformFixtures.bronze(Source.PROJECTS, rows),
        ConformFixtures.rules(), new org.tradecorridor.reference.ReferenceData(ConformFixtures.reference()
            .sectorOfChapter(), Map.of(), Map.of(), java.util.Set.of("logistics")));

    assertEquals(Map.of(2L, "UNKNOWN_SECTOR", 3L, "UNKNOWN_SECTOR", 4L, "UNKNOWN_STATUS", 5L, "UNKNOWN_STATUS",
        6L, "KEPT", 7L, "KEPT", 8L, "KEPT"), Outcomes.byLine(classified));
    Map<String, String> statusOf = new HashMap<>();
    Classification.kept(classified, SilverColumns.PROJECTS, "r").collectAsList()
        .forEach(r -> statusOf.put(r.getAs("project_id"), r.getAs("status")));
    assertEquals("PLANNED", statusOf.get("P5"));
    assertEquals(null, statusOf.get("P6"), "an empty status is unknown");
    assertEquals(3, statusOf.size());
  }
}
