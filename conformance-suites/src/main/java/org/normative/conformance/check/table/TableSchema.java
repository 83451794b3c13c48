package org.normative.conformance.check.table;

import java.util.List;

/** A Frictionless Table Schema, read and compiled: its fields in order, primary key and foreign keys. */
record TableSchema(List<TableField> fields, List<String> primaryKey, List<ForeignKey> foreignKeys) {

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
