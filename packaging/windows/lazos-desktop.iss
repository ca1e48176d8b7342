; Inno Setup script for the one-folder PyInstaller build (dist\lazos-desktop).
; Build on Windows after `pyinstaller packaging\lazos-desktop.spec`:
;   iscc packaging\windows\lazos-desktop.iss
; The folder holds lazos-desktop.exe (the window, no console) and lazos-desktop-cli.exe (the
; command line, e.g. `lazos-desktop-cli --selftest`).
#define AppName "LAZOS Desktop"
#define AppVersion "0.1.0"
#define AppExe "lazos-desktop.exe"

[Setup]
AppId={{6C1E2B8E-3A63-4F5C-9B52-6C0D2D9E4A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=LAZOS
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
OutputDir=..\..\dist\installer
OutputBaseFilename=lazos-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\lazos-desktop.ico
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}

[Languages]
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "brazilianportuguese"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\lazos-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
