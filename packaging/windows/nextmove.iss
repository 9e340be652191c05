; Inno Setup 6 script for Next Move: a per-user install that needs no administrator rights.
; Built by `python packaging/build.py` on Windows, which passes:
;   /DAppVersion=<version from desktop/nextmove/_version.py>
;   /DSourceDir=<the PyInstaller onedir bundle>  /DOutputDir=<dist>  /DIconFile=<nextmove.ico>
; Uninstalling removes the program only: the user's data in %APPDATA%\nextmove stays.

#ifndef AppVersion
  #error Pass /DAppVersion=<version>
#endif
#ifndef SourceDir
  #error Pass /DSourceDir=<bundle folder>
#endif
#ifndef OutputDir
  #define OutputDir "."
#endif
#ifndef IconFile
  #define IconFile "..\..\resources\icons\nextmove.ico"
#endif

[Setup]
AppId={{6E3C2B0A-9D51-4E8F-A7B2-5C1D0F4E8A21}
AppName=Next Move
AppVersion={#AppVersion}
AppVerName=Next Move {#AppVersion}
AppPublisher=Next Move developers
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Next Move
VersionInfoDescription=Next Move installer
DefaultDirName={localappdata}\Programs\Next Move
DefaultGroupName=Next Move
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir={#OutputDir}
OutputBaseFilename=NextMove-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\nextmove.exe
UninstallDisplayName=Next Move
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Next Move"; Filename: "{app}\nextmove.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\Next Move"; Filename: "{app}\nextmove.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\nextmove.exe"; Description: "{cm:LaunchProgram,Next Move}"; Flags: nowait postinstall skipifsilent

[Messages]
FinishedLabel=Next Move is installed. Your data lives in AppData\Roaming\nextmove and stays there if you uninstall.
