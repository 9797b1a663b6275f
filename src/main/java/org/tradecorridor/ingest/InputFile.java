package org.tradecorridor.ingest;

import java.io.Serializable;
import java.util.List;

/**
 * One input file: its fully qualified path, its size, and its header's columns in file order
 * (the contract's spelling for the columns the job reads).
 */
public record InputFile(String path, long length, List<String> header) implements Serializable {
  public InputFile {
    header = List.copyOf(header);
  }
}
