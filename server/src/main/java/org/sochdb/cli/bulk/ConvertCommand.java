package org.sochdb.cli.bulk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sochdb.vector.io.VectorFormat;
import org.sochdb.vector.io.VectorReader;
import org.sochdb.vector.io.VectorWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sochdb bulk convert}: a vector file in another format, streamed. */
@Command(name = "convert", description = "Convert a vector file between raw float32, .npy and .fvecs.",
    footer = {"", "Example:", "  sochdb bulk convert --input vectors.f32 --dimension 768 --output vectors.npy --to-format npy"})
final class ConvertCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, description = "Vector file: .npy, .fvecs, else raw float32.")
  Path input;

  @Option(names = "--output", required = true, description = "File to write.")
  Path output;

  @Option(names = "--to-format", required = true, converter = FormatConverter.class,
      description = "raw_f32, npy or fvecs.")
  VectorFormat toFormat;

  @Option(names = "--dimension", description = "Vector length; required for raw float32 input.")
  Integer dimension;

  @Override
  public Integer call() throws Exception {
    try (VectorReader in = VectorInput.open(input, dimension);
        VectorWriter out = toFormat.create(output, in.dimension(), in.count());
        Progress progress = new Progress("converting", in.count())) {
      float[] v;
      while ((v = in.next()) != null) {
        out.write(v);
        progress.step(1);
      }
      out.finish();
      progress.close();
      System.out.println(progress.summary(", dimension " + in.dimension() + ", " + VectorFormat.of(input).word()
          + " to " + toFormat.word() + ", output " + Files.size(output) + " bytes: " + output));
    }
    return 0;
  }

  /** Parses {@code --to-format}. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<VectorFormat> {
    @Override
    public VectorFormat convert(String value) {
      try {
        return VectorFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
