package org.tradecorridor.conform;

import org.tradecorridor.reference.ReferenceData;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

import java.util.Collections;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;

/**
 * Who a customs row's reporter or partner is: its ISO3 column when that names a country, else its numeric
 * Comtrade code through the country reference. Comtrade's own areas (W00 World, _X Areas nes, X1 Bunkers,
 * E19, S19, ...) are countries in this sense: rows with them are simply rows outside the pair.
 */
final class Countries {
  private Countries() {}

  private static final String ISO3_SHAPE = "^[A-Z]{3}$";

  /**
   * @param iso the ISO3 column, trimmed and upper-cased
   * @param code the numeric code column, trimmed
   * @return the ISO3 code, or null when neither column identifies a country
   */
  static Column identity(Column iso, Column code, ReferenceData reference) {
    // An ISO column names a country when it has the shape of an ISO 3166 alpha-3 code or is one of the
    // reference's codes (which include Comtrade's own, such as X1 and _X).
    Column isoIdentifies = iso.rlike(ISO3_SHAPE).or(iso.isin(reference.knownIso3().toArray()));
    return coalesce(when(isoIdentifies, iso), iso3OfCode(Fields.numericCode(code), reference));
  }

  /**
   * The ISO3 code of a numeric code, null when the reference lacks it: an index into a constant array of
   * the codes 0..max, so the lookup costs the same for any reference.
   */
  private static Column iso3OfCode(Column code, ReferenceData reference) {
    if (reference.iso3OfCode().isEmpty()) {
      return lit(null).cast(DataTypes.StringType);
    }
    int max = Collections.max(reference.iso3OfCode().keySet());
    Column[] iso3 = new Column[max + 1];
    for (int c = 0; c <= max; c++) {
      String value = reference.iso3OfCode().get(c);
      iso3[c] = value == null ? lit(null).cast(DataTypes.StringType) : lit(value);
    }
    return when(code.rlike("^[0-9]{1,4}$"),
        try_element_at(array(iso3), code.try_cast(DataTypes.IntegerType).plus(1)));
  }
}
