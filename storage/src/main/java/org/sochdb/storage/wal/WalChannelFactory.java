package org.sochdb.storage.wal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Opens the channel a log segment is written through. Tests substitute a channel that
 * fails after N bytes to simulate a full disk.
 */
@FunctionalInterface
public interface WalChannelFactory {
  FileChannel open(Path segment) throws IOException;

  WalChannelFactory DEFAULT = segment -> FileChannel.open(segment,
      java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
      java.nio.file.StandardOpenOption.READ);
}
