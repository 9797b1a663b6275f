package org.tradecorridor.conform;

/** The working columns of customs rows between the row rules and the group rules; none reaches silver. */
final class CustomsWork {
  private CustomsWork() {
  }

  static final String FREQ = "_freq";
  static final String YEAR_TEXT = "_year_text";
  static final String PERIOD = "_period";
  static final String PERIOD_TEXT = "_period_text";
  static final String REPORTER_TEXT = "_reporter_text";
  static final String PARTNER_TEXT = "_partner_text";
  static final String REPORTER_CODE = "_reporter_code";
  static final String PARTNER_CODE = "_partner_code";
  static final String VALUE_TEXT = "_value_text";
  static final String WEIGHT_TEXT = "_weight_text";
  static final String CIF_TEXT = "_cif_text";
  static final String FOB_TEXT = "_fob_text";
  static final String QTY_TEXT = "_qty_text";
  static final String LEVEL = "_level";
  static final String FINEST = "_finest";
  static final String IS_BREAKDOWN = "_is_breakdown";
  static final String HAS_ANNUAL = "_has_annual";
  static final String GROUP_DATASET = "_group_dataset";
  static final String GROUP_REPORTER = "_group_reporter";
  static final String GROUP_YEAR = "_group_year";
  static final String GROUP_PARTNER = "_group_partner";
  static final String GROUP_FREQ = "_group_freq";
  static final String GROUP_FLOW = "_group_flow";
  static final String BEFORE_LEVEL = "_before_level";
  static final String BEFORE_FREQUENCY = "_before_frequency";
  static final String AFTER_FREQUENCY = "_after_frequency";
  /** Comtrade's refMonth of an annual row. */
  static final int ANNUAL_PERIOD = 52;
}
