package org.xinye.ledger.domain;

/** 身份: 党建指导员, 驻企联络员. Stored by name; labels come from the bundle ({@code enum.InstructorRole.*}). */
public enum InstructorRole {
    INSTRUCTOR, LIAISON
}
