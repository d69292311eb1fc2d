package dev.strata.processor.parse;

/** Qualified names of Strata's annotations, read through mirrors. */
final class AnnotationNames {

  private static final String PKG = "dev.strata.annotations.";

  static final String SCHEMA = PKG + "Schema";
  static final String TABLE = PKG + "Table";
  static final String COLUMN = PKG + "Column";
  static final String ID = PKG + "Id";
  static final String IDENTITY = PKG + "Identity";
  static final String UNIQUE = PKG + "Unique";
  static final String UNIQUE_LIST = PKG + "Unique.List";
  static final String INDEX = PKG + "Index";
  static final String INDEX_LIST = PKG + "Index.List";
  static final String REFERENCES = PKG + "References";
  static final String REFERENCES_NO_RECORD = PKG + "References.NoRecord";
  static final String DEFAULT = PKG + "Default";
  static final String DEFAULT_NOW = PKG + "DefaultNow";
  static final String CHECK = PKG + "Check";
  static final String CHECK_LIST = PKG + "Check.List";
  static final String JSON = PKG + "Json";
  static final String RENAMED_FROM = PKG + "RenamedFrom";
  static final String DROP_TABLE = PKG + "DropTable";
  static final String DROP_TABLE_LIST = PKG + "DropTable.List";
  static final String DROP_COLUMN = PKG + "DropColumn";
  static final String DROP_COLUMN_LIST = PKG + "DropColumn.List";
  static final String BACKFILL = PKG + "Backfill";
  static final String ACKNOWLEDGE = PKG + "Acknowledge";

  /** Any annotation with this simple name makes a column nullable (JSpecify, Jakarta, JetBrains, ...). */
  static final String NULLABLE_SIMPLE_NAME = "Nullable";

  private AnnotationNames() {}
}
