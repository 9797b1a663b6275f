package org.tradecorridor.conform;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.map_keys;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_csv;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.tradecorridor.tables.BaciColumns;
import org.tradecorridor.tables.BronzeColumns;

/**
 * Rows of a CEPII BACI file as customs rows: the exporter reports flow X of an annual HS6 record; its value
 * and weight come in thousands of USD and tonnes. Bronze keeps BACI's columns in its extra map.
 */
final class BaciRows {
  private BaciRows() {}

  /** BACI's numbers are read to this scale before they are multiplied by 1000, so only the product is rounded. */
  private static final DataType READ = DataTypes.createDecimalType(28, 10);
  private static final Column THOUSAND = lit(new BigDecimal("1000"));

  /** True for a row of a BACI file: its extra map holds BACI's six columns and nothing else ({@code InputFiles}). */
  static Column isRow() {
    return col(BronzeColumns.EXTRA).isNotNull()
        .and(map_keys(col(BronzeColumns.EXTRA)).equalTo(array(BaciColumns.HEADER.stream().map(org.apache.spark.sql.functions::lit)
            .toArray(Column[]::new))));
  }

  /** A BACI field, trimmed of the blanks and control characters the rules trim off every field. */
  static Column field(String column) {
    return trim(try_element_at(col(BronzeColumns.EXTRA), lit(column)), Fields.TRIMMED);
  }

  /**
   * The HS6 code, leading zero kept; a code of five digits is one whose leading zero a spreadsheet took
   * off (CEPII writes six), and gets it back.
   */
  static Column product() {
    Column code = upper(field(BaciColumns.PRODUCT));
    return when(code.rlike("^[0-9]{5}$"), lpad(code, 6, "0")).otherwise(code);
  }

  /** A trimmed field, null where CEPII writes NA for an unknown quantity. */
  static Column known(String column) {
    return when(upper(field(column)).notEqual("NA"), field(column));
  }

  /**
   * A number of thousands (USD, or tonnes for kilograms) as units of {@code type}: read to ten decimals,
   * multiplied exactly, and rounded half up once; null when it is no number or does not fit.
   */
  static Column thousands(Column text, DataType type) {
    return Fields.decimal(text, READ).multiply(THOUSAND).try_cast(type);
  }

  /** A BACI file's HS revision (HS92 ... HS22, from its name) as Comtrade's classification code (H0 ... H6). */
  static Column classification() {
    Column revision = regexp_extract(col(BronzeColumns.SOURCE_FILE), "(?i)BACI_HS([0-9]{2})_", 1);
    Column code = lit(null).cast(DataTypes.StringType);
    for (Map.Entry<String, String> edition : Map.of("92", "H0", "96", "H1", "02", "H2", "07", "H3", "12", "H4",
        "17", "H5", "22", "H6").entrySet()) {
      code = when(revision.equalTo(edition.getKey()), lit(edition.getValue())).otherwise(code);
    }
    return code;
  }

  /** A BACI row's record as CEPII wrote it, its six fields as CSV. */
  static Column record() {
    return to_csv(struct(BaciColumns.HEADER.stream()
            .map(c -> try_element_at(col(BronzeColumns.EXTRA), lit(c)).as(c)).toArray(Column[]::new)),
        Map.of("escape", "\"", "nullValue", "", "ignoreLeadingWhiteSpace", "false", "ignoreTrailingWhiteSpace", "false"));
  }
}
