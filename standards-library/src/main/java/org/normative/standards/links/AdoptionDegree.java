package org.normative.standards.links;

/** How closely an adoption follows the adopted standard (ISO/IEC Guide 21-1): identical, modified, not equivalent. */
public enum AdoptionDegree {
    IDT,
    MOD,
    NEQ
}
