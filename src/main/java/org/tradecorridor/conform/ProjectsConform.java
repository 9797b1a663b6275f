package org.tradecorridor.conform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.when;
import static org.tradecorridor.conform.Classified.raw;
import static org.tradecorridor.conform.Fields.code;
import static org.tradecorridor.conform.Fields.decimal;
import static org.tradecorridor.conform.Fields.isBadDecimal;
import static org.tradecorridor.conform.Fields.isEmpty;
import static org.tradecorridor.conform.Fields.isPresent;
import static org.tradecorridor.conform.Fields.text;
import static org.tradecorridor.conform.SilverColumns.INVESTMENT_USD;
import static org.tradecorridor.conform.SilverColumns.JOBS;
import static org.tradecorridor.conform.SilverColumns.NAME;
import static org.tradecorridor.conform.SilverColumns.PROJECT_ID;
import static org.tradecorridor.conform.SilverColumns.SECTOR;
import static org.tradecorridor.conform.SilverColumns.START_YEAR;
import static org.tradecorridor.conform.SilverColumns.STATUS;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.tradecorridor.Money;
import org.tradecorridor.config.TradeRules;
import org.tradecorridor.ingest.BronzeColumns;
import org.tradecorridor.ingest.Source;

/** Joint cooperation projects from bronze to silver_projects. */
public final class ProjectsConform {
  private ProjectsConform() {}

  private static final String START_TEXT = "_start_text";
  private static final String INVESTMENT_TEXT = "_investment_text";
  private static final String JOBS_TEXT = "_jobs_text";
  private static final String RULE = "_project_rule";

  /**
   * Classifies every bronze project row.
   *
   * @param bronze bronze_projects rows (strings as read)
   * @param rules plausible years for start_year
   * @param reuse keeps the parsed rows, which the result reads more than once
   * @return one row per bronze row with silver_projects' columns (investment_usd DECIMAL(20,2) USD,
   *     jobs INT), {@code _outcome}, {@code _reason}, file, line and raw record
   */
  public static Dataset<Row> classify(Dataset<Row> bronze, TradeRules rules, Reuse reuse) {
    Dataset<Row> rows = Classified.raw(bronze, Source.PROJECTS)
        .withColumn(PROJECT_ID, text(raw("project_id")))
        .withColumn(NAME, text(raw("name")))
        .withColumn(SECTOR, lower(text(raw("sector"))))
        .withColumn(STATUS, code(raw("status")))
        .withColumn(START_TEXT, text(raw("start_year")))
        .withColumn(INVESTMENT_TEXT, text(raw("investment_usd")))
        .withColumn(JOBS_TEXT, text(raw("jobs")));
    rows = rows
        .withColumn(START_YEAR, Fields.year(col(START_TEXT)))
        .withColumn(INVESTMENT_USD, decimal(col(INVESTMENT_TEXT), Money.USD))
        .withColumn(JOBS, Fields.integer(col(JOBS_TEXT), DataTypes.IntegerType));

    Column badStartYear = isPresent(col(START_TEXT)).and(col(START_YEAR).isNull()
        .or(col(START_YEAR).lt(rules.minYear())).or(col(START_YEAR).gt(rules.maxYear())));
    Column keysHoldControls = Fields.hasControlCharacter(concat_ws("", col(PROJECT_ID), col(SECTOR), col(STATUS)));
    Column reason = when(col(BronzeColumns.CORRUPT_RECORD).isNotNull().or(keysHoldControls),
            lit(Reasons.MALFORMED_ROW))
        .when(isEmpty(col(PROJECT_ID)).or(isEmpty(col(SECTOR))), lit(Reasons.MISSING_FIELD))
        .when(isEmpty(col(JOBS_TEXT)), lit(Reasons.MISSING_FIELD))
        .when(col(JOBS).isNull().or(isBadDecimal(col(INVESTMENT_TEXT), Money.USD))
            .or(col(INVESTMENT_USD).gt(lit(rules.limits().maxInvestmentUsd()))), lit(Reasons.BAD_NUMBER))
        .when(col(JOBS).lt(0).or(Fields.isNegative(col(INVESTMENT_TEXT), col(INVESTMENT_USD))),
            lit(Reasons.NEGATIVE_VALUE))
        .when(badStartYear, lit(Reasons.BAD_DATE));

    rows = Classified.keep(rows.withColumn(RULE, reason).drop(START_TEXT, INVESTMENT_TEXT, JOBS_TEXT),
        Source.PROJECTS, col(RULE).isin(Reasons.QUARANTINE.toArray()), reuse);
    return Classified.decide(rows, bronze, Source.PROJECTS, col(RULE), List.of(col(PROJECT_ID)), reuse).drop(RULE);
  }
}
