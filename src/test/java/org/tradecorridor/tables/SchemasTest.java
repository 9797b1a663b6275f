package org.tradecorridor.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemasTest {
  @Test
  void everyTableButBronzeHasASchemaAndEveryColumnAComment() {
    List<String> described = Tables.ALL.stream().filter(t -> !t.startsWith("bronze_")).toList();
    assertEquals(described, Schemas.DESCRIBED.stream().map(TableSchema::table).toList());
    for (TableSchema schema : Schemas.DESCRIBED) {
      assertTrue(schema.description().length() > 20, schema.table());
      for (TableSchema.Col column : schema.columns()) {
        assertTrue(column.comment().length() > 10 && column.comment().endsWith("."), schema.table() + "." + column.name());
      }
    }
  }
}
