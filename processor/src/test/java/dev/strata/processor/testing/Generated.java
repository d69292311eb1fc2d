package dev.strata.processor.testing;

import dev.strata.runtime.MigrationIndex;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.Table;

/**
 * Calls the code the processor generated for a schema compiled inside a test, by name: the generated
 * classes do not exist when the test itself is compiled.
 */
public final class Generated {

  private final CompiledClasses classes;
  private final String packageName;

  public Generated(CompiledClasses classes, String packageName) {
    this.classes = classes;
    this.packageName = packageName;
  }

  /** The text of a resource the compilation wrote, e.g. a migration script. */
  public String resource(String path) {
    return classes.resource(path);
  }

  public Class<?> type(String simpleName) {
    return classes.load(packageName + "." + simpleName);
  }

  /** The {@code INSTANCE} of {@code <Root>Migrations}. */
  public MigrationIndex migrations(String root) {
    return (MigrationIndex) staticField(root + "Migrations", "INSTANCE");
  }

  /** The constant of a generated enum (a nested one as {@code Outer$Inner}), by its name. */
  public Object constant(String enumName, String constant) {
    for (Object value : type(enumName).getEnumConstants()) {
      if (((Enum<?>) value).name().equals(constant)) {
        return value;
      }
    }
    throw new IllegalArgumentException(enumName + "." + constant);
  }

  /** A row record, built with its canonical constructor. */
  public Object row(String record, Object... values) {
    Class<?> type = type(record);
    Class<?>[] parameters = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      return type.getDeclaredConstructor(parameters).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + record + " from " + Arrays.toString(values), e);
    }
  }

  /** The value of a component of a row record. */
  public static Object component(Object row, String name) {
    try {
      return row.getClass().getMethod(name).invoke(row);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  public Table<Record> table(String record) {
    Class<?> tableClass = type(record + "Table");
    for (var field : tableClass.getFields()) {
      if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) && field.getType() == tableClass) {
        try {
          return (Table<Record>) field.get(null);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalStateException("no table constant in " + tableClass);
  }

  @SuppressWarnings("unchecked")
  public RecordMapper<Record, Object> mapper(String record) {
    return (RecordMapper<Record, Object>) staticField(record + "Table", "MAPPER");
  }

  public Object insert(String record, DSLContext dsl, Object row) {
    return invoke(record + "Table", "insert", dsl, row);
  }

  public int[] insertAll(String record, DSLContext dsl, List<?> rows) {
    return (int[]) invoke(record + "Table", "insertAll", dsl, rows);
  }

  @SuppressWarnings("unchecked")
  public Optional<Object> findByKey(String record, DSLContext dsl, Object... key) {
    Object[] args = new Object[key.length + 1];
    args[0] = dsl;
    System.arraycopy(key, 0, args, 1, key.length);
    return (Optional<Object>) invoke(record + "Table", "findByKey", args);
  }

  public int update(String record, DSLContext dsl, Object row) {
    return (int) invoke(record + "Table", "update", dsl, row);
  }

  public int deleteByKey(String record, DSLContext dsl, Object... key) {
    Object[] args = new Object[key.length + 1];
    args[0] = dsl;
    System.arraycopy(key, 0, args, 1, key.length);
    return (int) invoke(record + "Table", "deleteByKey", args);
  }

  public Object staticField(String simpleName, String field) {
    try {
      return type(simpleName).getField(field).get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  public Object invoke(String simpleName, String method, Object... args) {
    for (Method m : type(simpleName).getMethods()) {
      if (m.getName().equals(method) && m.getParameterCount() == args.length) {
        try {
          return m.invoke(null, args);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof RuntimeException runtime) {
            throw runtime;
          }
          throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalArgumentException("no method " + simpleName + "." + method + "/" + args.length);
  }
}
