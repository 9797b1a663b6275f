package org.tradecorridor.generate;

import java.util.Locale;

/** Commodity descriptions in the style of Comtrade's cmdDesc: commas and the odd quote included. */
final class Descriptions {
  private Descriptions() {}

  private static final String[] CHAPTERS = {
      "Not specified", "Animals; live", "Meat and edible meat offal", "Fish and crustaceans", "Dairy produce; eggs; honey",
      "Animal products n.e.c.", "Trees and other plants, live", "Vegetables and certain roots and tubers",
      "Fruit and nuts, edible", "Coffee, tea, mate and spices", "Cereals", "Products of the milling industry; malt",
      "Oil seeds and oleaginous fruits", "Lac; gums, resins", "Vegetable plaiting materials", "Animal or vegetable fats and oils",
      "Meat, fish or crustacean preparations", "Sugars and sugar confectionery", "Cocoa and cocoa preparations",
      "Preparations of cereals, flour, starch or milk", "Preparations of vegetables, fruit, nuts",
      "Miscellaneous edible preparations", "Beverages, spirits and vinegar", "Food industries, residues and wastes",
      "Tobacco and manufactured tobacco substitutes", "Salt; sulphur; earths, stone; lime and cement", "Ores, slag and ash",
      "Mineral fuels, mineral oils and products of their distillation", "Inorganic chemicals", "Organic chemicals",
      "Pharmaceutical products", "Fertilizers", "Tanning or dyeing extracts; paints", "Essential oils and resinoids; perfumery",
      "Soap, organic surface-active agents", "Albuminoidal substances; glues; enzymes", "Explosives; pyrotechnic products",
      "Photographic or cinematographic goods", "Chemical products n.e.c.", "Plastics and articles thereof",
      "Rubber and articles thereof", "Raw hides and skins and leather", "Articles of leather; saddlery",
      "Furskins and artificial fur", "Wood and articles of wood; wood charcoal", "Cork and articles of cork",
      "Manufactures of straw, esparto", "Pulp of wood", "Paper and paperboard", "Printed books, newspapers, pictures",
      "Silk", "Wool, fine or coarse animal hair", "Cotton", "Vegetable textile fibres n.e.c.", "Man-made filaments",
      "Man-made staple fibres", "Wadding, felt and nonwovens", "Carpets and other textile floor coverings",
      "Fabrics; special woven fabrics", "Textile fabrics; impregnated, coated", "Fabrics; knitted or crocheted",
      "Apparel and clothing accessories; knitted", "Apparel and clothing accessories; not knitted",
      "Textiles, made up articles; sets; worn clothing", "Footwear; gaiters and the like", "Headgear and parts thereof",
      "Umbrellas, walking-sticks, whips", "Feathers and down, prepared; artificial flowers",
      "Stone, plaster, cement, asbestos, mica", "Ceramic products", "Glass and glassware",
      "Natural, cultured pearls; precious stones and metals", "Iron and steel", "Iron or steel articles",
      "Copper and articles thereof", "Nickel and articles thereof", "Aluminium and articles thereof", "Reserved",
      "Lead and articles thereof", "Zinc and articles thereof", "Tin; articles thereof", "Metals; n.e.c., cermets",
      "Tools, implements, cutlery of base metal", "Metal; miscellaneous products of base metal",
      "Nuclear reactors, boilers, machinery and mechanical appliances", "Electrical machinery and equipment",
      "Railway, tramway locomotives, rolling-stock", "Vehicles; other than railway or tramway rolling stock",
      "Aircraft, spacecraft and parts thereof", "Ships, boats and floating structures",
      "Optical, photographic, medical or surgical instruments", "Clocks and watches", "Musical instruments",
      "Arms and ammunition", "Furniture; bedding, mattresses", "Toys, games and sports requisites",
      "Miscellaneous manufactured articles", "Works of art; collectors' pieces and antiques", "Special transactions",
      "Commodities not specified according to kind"};

  /** The description of a chapter code such as "01". */
  static String chapter(String chapter) {
    return CHAPTERS[Integer.parseInt(chapter)];
  }

  /** A subheading description under its chapter's, such as "Cereals; other, 100199". */
  static String of(String code, Draws random) {
    String chapter = chapter(code.substring(0, 2));
    return switch (random.nextInt(5)) {
      case 0 -> String.format(Locale.ROOT, "%s; other, %s", chapter, code);
      case 1 -> String.format(Locale.ROOT, "%s: \"grade %d\", in bulk", chapter, 1 + random.nextInt(3));
      case 2 -> String.format(Locale.ROOT, "%s; parts thereof", chapter);
      default -> String.format(Locale.ROOT, "%s (subheading %s)", chapter, code);
    };
  }
}
