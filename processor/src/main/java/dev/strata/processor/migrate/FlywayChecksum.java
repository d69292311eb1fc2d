package dev.strata.processor.migrate;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The checksum Flyway stores for a SQL migration: a CRC32 over the UTF-8 bytes of each line without its
 * line terminator (and without a leading byte order mark). Computed at compile time so the runtime can
 * compare the history table with the code without reading any script.
 */
public final class FlywayChecksum {

  private FlywayChecksum() {}

  public static int of(String content) {
    CRC32 crc = new CRC32();
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    int start = 0;
    int n = text.length();
    while (start < n) {
      int end = start;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      crc.update(text.substring(start, end).getBytes(StandardCharsets.UTF_8));
      if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
        end++;
      }
      start = end + 1;
    }
    return (int) crc.getValue();
  }
}
