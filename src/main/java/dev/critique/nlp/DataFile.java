package dev.critique.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a UTF-8 data file from the classpath: one entry a line, '#' starts a comment, blank lines skipped. */
public final class DataFile {
  private DataFile() {}

  public static List<String> lines(String resource) {
    try (InputStream in = DataFile.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing data file on the classpath: " + resource);
      }
      List<String> lines = new ArrayList<>();
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = reader.readLine()) != null; ) {
          int hash = line.indexOf('#');
          String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
          if (!content.isEmpty()) {
            lines.add(content);
          }
        }
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + resource, e);
    }
  }
}
