package org.tradecorridor.tables;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The columns of a CEPII BACI file ({@code BACI_HS22_Y2023_V202501.csv}): year, exporter, importer (Comtrade's
 * numeric country codes), HS6 code as text, value in thousands of USD, quantity in tonnes ({@code NA} or
 * empty when unknown). Bronze keeps them as read, in its {@code extra} map; conform reads them from there.
 */
public final class BaciColumns {
  private BaciColumns() {}

  public static final String YEAR = "t";
  public static final String EXPORTER = "i";
  public static final String IMPORTER = "j";
  public static final String PRODUCT = "k";
  public static final String VALUE_THOUSANDS_USD = "v";
  public static final String TONNES = "q";

  /** A BACI file's header, as CEPII writes it. */
  public static final List<String> HEADER = List.of(YEAR, EXPORTER, IMPORTER, PRODUCT, VALUE_THOUSANDS_USD, TONNES);

  /** The lists CEPII ships beside the data: country_codes_V202501.csv, product_codes_HS22_V202501.csv. */
  private static final Pattern CODE_LIST = Pattern.compile("(country|product)_codes_.*\\.csv", Pattern.CASE_INSENSITIVE);

  /** True for a header of BACI's six columns in its order, names trimmed and in any case. */
  public static boolean isHeader(List<String> names) {
    return names.stream().map(n -> n.trim().toLowerCase(Locale.ROOT)).toList().equals(HEADER);
  }

  /** True for the name of one of the code lists CEPII ships beside its data files. */
  public static boolean isCodeList(String fileName) {
    return CODE_LIST.matcher(fileName).matches();
  }
}
