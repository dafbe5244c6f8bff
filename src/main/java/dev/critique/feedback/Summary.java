package dev.critique.feedback;

import dev.critique.api.CritiqueResponse.Finding;
import dev.critique.api.CritiqueResponse.StrengthFound;
import dev.critique.detect.Detector;
import dev.critique.detect.DetectorInfo;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The one-sentence summary of a critique. */
final class Summary {
  private Summary() {}

  static String of(List<Finding> findings, List<StrengthFound> strengths, List<Detector> detectors) {
    String good = strengths.isEmpty() ? "" : "; it " + strengths.stream()
        .map(s -> switch (s.strength()) {
          case OWNS_MISTAKE -> "owns the mistake";
          case STATES_LESSON -> "states a lesson";
          case CONCRETE_EXAMPLE -> "gives concrete specifics";
          case RESPECTFUL_LANGUAGE -> "speaks respectfully of others";
        })
        .collect(Collectors.collectingAndThen(Collectors.toList(), Summary::join));
    if (findings.isEmpty()) {
      return "No problems found" + good + ".";
    }
    Set<String> principles = new LinkedHashSet<>();
    findings.forEach(f -> principles.add(f.principle().id()));
    Finding worst = findings.stream().max(Comparator.comparing(Finding::severity)).orElseThrow();
    String title = detectors.stream().map(Detector::info).filter(i -> i.id().equals(worst.detector()))
        .map(DetectorInfo::title).findFirst().orElse(worst.detector());
    long kinds = findings.stream().map(Finding::detector).distinct().count();
    return kinds + (kinds == 1 ? " problem" : " problems") + " to fix (" + String.join(", ", principles)
        + "), the most serious: " + title + good + ".";
  }

  private static String join(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }
}
