package org.sochdb.bench.sql;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JFR recording's CPU samples went: {@code JfrHotFrames <file.jfr> [marker] [top]}
 * prints the top self frames (method and line) and the top methods on the stack (inclusive),
 * counting only the {@code jdk.ExecutionSample}s whose stack holds a frame whose
 * {@code Class.method} contains {@code marker} (e.g. {@code PointSelect.microsPerOp}), so
 * that loading and warm-up do not blur one measurement's profile. Reads whole stacks, unlike
 * {@code jfr print}, which keeps 5 frames unless given {@code --stack-depth}.
 */
public final class JfrHotFrames {
  private JfrHotFrames() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String marker = args.length > 1 && args[1].equals("-") == false ? args[1] : null;
    int top = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    int samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      if (e.getEventType().getName().equals("jdk.ExecutionSample") == false || e.getStackTrace() == null) {
        continue;
      }
      List<RecordedFrame> frames = e.getStackTrace().getFrames();
      if (frames.isEmpty() || (marker != null && frames.stream().noneMatch(f -> name(f).contains(marker)))) {
        continue;
      }
      samples++;
      self.merge(name(frames.get(0)) + ":" + frames.get(0).getLineNumber(), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame f : frames) {
        if (seen.add(name(f))) {
          inclusive.merge(name(f), 1, Integer::sum);
        }
      }
    }
    System.out.println(samples + " samples" + (marker == null ? "" : " with " + marker + " on the stack"));
    print("top self frames (method:line)", self, samples, top);
    print("top methods on the stack (inclusive)", inclusive, samples, top * 2);
  }

  private static String name(RecordedFrame f) {
    RecordedMethod m = f.getMethod();
    return m.getType().getName() + "." + m.getName();
  }

  private static void print(String title, Map<String, Integer> counts, int samples, int top) {
    System.out.println();
    System.out.println("== " + title + " ==");
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
        .forEach(en -> System.out.printf(java.util.Locale.ROOT, "%6d %5.1f%%  %s%n", en.getValue(),
            100.0 * en.getValue() / Math.max(1, samples), en.getKey()));
  }
}
