package org.tradecorridor.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The report's charts: JFreeChart's category charts in one plain theme, drawn to inline SVG by JFreeSVG
 * (text stays text; nothing is fetched). Every chart has a title and units on its value axis.
 */
final class Charts {
  static final int WIDTH = 960;
  static final int HEIGHT = 440;
  private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  /** Colour-blind-safe series colours (Okabe and Ito). */
  private static final Paint[] SERIES = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
      new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x999999),
      new Color(0x000000)};

  static {
    // Rotated labels (the value axis's) as SVG text too, not as glyph outlines: readable and searchable.
    org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
    theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    theme.setRegularFont(TEXT);
    theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(new Color(0xDDDDDD));
    theme.setRangeGridlinePaint(new Color(0xDDDDDD));
    theme.setBarPainter(new StandardBarPainter());
    theme.setShadowVisible(false);
    theme.setDrawingSupplier(new org.jfree.chart.plot.DefaultDrawingSupplier(SERIES,
        org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
        org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
        org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
        org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
        org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
    ChartFactory.setChartTheme(theme);
  }

  private Charts() {}

  /** Vertical (or horizontal) bars, one colour per series; stacked when {@code stacked}. */
  static JFreeChart bars(String title, String categories, String values, CategoryDataset data, boolean horizontal,
      boolean stacked) {
    PlotOrientation orientation = horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
    JFreeChart chart = stacked
        ? ChartFactory.createStackedBarChart(title, categories, values, data, orientation, true, false, false)
        : ChartFactory.createBarChart(title, categories, values, data, orientation, true, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    ((BarRenderer) plot.getRenderer()).setItemMargin(0.05);
    ((BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.12);
    CategoryAxis axis = plot.getDomainAxis();
    axis.setMaximumCategoryLabelLines(3);
    axis.setCategoryMargin(horizontal ? 0.25 : 0.2);
    return chart;
  }

  /** Adds lines for {@code data} on a second value axis at the right, labelled {@code values}. */
  static void linesOnRightAxis(JFreeChart chart, CategoryDataset data, String values) {
    CategoryPlot plot = chart.getCategoryPlot();
    NumberAxis axis = new NumberAxis(values);
    axis.setLabelFont(TEXT);
    plot.setRangeAxis(1, axis);
    plot.setDataset(1, data);
    plot.mapDatasetToRangeAxis(1, 1);
    plot.setRenderer(1, lines(plot.getDataset(0).getRowCount()));
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
  }

  /** Adds lines for {@code data} on the chart's own value axis (a target, say). */
  static void linesOnSameAxis(JFreeChart chart, CategoryDataset data) {
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setDataset(1, data);
    LineAndShapeRenderer renderer = lines(plot.getDataset(0).getRowCount());
    renderer.setDefaultShapesVisible(false);
    renderer.setSeriesStroke(0, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {8f, 5f}, 0f));
    plot.setRenderer(1, renderer);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
  }

  private static LineAndShapeRenderer lines(int firstColour) {
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    for (int i = 0; i < 4; i++) {
      renderer.setSeriesPaint(i, SERIES[(firstColour + i) % SERIES.length]);
      renderer.setSeriesStroke(i, new BasicStroke(2.5f));
    }
    return renderer;
  }

  /**
   * A note written at a category, just above {@code value} on the value axis; at the last category it ends
   * there instead of being centred, so that it stays inside the plot.
   */
  static void note(JFreeChart chart, String text, Comparable<?> category, java.math.BigDecimal value) {
    // A drawing position, not a figure: JFreeChart places annotations at a double on the value axis.
    CategoryTextAnnotation note = new CategoryTextAnnotation(text, category, value.doubleValue());
    note.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
    java.util.List<?> categories = chart.getCategoryPlot().getCategories();
    boolean last = categories != null && !categories.isEmpty() && categories.get(categories.size() - 1).equals(category);
    note.setTextAnchor(last ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_CENTER);
    chart.getCategoryPlot().addAnnotation(note);
  }

  /** A line of smaller text under the title. */
  static void subtitle(JFreeChart chart, String text) {
    TextTitle subtitle = new TextTitle(text, new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    chart.addSubtitle(0, subtitle);
  }

  /**
   * The chart as an SVG element that scales to its container: an id, an accessible name, and its
   * definitions' keys prefixed with the id so that several charts share one page.
   */
  static String svg(JFreeChart chart, String id, String label, int height) {
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, height);
    g2.setDefsKeyPrefix(id + "-");
    chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, height));
    String svg = g2.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, height), null, null);
    return svg.replaceFirst("<svg ", "<svg role=\"img\" aria-label=\"" + Html.escape(label) + "\" ");
  }
}
