package org.tradecorridor.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.tradecorridor.config.InvalidConfigException;

class ReferenceFilesTest {

  @Test
  void theShippedReferenceCoversChaptersAsTheContractSays() {
    ReferenceData reference = ReferenceFiles.load(new Configuration(), "conf/reference/hs_sectors.csv",
        "conf/reference/corridor_nodes.csv", "conf/reference/countries.csv");

    Map<String, String> sectors = reference.sectorOfChapter();
    assertEquals("agro_food", sectors.get("01"));
    assertEquals("agro_food", sectors.get("24"));
    assertEquals("minerals_energy", sectors.get("25"));
    assertEquals("metals", sectors.get("76"));
    assertEquals("metals", sectors.get("78"));
    assertEquals("other", sectors.get("99"));
    assertNull(sectors.get("00"));
    assertNull(sectors.get("77"));
    assertNull(sectors.get("98"));
    assertEquals(97, sectors.size(), "01-97 without 77, and 99");
    assertEquals("EASTERN", reference.axisOfNode().get("beyneu"));
    assertNull(reference.axisOfNode().get("moscow"), "shared hubs are not listed");
  }

  @Test
  void aRelativePathMissingFromTheWorkingDirectoryIsReadFromTheJar() {
    ReferenceData bundled = ReferenceFiles.load(new Configuration(), "conf/reference/hs_sectors.csv",
        "conf/reference/corridor_nodes.csv", "conf/reference/countries.csv");
    assertEquals(bundled.sectorOfChapter().size(),
        ReferenceFiles.hsSectors(readBundled(), "bundled").size());
  }

  private static String readBundled() {
    try (var in = ReferenceFiles.class.getClassLoader().getResourceAsStream("conf/reference/hs_sectors.csv")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void badReferenceRowsStopTheJobNamingTheFileAndLine() {
    assertEquals("ref line 3: chapter 05 is already covered by line 2",
        assertThrows(InvalidConfigException.class,
            () -> ReferenceFiles.hsSectors("hs2_from,hs2_to,sector\n01,05,a\n05,06,b\n", "ref")).getMessage());
    assertEquals("ref line 2: 'x1' is not an HS chapter 00-99",
        assertThrows(InvalidConfigException.class,
            () -> ReferenceFiles.hsSectors("hs2_from,hs2_to,sector\nx1,05,a\n", "ref")).getMessage());
    assertEquals("ref line 1: header lacks sector (expected hs2_from,hs2_to,sector)",
        assertThrows(InvalidConfigException.class,
            () -> ReferenceFiles.hsSectors("hs2_from,hs2_to\n01,05\n", "ref")).getMessage());
    assertEquals("ref line 2: axis 'NORTHERN' is not one of EASTERN, TRANS_CASPIAN, WESTERN",
        assertThrows(InvalidConfigException.class,
            () -> ReferenceFiles.corridorNodes("node,country_iso3,axis\nX,RUS,Northern\n", "ref")).getMessage());
    assertEquals("ref line 3: node 'baku' is listed twice; a node has one axis (leave shared hubs out)",
        assertThrows(InvalidConfigException.class,
            () -> ReferenceFiles.corridorNodes("node,country_iso3,axis\nBaku,AZE,WESTERN\nbaku,AZE,EASTERN\n", "ref"))
            .getMessage());
    assertEquals("ref line 2: node 'Olya>Baku' contains '>', which separates the nodes of a route",
        assertThrows(InvalidConfigException.class,
            () -> ReferenceFiles.corridorNodes("node,country_iso3,axis\nOlya>Baku,RUS,WESTERN\n", "ref")).getMessage());
    assertEquals("reference.hsSectors: no file /nowhere/x.csv",
        assertThrows(InvalidConfigException.class,
            () -> ReferenceFiles.load(new Configuration(), "/nowhere/x.csv", "conf/reference/corridor_nodes.csv",
                "conf/reference/countries.csv"))
            .getMessage());
  }
}
