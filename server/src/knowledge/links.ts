// Links into Microsoft's documentation, used by hover, completion and the rule docs.
// Configuration Manager docs moved from learn.microsoft.com/mem/configmgr to learn.microsoft.com/intune/configmgr in 2025;
// every link here uses the new tree.

/** Root of the Configuration Manager documentation on learn.microsoft.com. */
export const CONFIGMGR_DOCS = 'https://learn.microsoft.com/intune/configmgr';

/** "About client installation parameters and properties": the reference for every ccmsetup parameter and Client.msi property. */
export const PROPERTIES_PAGE = `${CONFIGMGR_DOCS}/core/clients/deploy/about-client-installation-properties`;

/**
 * A section of the properties page. Pass the anchor the way learn.microsoft.com builds it from the heading:
 * lower case, punctuation dropped (`/mp` -> `mp`, `/UsePKICert` -> `usepkicert`, `SMSSITECODE` -> `smssitecode`),
 * or an explicit `<a name>` anchor of the page (`clientMsiProps`, `bkmk_help`), which keeps its case.
 */
export function propertyDocLink(anchor: string): string {
  return `${PROPERTIES_PAGE}#${anchor}`;
}

/** Heading section listing all ccmsetup.exe parameters. */
export const CCMSETUP_PARAMETERS_SECTION = propertyDocLink('ccmsetupexe-command-line-parameters');
/** Explicit anchor of the ccmsetup.msi properties section (CCMSETUPCMD). */
export const CCMSETUP_MSI_SECTION = propertyDocLink('ccmsetupMsiProps');
/** Explicit anchor of the Client.msi properties section. */
export const CLIENT_MSI_SECTION = propertyDocLink('clientMsiProps');
/** ccmsetup.exe return codes. */
export const RETURN_CODES_SECTION = propertyDocLink('ccmsetupReturnCodes');
/** Table of OIDs and attribute names that certificate selection criteria accept. */
export const CERT_ATTRIBUTES_SECTION = propertyDocLink('BKMK_attributevalues');
/** The ccmsetup parameters that client push accepts. */
export const CLIENT_PUSH_SECTION = propertyDocLink('client-push-installation');

/** Token-based authentication for the cloud management gateway (bulk registration tokens, /regtoken). */
export const CMG_TOKEN_PAGE = `${CONFIGMGR_DOCS}/core/clients/deploy/deploy-clients-cmg-token`;
/** Installing clients for Microsoft Entra authentication through a CMG. */
export const CMG_ENTRA_PAGE = `${CONFIGMGR_DOCS}/core/clients/deploy/deploy-clients-cmg-azure`;

/** Plan for PKI certificates: revocation, trusted roots, client certificate selection, CMHttpsReadiness.exe. */
export const PLAN_FOR_CERTIFICATES_PAGE = `${CONFIGMGR_DOCS}/core/plan-design/security/plan-for-certificates`;
export const CRL_SECTION = `${PLAN_FOR_CERTIFICATES_PAGE}#pki-certificate-revocation`;
export const CERT_SELECTION_SECTION = `${PLAN_FOR_CERTIFICATES_PAGE}#pki-client-certificate-selection`;
export const HTTPS_READINESS_SECTION = `${PLAN_FOR_CERTIFICATES_PAGE}#transition-strategy-for-pki-certificates`;

/** Deploy clients to Windows computers (manual installs, internet installs, GPO provisioning). */
export const DEPLOY_CLIENTS_PAGE = `${CONFIGMGR_DOCS}/core/clients/deploy/deploy-clients-to-windows-computers`;
export const MANUAL_INSTALL_SECTION = `${DEPLOY_CLIENTS_PAGE}#BKMK_Manual`;
export const INTERNET_INSTALL_SECTION = `${DEPLOY_CLIENTS_PAGE}#install-clients-on-the-internet-by-specifying-ccmsetup-command-line-properties`;

/** Configure security: trusted root key pre-provisioning, removal and verification. */
export const CONFIGURE_SECURITY_PAGE = `${CONFIGMGR_DOCS}/core/plan-design/security/configure-security`;
export const TRUSTED_ROOT_KEY_SECTION = `${CONFIGURE_SECURITY_PAGE}#manage-the-trusted-root-key`;
export const TRUSTED_ROOT_KEY_FILE_SECTION = `${CONFIGURE_SECURITY_PAGE}#pre-provision-a-client-with-the-trusted-root-key-by-using-a-file`;
export const REMOVE_TRUSTED_ROOT_KEY_SECTION = `${CONFIGURE_SECURITY_PAGE}#remove-or-replace-the-trusted-root-key`;

/** Security and privacy for clients (best practices: site assignment, logs, push). */
export const CLIENT_SECURITY_PAGE = `${CONFIGMGR_DOCS}/core/clients/deploy/plan/security-and-privacy-for-clients`;
/** Client installation methods, including the client push section. */
export const INSTALL_METHODS_PAGE = `${CONFIGMGR_DOCS}/core/clients/deploy/plan/client-installation-methods`;
export const CLIENT_PUSH_METHOD_SECTION = `${INSTALL_METHODS_PAGE}#client-push-installation`;
/** Client installation properties that the site publishes to Active Directory. */
export const AD_PUBLISHED_PROPERTIES_PAGE = `${CONFIGMGR_DOCS}/core/clients/deploy/about-client-installation-properties-published-to-active-directory-domain-services`;
/** Windows client prerequisites (the file names /skipprereq takes). */
export const PREREQUISITES_PAGE = `${CONFIGMGR_DOCS}/core/clients/deploy/prerequisites-for-deploying-clients-to-windows-computers`;
/** Exclude clients from automatic upgrade (/IgnoreSkipUpgrade). */
export const EXCLUDE_FROM_UPGRADE_PAGE = `${CONFIGMGR_DOCS}/core/clients/manage/upgrade/exclude-clients-windows`;
/** Extended interoperability client (/AlwaysExcludeUpgrade). */
export const INTEROPERABILITY_CLIENT_PAGE = `${CONFIGMGR_DOCS}/core/understand/interoperability-client`;
/** Co-management: install the client from Intune with ccmsetup.msi and CCMSETUPCMD. */
export const COMANAGE_PREPARE_PAGE = `${CONFIGMGR_DOCS}/comanage/how-to-prepare-Win10`;

/** Windows Installer property reference pages (properties ccmsetup hands through to msiexec). */
export const MSI_PROPERTY_DOCS = 'https://learn.microsoft.com/windows/win32/msi';
export function msiPropertyDocLink(property: string): string {
  return `${MSI_PROPERTY_DOCS}/${property.toLowerCase()}`;
}

/** Every page above in one object, for code that wants to look links up by name. */
export const MS_DOCS = {
  configMgr: CONFIGMGR_DOCS,
  propertiesPage: PROPERTIES_PAGE,
  ccmsetupParameters: CCMSETUP_PARAMETERS_SECTION,
  ccmsetupMsiProperties: CCMSETUP_MSI_SECTION,
  clientMsiProperties: CLIENT_MSI_SECTION,
  returnCodes: RETURN_CODES_SECTION,
  certificateAttributes: CERT_ATTRIBUTES_SECTION,
  clientPush: CLIENT_PUSH_SECTION,
  cmgToken: CMG_TOKEN_PAGE,
  cmgEntra: CMG_ENTRA_PAGE,
  planForCertificates: PLAN_FOR_CERTIFICATES_PAGE,
  crl: CRL_SECTION,
  certificateSelection: CERT_SELECTION_SECTION,
  httpsReadiness: HTTPS_READINESS_SECTION,
  deployClients: DEPLOY_CLIENTS_PAGE,
  manualInstall: MANUAL_INSTALL_SECTION,
  internetInstall: INTERNET_INSTALL_SECTION,
  configureSecurity: CONFIGURE_SECURITY_PAGE,
  trustedRootKey: TRUSTED_ROOT_KEY_SECTION,
  trustedRootKeyFile: TRUSTED_ROOT_KEY_FILE_SECTION,
  removeTrustedRootKey: REMOVE_TRUSTED_ROOT_KEY_SECTION,
  clientSecurity: CLIENT_SECURITY_PAGE,
  installMethods: INSTALL_METHODS_PAGE,
  clientPushMethod: CLIENT_PUSH_METHOD_SECTION,
  adPublishedProperties: AD_PUBLISHED_PROPERTIES_PAGE,
  prerequisites: PREREQUISITES_PAGE,
  excludeFromUpgrade: EXCLUDE_FROM_UPGRADE_PAGE,
  interoperabilityClient: INTEROPERABILITY_CLIENT_PAGE,
  comanagePrepare: COMANAGE_PREPARE_PAGE,
  msiProperties: MSI_PROPERTY_DOCS,
} as const;
