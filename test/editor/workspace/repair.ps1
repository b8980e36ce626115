# Reinstall the client on a broken PC
$ccmArgs = '/mp:https://mp1.contoso.com /UsePKICert /forceinstall SMSSITECODE=P01 SMSCACHSIZE=10240 CCMCERTISSUERS="CN=Contoso Root CA"'
Start-Process -FilePath "$env:WINDIR\ccmsetup\ccmsetup.exe" -ArgumentList $ccmArgs -Wait
