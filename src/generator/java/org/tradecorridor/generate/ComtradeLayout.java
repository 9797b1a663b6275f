package org.tradecorridor.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The ways UN Comtrade+ data reaches users, imitated byte for byte: the website's download, an API pull
 * saved as CSV by a client library, the same without descriptions, and the API's JSON response.
 * Rows hold typed values (String, Integer, BigDecimal for amounts, Boolean, null); each layout writes
 * them as its tool does.
 */
enum ComtradeLayout {
  /** comtradeplus.un.org "Download": Windows-1252, every field quoted, a comma ending every data line, CRLF. */
  WEBSITE(".csv"),
  /** An API pull saved by a client (comtradeapicall into pandas, then to_csv): UTF-8, quoted where needed,
   *  True/False, amounts as floats print (1234.5, 12.0). */
  API_CSV(".csv"),
  /** {@link #API_CSV} pulled without descriptions (includeDesc=false, several clients' default): the ISO
   *  and description columns empty, only the numeric codes say who reports and who is the partner. */
  API_CSV_CODES_ONLY(".csv"),
  /** The API's answer as it comes: {"elapsedTime", "count", "data": [records], "error"}, values typed. */
  API_JSON(".json"),
  /** A bulk file as the official client saves it: gzip (whatever --compress says), TAB-separated, CRLF, UTF-8,
   *  codes only, flags 0/1, no .txt before .gz. */
  BULK("");

  /** Columns an API pull without descriptions leaves empty. */
  static final Set<String> DESCRIPTIONS = Set.of("reporterISO", "reporterDesc", "flowDesc", "partnerISO",
      "partnerDesc", "partner2ISO", "partner2Desc", "cmdDesc", "customsDesc", "motDesc", "qtyUnitAbbr",
      "altQtyUnitAbbr");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final String extension;

  ComtradeLayout(String extension) {
    this.extension = extension;
  }

  /** .csv or .json, then .gz when compressed; a bulk file is always .gz. */
  String fileName(String base, boolean gzip) {
    return base + extension + (gzip || this == BULK ? ".gz" : "");
  }

  RowWriter open(Output.Target path, List<String> columns) {
    return switch (this) {
      case WEBSITE -> new CsvOut(path, columns,
          new CsvOut.Style(WINDOWS_1252, true, true, "\r\n", false), (column, value) -> text(value));
      case API_CSV -> new CsvOut(path, columns,
          new CsvOut.Style(StandardCharsets.UTF_8, false, false, "\n", false), (column, value) -> text(value));
      case API_CSV_CODES_ONLY -> new CsvOut(path, columns,
          new CsvOut.Style(StandardCharsets.UTF_8, false, false, "\n", false),
          (column, value) -> DESCRIPTIONS.contains(column) ? "" : text(value));
      case API_JSON -> new JsonOut(path, columns, ComtradeLayout::json);
      case BULK -> new CsvOut(path, columns,
          new CsvOut.Style(StandardCharsets.UTF_8, false, false, "\r\n", false, '\t'),
          (column, value) -> value instanceof Boolean b ? (b ? "1" : "0") : text(value));
    };
  }

  /** A value as the CSV tools write it. */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal amount) {
      return floatText(amount);
    }
    if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    return value.toString();
  }

  private static void json(JsonGenerator json, String column, Object value) throws java.io.IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof BigDecimal amount) {
      json.writeNumber(floatText(amount));
    } else if (value instanceof Integer n) {
      json.writeNumber(n);
    } else if (value instanceof Long n) {
      json.writeNumber(n);
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else {
      json.writeString(value.toString());
    }
  }

  /** An exact amount as a float prints it: no trailing zeros, ".0" on a whole number (12345.6, 12.0). */
  static String floatText(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() <= 0 ? stripped.toBigInteger() + ".0" : stripped.toPlainString();
  }
}
