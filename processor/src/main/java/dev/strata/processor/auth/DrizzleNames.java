package dev.strata.processor.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Better Auth's {@code toSnakeCase}, which its Drizzle generator applies to table and column names: words
 * are runs of lower-case letters and digits, upper-case acronyms, and capitalized words
 * ({@code credentialID} → {@code credential_id}, {@code requirePKCE} → {@code require_pkce}).
 */
final class DrizzleNames {

  private static final Pattern WORDS =
      Pattern.compile("[\\p{Ll}\\d]+|\\p{Lu}+(?!\\p{Ll})|\\p{Lu}[\\p{Ll}\\d]+|\\p{Lo}+");

  private DrizzleNames() {}

  static String snakeCase(String name) {
    List<String> words = new ArrayList<>();
    Matcher m = WORDS.matcher(name);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return words.isEmpty() ? name : String.join("_", words);
  }
}
