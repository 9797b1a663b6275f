package org.tradecorridor.aggregate;

import static org.tradecorridor.DatasetAssertions.assertSameRows;

import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.tradecorridor.TestSpark;

class JointProjectsTest {

  @Test
  void countsProjectsActiveProjectsJobsAndInvestmentPerSector() {
    StructType silver = StructType.fromDDL("project_id STRING, name STRING, sector STRING, status STRING, "
        + "start_year INT, investment_usd DECIMAL(20,2), jobs INT, source_file STRING, run_id STRING");
    Dataset<Row> projects = TestSpark.session().createDataFrame(List.of(
        RowFactory.create("P1", "a", "agro_food", "ACTIVE", 2020, new BigDecimal("10.50"), 100, "f", "r"),
        RowFactory.create("P2", "b", "agro_food", "PLANNED", 2024, null, 40, "f", "r"),
        RowFactory.create("P3", "c", "metals", "COMPLETED", 2015, new BigDecimal("1.00"), 7, "f", "r")), silver);

    Dataset<Row> expected = TestSpark.session().createDataFrame(List.of(
            RowFactory.create("agro_food", 2L, 1L, 140L, new BigDecimal("10.50")),
            RowFactory.create("metals", 1L, 0L, 7L, new BigDecimal("1.00"))),
        StructType.fromDDL("sector STRING, projects BIGINT, active_projects BIGINT, jobs BIGINT, investment_usd DECIMAL(20,2)"));
    assertSameRows(expected, JointProjects.bySector(projects));
  }
}
