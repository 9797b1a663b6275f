package org.tradecorridor.reference;

import java.util.List;

/**
 * The documented values of the input columns that name a kind rather than describe: a value outside its
 * list is quarantined with its own reason, so a typo shows in quarantine instead of becoming a row of gold.
 * Values are matched trimmed and case-insensitively and kept upper-cased. Project sectors are a reference's
 * ({@link ReferenceData#projectSectors}).
 */
public final class Vocabularies {
  private Vocabularies() {}

  /** A freight shipment's {@code transport_mode}. */
  public static final List<String> TRANSPORT_MODES = List.of("RAIL", "SEA", "ROAD", "MULTIMODAL");

  /** A joint project's {@code status}; ACTIVE counts in {@code active_projects}. */
  public static final List<String> PROJECT_STATUSES = List.of("ACTIVE", "COMPLETED", "PLANNED");
}
