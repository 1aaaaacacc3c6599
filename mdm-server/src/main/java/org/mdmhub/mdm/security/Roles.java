package org.mdmhub.mdm.security;

/**
 * The realm roles of the Keycloak realm {@code mdm} (deploy/keycloak/mdm-realm.json). Resources name the
 * roles they admit with these constants, so a grep shows who may do what.
 */
public final class Roles {
    public static final String VIEWER = "mdm-viewer";
    public static final String STEWARD = "mdm-steward";
    public static final String APPROVER_ENGINEERING = "mdm-approver-engineering";
    public static final String APPROVER_PROCUREMENT = "mdm-approver-procurement";
    public static final String APPROVER_QUALITY = "mdm-approver-quality";
    public static final String APPROVER_FINANCE = "mdm-approver-finance";
    public static final String APPROVER_SALES = "mdm-approver-sales";
    public static final String ADMIN = "mdm-admin";
    public static final String PLM_PUBLISHER = "mdm-plm-publisher";
    public static final String SUBSCRIBER = "mdm-subscriber";

    private Roles() {
    }
}
