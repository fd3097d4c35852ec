package org.sochdb.storage.wal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * Replays a log directory at open: reads every segment in LSN order and stops at the first
 * record that is torn or fails its CRC, cutting the log there so new records follow the last
 * good one.
 */
public final class WalReader {
  private WalReader() {}

  /**
   * Feeds each intact record to {@code sink} in order.
   *
   * @param truncate cut a torn tail off the files (false for read-only opens)
   * @return the highest LSN read, or 0
   */
  public static long replay(Path dir, boolean truncate, Consumer<WalRecord> sink) throws IOException {
    long last = 0;
    var segments = WalSegments.list(dir);
    for (int s = 0; s < segments.size(); s++) {
      Path seg = segments.get(s);
      long goodEnd = 0;
      boolean torn = false;
      try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.READ)) {
        long size = ch.size();
        ByteBuffer header = ByteBuffer.allocate(WalRecord.HEADER);
        while (goodEnd < size) {
          header.clear();
          if (readFully(ch, header, goodEnd) < WalRecord.HEADER) {
            torn = true;
            break;
          }
          int len = header.getInt(0);
          int crc = header.getInt(4);
          if (len < 12 || goodEnd + WalRecord.HEADER + len > size) {
            torn = true;
            break;
          }
          ByteBuffer body = ByteBuffer.allocate(len);
          readFully(ch, body, goodEnd + WalRecord.HEADER);
          body.flip();
          if (WalRecord.crcMatches(body, crc) == false) {
            torn = true;
            break;
          }
          WalRecord rec;
          try {
            rec = WalRecord.decodeBody(body);
          } catch (RuntimeException e) {
            torn = true;
            break;
          }
          if (rec.lsn() <= last) {
            torn = true; // a stale record from a reused file region is not part of this log
            break;
          }
          sink.accept(rec);
          last = rec.lsn();
          goodEnd += WalRecord.HEADER + len;
        }
      }
      if (torn) {
        if (truncate) {
          try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.WRITE)) {
            ch.truncate(goodEnd);
            ch.force(true);
          }
          for (int later = s + 1; later < segments.size(); later++) {
            Files.deleteIfExists(segments.get(later));
          }
        }
        break;
      }
    }
    return last;
  }

  private static int readFully(FileChannel ch, ByteBuffer buf, long pos) throws IOException {
    int total = 0;
    while (buf.hasRemaining()) {
      int n = ch.read(buf, pos + total);
      if (n < 0) {
        break;
      }
      total += n;
    }
    return total;
  }
}
