package org.tradecorridor.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YearSetTest {

  @Test
  void parsesSingleYearsRangesAndLists() {
    assertEquals(List.of(2023), List.copyOf(YearSet.parse("2023", 1988, 2100).years()));
    assertEquals(List.of(2019, 2020, 2021), List.copyOf(YearSet.parse("2019-2021", 1988, 2100).years()));
    assertEquals(List.of(2019, 2021, 2022), List.copyOf(YearSet.parse(" 2019 , 2021-2022", 1988, 2100).years()));
    assertTrue(YearSet.parse(null, 1988, 2100).isAll());
    assertEquals(Optional.of("2019, 2021, 2022"), YearSet.parse("2019,2021-2022", 1988, 2100).sqlList());
    assertEquals("2019-2021", YearSet.parse("2019-2021", 1988, 2100).toString());
  }

  @Test
  void widensToThePreviousYearsForGrowth() {
    assertEquals(List.of(2018, 2019, 2022, 2023), List.copyOf(YearSet.of(2019, 2023).withPreviousYears().years()));
    assertTrue(YearSet.all().withPreviousYears().isAll());
  }

  @Test
  void refusesBackwardRangesAndImplausibleYears() {
    assertEquals("--years 2024-2019: range 2024-2019 runs backwards; write it as 2019-2024",
        assertThrows(InvalidConfigException.class, () -> YearSet.parse("2024-2019", 1988, 2100)).getMessage());
    assertEquals("--years 1900: 1900 is outside the plausible years 1988-2100 (settings years.min and years.max)",
        assertThrows(InvalidConfigException.class, () -> YearSet.parse("1900", 1988, 2100)).getMessage());
    assertThrows(InvalidConfigException.class, () -> YearSet.parse("2019-", 1988, 2100));
    assertThrows(InvalidConfigException.class, () -> YearSet.parse(",", 1988, 2100));
  }
}
