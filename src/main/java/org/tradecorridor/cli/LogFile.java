package org.tradecorridor.cli;

import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.appender.RollingFileAppender;

/** Where the log goes, for the one line that points a user at the stack trace. */
final class LogFile {
  private LogFile() {}

  /** The file the root logger writes to, when the logging configuration has one. */
  static Optional<String> path() {
    try {
      if (LogManager.getContext(false) instanceof LoggerContext context) {
        for (Appender appender : context.getConfiguration().getRootLogger().getAppenders().values()) {
          if (appender instanceof FileAppender file) {
            return Optional.of(file.getFileName());
          }
          if (appender instanceof RollingFileAppender rolling) {
            return Optional.of(rolling.getFileName());
          }
        }
      }
    } catch (RuntimeException | LinkageError e) {
      // another logging backend: the driver's log, wherever the cluster keeps it
    }
    return Optional.empty();
  }

  /** "the log (logs/trade-corridor.log)", or "the driver's log". */
  static String describe() {
    return path().map(p -> "the log (" + p + ")").orElse("the driver's log");
  }
}
