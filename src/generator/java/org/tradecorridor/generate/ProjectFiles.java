package org.tradecorridor.generate;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The joint projects of the sample: {@link Plan}'s projects and jobs, Russian names, and a few bad rows. */
final class ProjectFiles {
  static final List<String> COLUMNS = List.of("project_id", "name", "sector", "status", "start_year",
      "investment_usd", "jobs");

  private final Output output;
  private final Draws draws;

  ProjectFiles(Output output, Draws draws) {
    this.output = output;
    this.draws = draws;
  }

  private static final String[] PROJECT_SECTORS = {"agro_food", "metals", "machinery_electrical", "minerals_energy",
    "chemicals", "vehicles_transport", "wood_paper", "textiles_footwear", "instruments_misc"};
  private static final double[] PROJECT_SECTOR_WEIGHTS = {0.24, 0.14, 0.14, 0.12, 0.1, 0.09, 0.06, 0.06, 0.05};
  private static final String[] PROJECT_KINDS = {"plant", "terminal", "joint venture", "assembly line",
    "processing complex", "logistics hub", "greenhouse complex", "service centre"};
  private static final String[] CITIES = {"Kostanay", "Pavlodar", "Aktobe", "Astana", "Almaty", "Shymkent",
    "Karaganda", "Ust-Kamenogorsk", "Omsk", "Chelyabinsk", "Orenburg", "Astrakhan", "Novosibirsk"};
  private static final String[] RUSSIAN_NAMES = {"Завод сельхозтехники", "Зерновой терминал",
    "Металлургический комбинат", "Тепличный комплекс", "Логистический центр"};

  void write() {
    try (RowWriter out = output.csv("projects/joint_projects.csv", COLUMNS)) {
      long[] jobs = Draws.split(Plan.PROJECT_JOBS, draws.weights(Plan.PROJECTS, 0.1, 1.9));
      Map<String, Object> fifth = null;
      for (int p = 0; p < Plan.PROJECTS; p++) {
        Map<String, Object> row = new HashMap<>();
        row.put("project_id", String.format(Locale.ROOT, "KZRU-%04d", p + 1));
        String city = CITIES[draws.nextInt(CITIES.length)];
        row.put("name", p % 6 == 0
            ? RUSSIAN_NAMES[draws.nextInt(RUSSIAN_NAMES.length)] + ", " + city
            : city + " " + PROJECT_KINDS[draws.nextInt(PROJECT_KINDS.length)]
                + (p % 4 == 0 ? ", phase " + (2 + draws.nextInt(3)) : ""));
        row.put("sector", PROJECT_SECTORS[draws.pick(PROJECT_SECTOR_WEIGHTS)]);
        double status = draws.nextDouble();
        row.put("status", status < 0.6 ? "ACTIVE" : status < 0.85 ? "COMPLETED" : "PLANNED");
        row.put("start_year", String.valueOf(2012 + draws.nextInt(13)));
        row.put("investment_usd", BigDecimal.valueOf(200_000_000L + draws.nextLong(40_000_000_000L), 2).toPlainString());
        row.put("jobs", String.valueOf(jobs[p]));
        out.row(row);
        if (p == 4) {
          fifth = row;
        }
      }
      Map<String, Object> again = new HashMap<>(fifth);
      again.put("name", fifth.get("name") + " (resubmitted)");
      out.row(again);
      Map<String, Object> noSector = new HashMap<>(fifth);
      noSector.put("project_id", "KZRU-9001");
      noSector.put("sector", "");
      out.row(noSector);
      Map<String, Object> spacedJobs = new HashMap<>(fifth);
      spacedJobs.put("project_id", "KZRU-9002");
      spacedJobs.put("jobs", "1 200");
      out.row(spacedJobs);
    }
  }
}
