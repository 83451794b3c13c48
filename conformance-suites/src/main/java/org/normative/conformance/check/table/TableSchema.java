package org.normative.conformance.check.table;

import java.util.List;

/**
 * A Frictionless Table Schema, read and compiled: its fields in order, primary key and foreign keys.
 *
 * @param fieldsMatch how the header must match the fields (Table Schema v2): "equal" (the default here: the same
 *        names in any order; "exact" is read the same), "subset" (more columns allowed), "superset" (fewer allowed),
 *        "partial" (at least one)
 */
record TableSchema(List<TableField> fields, List<String> primaryKey, List<ForeignKey> foreignKeys, String fieldsMatch) {

    static final java.util.Set<String> FIELDS_MATCH = java.util.Set.of("exact", "equal", "subset", "superset", "partial");

    boolean columnsMayBeMissing() {
        return "superset".equals(fieldsMatch) || "partial".equals(fieldsMatch);
    }

    boolean columnsMayBeExtra() {
        return "subset".equals(fieldsMatch) || "partial".equals(fieldsMatch);
    }

    TableSchema {
        fields = List.copyOf(fields);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
    }

    int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
