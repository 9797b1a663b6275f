package org.tradecorridor.reference;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A pair's turnover target (a row of reference.targets, or target.turnoverUsd / target.year for the
 * configured pair).
 *
 * @param home the pair's home (ISO3)
 * @param partner its partner (ISO3)
 * @param usd the turnover to reach, in USD
 * @param year the year to reach it by, or null when none is set
 */
public record Target(String home, String partner, BigDecimal usd, Integer year) implements Serializable {}
