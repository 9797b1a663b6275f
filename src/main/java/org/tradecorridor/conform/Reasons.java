package org.tradecorridor.conform;

import java.util.List;

/**
 * Why a row is not kept. Quarantine reason codes (SPEC section 5) and the names of the rules under
 * which rows are ignored and counted (SPEC section 4, rule 3).
 */
public final class Reasons {
  private Reasons() {}

  public static final String MALFORMED_ROW = "MALFORMED_ROW";
  public static final String MISSING_FIELD = "MISSING_FIELD";
  public static final String UNKNOWN_COUNTRY = "UNKNOWN_COUNTRY";
  public static final String BAD_NUMBER = "BAD_NUMBER";
  public static final String NEGATIVE_VALUE = "NEGATIVE_VALUE";
  public static final String BAD_DATE = "BAD_DATE";
  public static final String UNKNOWN_HS = "UNKNOWN_HS";
  /** A project's sector that neither reference.hsSectors nor reference.projectSectors names. */
  public static final String UNKNOWN_SECTOR = "UNKNOWN_SECTOR";
  /** A project's status other than ACTIVE, COMPLETED or PLANNED. */
  public static final String UNKNOWN_STATUS = "UNKNOWN_STATUS";
  /** A shipment's transport_mode other than RAIL, SEA, ROAD or MULTIMODAL. */
  public static final String UNKNOWN_TRANSPORT_MODE = "UNKNOWN_TRANSPORT_MODE";
  public static final String AMBIGUOUS_AXIS = "AMBIGUOUS_AXIS";
  public static final String DUPLICATE = "DUPLICATE";

  /** Every quarantine reason, in the order the rules apply. */
  public static final List<String> QUARANTINE = List.of(MALFORMED_ROW, MISSING_FIELD, UNKNOWN_COUNTRY,
      BAD_NUMBER, NEGATIVE_VALUE, BAD_DATE, UNKNOWN_HS, UNKNOWN_SECTOR, UNKNOWN_STATUS, UNKNOWN_TRANSPORT_MODE,
      AMBIGUOUS_AXIS, DUPLICATE);

  /** Rows of a Comtrade+ bulk file a newer publication of the same reporter, period and classification replaces. */
  public static final String SUPERSEDED = "superseded publication";
  public static final String OTHER_PARTNER = "other partner";
  public static final String OTHER_FLOW = "other flow";
  public static final String AGGREGATE = "aggregate";
  public static final String BREAKDOWN = "breakdown";
  public static final String OTHER_FREQUENCY = "other frequency";
  /** Rows of a year a --years run does not cover: left as they are, counted at ingest. */
  public static final String OUTSIDE_YEARS = "outside years";

  /** Every rule under which conform ignores rows, in the order they apply. */
  public static final List<String> IGNORED = List.of(SUPERSEDED, OTHER_PARTNER, OTHER_FLOW, AGGREGATE, BREAKDOWN,
      OTHER_FREQUENCY);

  /** Every quarantine reason, then every ignore rule. */
  public static final List<String> ALL = java.util.stream.Stream.concat(QUARANTINE.stream(), IGNORED.stream()).toList();
}
