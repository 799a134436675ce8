; KneeDesk installer for Windows, built with Inno Setup 6.
;
; Build the one-folder app first (dist\KneeDesk\), then, from the repository root:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\kneedesk.iss
;
; The version comes from pyproject.toml (docs\release.md shows how to pass it). The
; installer is written to dist\KneeDesk-<version>-setup.exe.
;
; Where things go
; - The program: a per-user install, no administrator rights needed, into
;   %LOCALAPPDATA%\Programs\KneeDesk. A Start-menu shortcut; a desktop shortcut if ticked.
; - The clinic's data is NOT in the program folder. The database (kneedesk.sqlite3), the demo
;   clinic (demo.kneedesk), the backups and the copies KneeDesk keeps before an upgrade or a
;   restore, and the logs (Logs\) live in the user data folder %LOCALAPPDATA%\KneeDesk\
;   (kneedesk\store\paths.py, through platformdirs; the same folder whether KneeDesk runs from
;   this installer or from source). This script never writes there, and the uninstaller
;   removes only the files it installed: uninstalling, or upgrading by installing a newer
;   version over this one, keeps every patient record. The first start of a newer version
;   backs the database up beside itself and then migrates it in place.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\kneedesk.iss
#endif

#define AppName "KneeDesk"
#define AppExe "KneeDesk.exe"
#define AppPublisher "The KneeDesk team"

[Setup]
; Never change AppId: Windows uses it to recognise an upgrade of the same program.
AppId={{BFAEB060-3D06-4EFB-A7B2-165683FF9474}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=Copyright (C) {#AppPublisher}. GPL-3.0-or-later.
VersionInfoVersion={#AppVersion}
; Per-user install: no UAC prompt, and the program lives beside the user's own data.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableDirPage=auto
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Relative paths are relative to this script's folder (packaging\windows).
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\icons\kneedesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Ask a running KneeDesk to close before files are replaced (Windows Restart Manager).
CloseApplications=yes
RestartApplications=no

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundled libraries whole, so files an older version shipped and this
; one does not are not left behind. Only the program folder; never the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\{#AppName}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Runner's knee movement screen"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; There is deliberately no [UninstallDelete] section: the clinic's records in
; %LOCALAPPDATA%\KneeDesk\ stay when the program is removed. To delete them too, remove that
; folder by hand after making a backup you are allowed to keep.
