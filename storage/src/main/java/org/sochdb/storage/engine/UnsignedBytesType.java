package org.sochdb.storage.engine;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * MVStore key type for {@code byte[]} in unsigned lexicographic order, the one order SochDB
 * keeps ({@link Bytes#ORDER}): {@link MvStoreEngine}'s data map and the benchmark's plain
 * MVStore target both use it, so they scan the same sequence. H2's own
 * {@code ByteArrayDataType} cannot compare (it is meant for values); serialization here is
 * the same as that class's (var-int length, then the bytes), and so is the memory estimate.
 *
 * <p>Public, with a public {@code INSTANCE}: TransactionStore records the class name of each
 * map's types in its type registry and finds the instance again by reflection on reopen.
 */
public final class UnsignedBytesType extends BasicDataType<byte[]> {
  public static final UnsignedBytesType INSTANCE = new UnsignedBytesType();

  public UnsignedBytesType() {}

  @Override
  public int compare(byte[] a, byte[] b) {
    return Arrays.compareUnsigned(a, b);
  }

  @Override
  public int getMemory(byte[] data) {
    return data.length;
  }

  @Override
  public void write(WriteBuffer buff, byte[] data) {
    buff.putVarInt(data.length);
    buff.put(data);
  }

  @Override
  public byte[] read(ByteBuffer buff) {
    byte[] data = new byte[DataUtils.readVarInt(buff)];
    buff.get(data);
    return data;
  }

  @Override
  public byte[][] createStorage(int size) {
    return new byte[size][];
  }
}
