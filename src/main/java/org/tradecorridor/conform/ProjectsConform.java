package org.tradecorridor.conform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;
import static org.tradecorridor.conform.RawRows.field;
import static org.tradecorridor.conform.Fields.code;
import static org.tradecorridor.conform.Fields.decimal;
import static org.tradecorridor.conform.Fields.isBadDecimal;
import static org.tradecorridor.conform.Fields.isEmpty;
import static org.tradecorridor.conform.Fields.isPresent;
import static org.tradecorridor.conform.Fields.text;
import static org.tradecorridor.tables.SilverColumns.INVESTMENT_USD;
import static org.tradecorridor.tables.SilverColumns.JOBS;
import static org.tradecorridor.tables.SilverColumns.NAME;
import static org.tradecorridor.tables.SilverColumns.PROJECT_ID;
import static org.tradecorridor.tables.SilverColumns.SECTOR;
import static org.tradecorridor.tables.SilverColumns.START_YEAR;
import static org.tradecorridor.tables.SilverColumns.STATUS;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.tradecorridor.tables.Money;
import org.tradecorridor.config.TradeRules;
import org.tradecorridor.reference.ReferenceData;
import org.tradecorridor.reference.Vocabularies;
import org.tradecorridor.tables.BronzeColumns;
import org.tradecorridor.tables.Source;

/**
 * Joint cooperation projects from bronze to silver_projects. A project's sector is one the references
 * name ({@link ReferenceData#projectSectors}) and its status one of {@link Vocabularies#PROJECT_STATUSES}
 * (or empty: unknown).
 */
public final class ProjectsConform implements SourceRules {
  private final TradeRules rules;
  private final ReferenceData reference;

  /**
   * @param rules plausible years for start_year, and the investment limit
   * @param reference the sectors a project may name
   */
  public ProjectsConform(TradeRules rules, ReferenceData reference) {
    this.rules = rules;
    this.reference = reference;
  }

  /** Classifies every bronze project row in one go (see {@link Classification#classify}). */
  public static Dataset<Row> classify(Dataset<Row> bronze, TradeRules rules, ReferenceData reference) {
    return Classification.classify(new ProjectsConform(rules, reference), bronze);
  }

  private static final String START_TEXT = "_start_text";
  private static final String INVESTMENT_TEXT = "_investment_text";
  private static final String JOBS_TEXT = "_jobs_text";

  @Override
  public Source source() {
    return Source.PROJECTS;
  }

  /** Every rule of this source: all of them decide a row alone. */
  @Override
  public Dataset<Row> rowRules(Dataset<Row> bronze) {
    Dataset<Row> rows = RawRows.of(bronze, Source.PROJECTS)
        .withColumn(PROJECT_ID, text(field("project_id")))
        .withColumn(NAME, text(field("name")))
        .withColumn(SECTOR, lower(text(field("sector"))))
        .withColumn(STATUS, Fields.nullIfEmpty(code(field("status"))))
        .withColumn(START_TEXT, text(field("start_year")))
        .withColumn(INVESTMENT_TEXT, text(field("investment_usd")))
        .withColumn(JOBS_TEXT, text(field("jobs")));
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
        .when(badStartYear, lit(Reasons.BAD_DATE))
        .when(not(col(SECTOR).isin(reference.projectSectors().toArray())), lit(Reasons.UNKNOWN_SECTOR))
        .when(isPresent(col(STATUS)).and(not(col(STATUS).isin(Vocabularies.PROJECT_STATUSES.toArray()))),
            lit(Reasons.UNKNOWN_STATUS));

    return RawRows.withoutRaw(rows.withColumn(RawRows.RULE, reason).drop(START_TEXT, INVESTMENT_TEXT, JOBS_TEXT),
        Source.PROJECTS, col(RawRows.RULE).isin(Reasons.QUARANTINE.toArray()));
  }

  /** No rule of this source looks at other rows, but for duplicates. */
  @Override
  public Dataset<Row> groupRules(Dataset<Row> parsed) {
    return parsed;
  }

  @Override
  public List<Column> naturalKey() {
    return List.of(col(PROJECT_ID));
  }
}
