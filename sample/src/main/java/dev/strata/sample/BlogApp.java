package dev.strata.sample;

import static dev.strata.sample.BlogSchemaTables.AUTHORS;
import static dev.strata.sample.BlogSchemaTables.POSTS;
import static dev.strata.sample.BlogSchemaTables.POST_TAGS;
import static dev.strata.sample.BlogSchemaTables.TAGS;
import static dev.strata.sample.BlogSchemaTables.USER;

import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Migrator;
import dev.strata.sample.auth.User;
import dev.strata.sample.auth.UserTable;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * The blog, end to end: applies the schema's migrations, then writes and reads rows through the
 * generated accessors, and prints what it did.
 *
 * <pre>
 * java dev.strata.sample.BlogApp                                   # embedded H2 under target/
 * java dev.strata.sample.BlogApp jdbc:postgresql://127.0.0.1:5432/blog postgres ""
 * </pre>
 */
public final class BlogApp {

  /** Held so the levels stick: java.util.logging keeps loggers only weakly. */
  private static final List<Logger> QUIET = List.of(Logger.getLogger("org.flywaydb"), Logger.getLogger("org.jooq"));

  private BlogApp() {}

  public static void main(String[] args) {
    quietLibraries();
    String url = args.length > 0 ? args[0] : "jdbc:h2:file:" + System.getProperty("blog.database", "target/blog-db/blog");
    String user = args.length > 1 ? args[1] : url.startsWith("jdbc:h2:") ? "sa" : "";
    String password = args.length > 2 ? args[2] : System.getenv().getOrDefault("BLOG_DB_PASSWORD", "");
    run(new DriverManagerDataSource(url, user, password), JDBCUtils.dialect(url).name(), System.out);
  }

  /** The sample prints its own story; jOOQ's banner and the libraries' INFO logs would drown it. */
  static void quietLibraries() {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
  }

  /** Runs the blog against a database and returns the titles of the posts it read back. */
  public static List<String> run(DataSource dataSource, String dialect, PrintStream out) {
    MigrationReport report = Migrator.apply(dataSource);
    out.println("Schema: " + report);

    DSLContext dsl = DSL.using(dataSource, org.jooq.SQLDialect.valueOf(dialect));
    int run = dsl.fetchCount(AUTHORS) + 1;

    // Users sign up through the Better Auth server, which writes the auth tables; the generated accessors
    // read and write the very same rows from Java.
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    User user = UserTable.insert(dsl, new User("user-" + run, "Ada Lovelace", "ada" + run + "@example.com", true, null, now, now,
        "ada" + run, "Ada", false, "user", false, null, null, "en-GB", false));
    out.println("Signed up user " + user.id() + " (@" + user.username() + ", role " + user.role() + ") in the auth tables");

    Author ada = AuthorTable.insert(
        dsl, new Author(0, user.email(), "Ada Lovelace", "Wrote the first program.", null, user.id()));
    out.println("Inserted author #" + ada.id() + " " + ada.displayName() + ", joined at " + ada.joinedAt());

    Post notes =
        PostTable.insert(
            dsl,
            new Post(0, ada.id(), "Notes on the Analytical Engine", "notes", "It weaves algebraic patterns.", PostStatus.PUBLISHED, null,
                "How the engine could compute more than numbers."));
    Post draft = PostTable.insert(dsl, new Post(0, ada.id(), "Bernoulli numbers", "bernoulli", null, null, null, null));
    out.println("Inserted posts #" + notes.id() + " (" + notes.status() + ") and #" + draft.id() + " (" + draft.status() + ", the default)");

    for (String name : List.of("history", "mathematics")) {
      Tag tag = dsl.selectFrom(TAGS).where(TAGS.NAME.eq(name)).fetchOptional(TagTable.MAPPER)
          .orElseGet(() -> TagTable.insert(dsl, new Tag(0, name)));
      PostTagTable.insert(dsl, new PostTag(notes.id(), tag.id()));
    }
    CommentTable.insert(dsl, new Comment(0, notes.id(), "Charles", "Remarkable — and in Französisch translated, too.", null));

    List<Post> posts = dsl.selectFrom(POSTS).where(POSTS.AUTHOR_ID.eq(ada.id())).orderBy(POSTS.ID).fetch(PostTable.MAPPER);
    out.println("Posts by " + ada.displayName() + ":");
    for (Post post : posts) {
      List<String> tags =
          dsl.select(TAGS.NAME)
              .from(TAGS)
              .join(POST_TAGS).on(POST_TAGS.TAG_ID.eq(TAGS.ID))
              .where(POST_TAGS.POST_ID.eq(post.id()))
              .orderBy(TAGS.NAME)
              .fetch(TAGS.NAME);
      out.println("  - " + post.title() + " [" + post.status() + "] tags " + tags);
    }

    Post published = PostTable.findByKey(dsl, draft.id()).orElseThrow();
    PostTable.update(dsl, new Post(published.id(), published.authorId(), published.title(), published.slug(),
        "Note G.", PostStatus.PUBLISHED, published.createdAt(), "A program for the engine."));
    out.println("Published #" + draft.id() + ": " + PostTable.findByKey(dsl, draft.id()).orElseThrow().status());
    String signsInAs = dsl.select(USER.USERNAME).from(USER).join(AUTHORS).on(AUTHORS.USER_ID.eq(USER.ID))
        .where(AUTHORS.ID.eq(ada.id())).fetchOne(USER.USERNAME);
    out.println(ada.displayName() + " signs in as @" + signsInAs);
    out.println("Blog has " + dsl.fetchCount(POSTS) + " posts by " + dsl.fetchCount(AUTHORS) + " authors.");
    return posts.stream().map(Post::title).toList();
  }

  /** The simplest data source: a new connection per call. Use a pool in a real service. */
  static final class DriverManagerDataSource implements DataSource {
    private final String url;
    private final String user;
    private final String password;

    DriverManagerDataSource(String url, String user, String password) {
      this.url = url;
      this.user = user;
      this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public Connection getConnection(String username, String pw) throws SQLException {
      return DriverManager.getConnection(url, username, pw);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
