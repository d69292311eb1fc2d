package dev.strata.processor.parse;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Which fields of a compiled record carry a type-use {@code @Nullable} (JSpecify, Checker Framework).
 *
 * <p>javac before JDK 22 does not expose type annotations of classes it reads from class files
 * (JDK-8225377), so when an IDE recompiles only the schema root, a record from the class output would
 * look NOT NULL everywhere. The annotations are in the class file all the same
 * ({@code Runtime[In]VisibleTypeAnnotations} on each field): this reads them there.
 */
final class ClassFileNullability {

  private static final int FIELD_TARGET = 0x13;

  private final ProcessingEnvironment env;
  private final Object trees;
  private final Set<String> sourceTypes;

  /**
   * @param sourceTypes the top-level types compiled from source, used where javac's Trees API is not
   *     available: Gradle wraps the processing environment, and Trees refuses the wrapper
   */
  ClassFileNullability(ProcessingEnvironment env, Set<String> sourceTypes) {
    this.env = env;
    this.trees = treesOrNull(env);
    this.sourceTypes = sourceTypes;
  }

  private static Object treesOrNull(ProcessingEnvironment env) {
    try {
      return com.sun.source.util.Trees.instance(env);
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return null;
    }
  }

  /** Whether the record is compiled from source in this compilation (rather than read from a class file). */
  boolean fromSource(TypeElement record) {
    if (trees == null) {
      Element outermost = record;
      while (outermost.getEnclosingElement() instanceof TypeElement enclosing) {
        outermost = enclosing;
      }
      return sourceTypes.contains(((TypeElement) outermost).getQualifiedName().toString());
    }
    return ((com.sun.source.util.Trees) trees).getPath(record) != null;
  }

  /** The names of the record's fields whose type is annotated with an annotation named {@code Nullable}. */
  Set<String> nullableFields(TypeElement record) {
    String binaryName = env.getElementUtils().getBinaryName(record).toString();
    PackageElement pkg = env.getElementUtils().getPackageOf(record);
    String packageName = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
    String relative = (packageName.isEmpty() ? binaryName : binaryName.substring(packageName.length() + 1)) + ".class";
    for (StandardLocation location : new StandardLocation[] {StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH}) {
      try {
        FileObject file = env.getFiler().getResource(location, packageName, relative);
        try (InputStream in = file.openInputStream()) {
          return parse(new DataInputStream(in));
        }
      } catch (IOException | IllegalArgumentException | UnsupportedOperationException notThere) {
        // Try the next location.
      }
    }
    return Set.of();
  }

  static Set<String> parse(DataInputStream in) throws IOException {
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 3, 4 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++;
        }
        case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
        case 9, 10, 11, 12, 17, 18 -> in.readInt();
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    in.readUnsignedShort();
    int interfaces = in.readUnsignedShort();
    for (int i = 0; i < interfaces; i++) {
      in.readUnsignedShort();
    }
    Set<String> nullable = new HashSet<>();
    int fields = in.readUnsignedShort();
    for (int f = 0; f < fields; f++) {
      in.readUnsignedShort();
      String name = utf8[in.readUnsignedShort()];
      in.readUnsignedShort();
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[in.readUnsignedShort()];
        int length = in.readInt();
        if (attribute.equals("RuntimeInvisibleTypeAnnotations") || attribute.equals("RuntimeVisibleTypeAnnotations")) {
          if (readsNullable(in, utf8)) {
            nullable.add(name);
          }
        } else {
          in.skipNBytes(length);
        }
      }
    }
    return nullable;
  }

  /** Whether a type annotations attribute holds a {@code Nullable} on the field's own type. */
  private static boolean readsNullable(DataInputStream in, String[] utf8) throws IOException {
    boolean found = false;
    int annotations = in.readUnsignedShort();
    for (int i = 0; i < annotations; i++) {
      int target = in.readUnsignedByte();
      if (target != FIELD_TARGET) {
        throw new IOException("unexpected type annotation target " + target + " on a field");
      }
      int pathLength = in.readUnsignedByte();
      in.skipNBytes(2L * pathLength);
      String descriptor = utf8[in.readUnsignedShort()];
      skipElementValuePairs(in);
      boolean onOuterType = pathLength == 0;
      if (onOuterType && (descriptor.endsWith("/Nullable;") || descriptor.equals("LNullable;"))) {
        found = true;
      }
    }
    return found;
  }

  private static void skipElementValuePairs(DataInputStream in) throws IOException {
    int pairs = in.readUnsignedShort();
    for (int i = 0; i < pairs; i++) {
      in.readUnsignedShort();
      skipElementValue(in);
    }
  }

  private static void skipElementValue(DataInputStream in) throws IOException {
    int tag = in.readUnsignedByte();
    switch (tag) {
      case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's', 'c' -> in.readUnsignedShort();
      case 'e' -> {
        in.readUnsignedShort();
        in.readUnsignedShort();
      }
      case '@' -> {
        in.readUnsignedShort();
        skipElementValuePairs(in);
      }
      case '[' -> {
        int values = in.readUnsignedShort();
        for (int i = 0; i < values; i++) {
          skipElementValue(in);
        }
      }
      default -> throw new IOException("unknown element value tag " + (char) tag);
    }
  }
}
