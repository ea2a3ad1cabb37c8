package org.sourceledger.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a key may do. The newsroom roles build on each other (an editor can do everything a reporter can);
 * ADMIN only manages keys, so that running the service does not by itself open the newsroom's sources.
 */
public enum Role {
    READER,
    REPORTER,
    FACTCHECKER,
    EDITOR,
    ADMIN;

    /** The names used in {@code @RolesAllowed}; a key holds its own role and every role below it. */
    public static final String READ = "reader";

    public static final String WRITE = "reporter";
    public static final String VERDICTS = "factchecker";
    public static final String EDIT = "editor";
    public static final String KEYS = "admin";

    public String securityName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The security roles a key with this role holds. */
    public Set<String> grantedSecurityRoles() {
        Set<Role> granted = this == ADMIN ? EnumSet.of(ADMIN) : EnumSet.range(READER, this);
        return granted.stream().map(Role::securityName).collect(Collectors.toUnmodifiableSet());
    }
}
