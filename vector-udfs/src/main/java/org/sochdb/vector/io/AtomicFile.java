package org.sochdb.vector.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file written under a temporary name in the same directory and renamed over the target once
 * complete and forced to disk, so that readers see the old file or the whole new one, never a
 * torn one. {@link #commit()} publishes it; {@link #close()} without a commit throws it away.
 */
public final class AtomicFile implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final OutputStream out;
  private boolean done;

  /** Starts writing a new version of {@code target}. */
  public AtomicFile(Path target) throws IOException {
    this.target = target;
    Path dir = target.toAbsolutePath().getParent();
    this.temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    this.channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
  }

  /** Where to write; do not close it. */
  public OutputStream stream() {
    return out;
  }

  /** Flushes, forces and renames the file over the target. */
  public void commit() throws IOException {
    out.flush();
    channel.force(true);
    channel.close();
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    done = true;
  }

  /** Discards the temporary file unless committed. */
  @Override
  public void close() throws IOException {
    if (done == false) {
      done = true;
      channel.close();
      Files.deleteIfExists(temp);
    }
  }
}
