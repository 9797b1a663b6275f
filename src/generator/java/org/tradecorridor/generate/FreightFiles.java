package org.tradecorridor.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The freight side of the sample: shipments on every corridor axis and off it, year by year, with
 * {@link Plan}'s tonnage per axis, node names in other cases and spacing as real systems write them, a
 * newer system's file in another column order with an extra column, and late reports keyed in by hand
 * with one of each kind of bad row.
 */
final class FreightFiles {
  static final List<String> COLUMNS = List.of("shipment_id", "departure_date", "origin_country",
      "origin_node", "destination_country", "destination_node", "route", "transport_mode", "hs_code",
      "gross_tonnes", "teu");

  private final Output output;
  private final Draws draws;
  private final int firstYear;
  private final long freightRows;

  FreightFiles(Output output, Draws draws, int firstYear, long freightRows) {
    this.output = output;
    this.draws = draws;
    this.firstYear = firstYear;
    this.freightRows = freightRows;
  }

  /** A route on the corridor: node names joined by '>', with its countries and mode. */
  private record Route(String originCountry, String destinationCountry, String mode, String... nodes) {}

  private static final Map<String, List<Route>> ROUTES = Map.of(
    "EASTERN", List.of(
        new Route("RUS", "IRN", "RAIL", "Moscow", "Aksaraiskaya", "Atyrau", "Beyneu", "Uzen", "Bolashak",
            "Serhetyaka", "Etrek", "Inche Burun", "Gorgan", "Tehran"),
        new Route("KAZ", "IRN", "RAIL", "Kostanay", "Aktobe", "Beyneu", "Uzen", "Bolashak", "Serhetyaka",
            "Inche Burun", "Gorgan"),
        new Route("IRN", "RUS", "RAIL", "Tehran", "Gorgan", "Inche Burun", "Serhetyaka", "Bolashak", "Uzen",
            "Beyneu", "Atyrau", "Aksaraiskaya", "Moscow")),
    "TRANS_CASPIAN", List.of(
        new Route("RUS", "IRN", "SEA", "Astrakhan", "Anzali"),
        new Route("RUS", "IRN", "MULTIMODAL", "Moscow", "Olya", "Amirabad", "Tehran"),
        new Route("RUS", "IRN", "SEA", "Makhachkala", "Nowshahr"),
        new Route("IRN", "RUS", "SEA", "Bandar Anzali", "Astrakhan")),
    "WESTERN", List.of(
        new Route("RUS", "IRN", "RAIL", "Moscow", "Derbent", "Samur", "Yalama", "Baku", "Astara", "Rasht",
            "Qazvin", "Tehran"),
        new Route("RUS", "IRN", "ROAD", "Rostov", "Derbent", "Samur", "Yalama", "Astara", "Rasht"),
        new Route("AZE", "RUS", "RAIL", "Baku", "Yalama", "Samur", "Derbent", "Moscow")),
    "NONE", List.of(
        new Route("RUS", "KAZ", "RAIL", "Moscow", "Samara", "Kostanay", "Astana"),
        new Route("KAZ", "RUS", "RAIL", "Astana", "Petropavl", "Omsk", "Novosibirsk"),
        new Route("RUS", "KAZ", "ROAD", "Chelyabinsk", "Kostanay"),
        new Route("KAZ", "RUS", "RAIL", "Pavlodar", "Omsk")));

  /** HS headings shipped as freight, by sector. */
  private static final String[][] CARGO = {
    {"1001", "1003", "1101", "1512", "0201", "0805"}, // grain, barley, flour, oil, meat, citrus
    {"2701", "2710", "2711", "2601"},                 // coal, oil products, gas, ore
    {"7208", "7601", "7403"},                         // steel, aluminium, copper
    {"3102", "3901", "2815"},                         // fertilisers, polymers, soda
    {"8429", "8701", "4407"}};                        // machinery, tractors, sawn wood
  private static final double[] CARGO_WEIGHTS = {0.38, 0.27, 0.15, 0.12, 0.08};

  void write() {
    int years = Plan.LAST_YEAR - firstYear + 1;
    int perAxisYear = (int) Math.max(10, freightRows / (years * Plan.AXES.size()));
    String firstEastern2023 = null;
    for (int year = firstYear; year <= Plan.LAST_YEAR; year++) {
      // The 2024 file comes from a newer system: other column order and an extra column.
      List<String> columns = year == Plan.LAST_YEAR ? List.of("route", "shipment_id", "carrier",
          "departure_date", "gross_tonnes", "teu", "hs_code", "transport_mode", "origin_country", "origin_node",
          "destination_country", "destination_node") : COLUMNS;
      try (RowWriter out = output.csv(String.format(Locale.ROOT, "freight/%d/shipments_%d.csv", year, year)
          + (output.gzip() ? ".gz" : ""), columns)) {
        for (String axis : Plan.AXES) {
          long[] milli = Draws.split(Plan.TONNES_MILLI.get(axis)[Plan.index(year)], draws.weights(perAxisYear, 0.5, 1.5));
          for (int s = 0; s < perAxisYear; s++) {
            Map<String, Object> shipment = shipment(year, axis, s, milli[s]);
            if (firstEastern2023 == null && year == 2023 && axis.equals("EASTERN")) {
              firstEastern2023 = (String) shipment.get("shipment_id");
              lateReports(shipment);
            }
            out.row(shipment);
          }
        }
      }
    }
  }

  private Map<String, Object> shipment(int year, String axis, int sequence, long milliTonnes) {
    List<Route> routes = ROUTES.get(axis);
    Route route = routes.get(draws.nextInt(routes.size()));
    Map<String, Object> row = new HashMap<>();
    row.put("shipment_id", String.format(Locale.ROOT, "SHP-%d-%c-%06d", year, axis.charAt(0), sequence + 1));
    LocalDate date = LocalDate.of(year, 1, 1).plusDays(draws.nextInt(LocalDate.of(year, 12, 31).getDayOfYear()));
    row.put("departure_date", date.toString());
    row.put("origin_country", route.originCountry());
    row.put("origin_node", route.nodes()[0]);
    row.put("destination_country", route.destinationCountry());
    row.put("destination_node", route.nodes()[route.nodes().length - 1]);
    String joined = String.join(">", route.nodes());
    // Some systems write node names in other cases, with spaces around the separators.
    row.put("route", sequence % 10 == 3 ? String.join(" > ", route.nodes()).toUpperCase(Locale.ROOT) : joined);
    row.put("transport_mode", route.mode());
    row.put("hs_code", cargo());
    row.put("gross_tonnes", BigDecimal.valueOf(milliTonnes, 3).toPlainString());
    if (route.mode().equals("SEA") || route.mode().equals("MULTIMODAL")) {
      row.put("teu", String.valueOf(Math.max(1, milliTonnes / 14_000_000L)));
    }
    row.put("carrier", axis.equals("NONE") ? "KTZ Express" : "INSTC Logistics");
    return row;
  }

  private String cargo() {
    double pick = draws.nextDouble();
    int group = 0;
    while (group < CARGO_WEIGHTS.length - 1 && pick > CARGO_WEIGHTS[group]) {
      pick -= CARGO_WEIGHTS[group];
      group++;
    }
    return CARGO[group][draws.nextInt(CARGO[group].length)];
  }

  /** Late reports keyed in by hand: one of each kind of bad freight row, and a shipment sent twice. */
  private void lateReports(Map<String, Object> eastern2023) {
    try (RowWriter out = output.csv("freight/late/late_reports.csv", COLUMNS)) {
      out.row(eastern2023);
      Map<String, Object> row = new HashMap<>(eastern2023);
      row.put("shipment_id", "LATE-0001");
      row.put("departure_date", "2023-02-30");
      out.row(row);
      row = new HashMap<>(eastern2023);
      row.put("shipment_id", "LATE-0002");
      row.put("route", "Moscow>Astrakhan>Baku>Tehran");
      out.row(row);
      row = new HashMap<>(eastern2023);
      row.put("shipment_id", "LATE-0003");
      row.put("gross_tonnes", "-120.5");
      out.row(row);
      row = new HashMap<>(eastern2023);
      row.put("shipment_id", "");
      out.row(row);
      row = new HashMap<>(eastern2023);
      row.put("shipment_id", "LATE-0004");
      row.put("gross_tonnes", "1,234.5");
      out.row(row);
      row = new HashMap<>(eastern2023);
      row.put("shipment_id", "LATE-0005");
      row.put("hs_code", "7701");
      out.row(row);
      out.rawLine("LATE-0006,2023-05-01,RUS,Moscow");
    }
  }
}
