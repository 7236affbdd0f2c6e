; Inno Setup 6 script: a per-user installer of the one-folder build (no administrator rights needed).
; Built by build-windows.yml after `python packaging\build.py`; by hand, from the repository root:
;   iscc /DAppVersion=0.1.0 packaging\windows\briefvergelijker.iss
; It installs into %LOCALAPPDATA%\Programs\Briefvergelijker ({userpf}), adds a Start-menu entry (a desktop icon
; if ticked) and registers no file type (see "File associations" below and in the README (section Packaging)).
; Untested here: the project's machines run Linux. Keep it in step with build.py and the spec.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z briefvergelijker.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\briefvergelijker"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\packaging\icons\app.ico"
#endif
#define AppName "Briefvergelijker"
#define AppExe "briefvergelijker.exe"

[Setup]
; The AppId identifies the product across versions (upgrades, uninstall): never change it.
AppId={{6F0C2E57-5B7E-4C1B-9D1A-2B3F8A4E7C10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Briefvergelijker team
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DisableDirPage=auto
DisableProgramGroupPage=yes
UsedUserAreasWarning=no
OutputDir={#OutputDir}
OutputBaseFilename=briefvergelijker-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

; File associations: none. The viewer compares two letters, so a double-clicked file is no comparison, and the
; common types (.txt, .pdf, .docx, .xml, .html) belong to the readers clerks already use. Once the viewer opens a
; file of its own (say a saved comparison, .bvgl), offer it as an unticked task: add ChangesAssociations=yes to
; [Setup], then
;   [Tasks]    Name: "associate"; Description: "Open .bvgl files with {#AppName}"; Flags: unchecked
;   [Registry] Root: HKCU; Subkey: "Software\Classes\.bvgl\OpenWithProgids"; ValueType: string;
;                ValueName: "Briefvergelijker.Comparison"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
;              Root: HKCU; Subkey: "Software\Classes\Briefvergelijker.Comparison\shell\open\command";
;                ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1""";
;                Flags: uninsdeletekey; Tasks: associate
; (HKCU, so it needs no administrator and the uninstaller removes it.)

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
