; Included by the NSIS uninstaller: removes the .osiedle file type, unless another program has
; taken it over since.
ReadRegStr $0 HKCR ".osiedle" ""
StrCmp $0 "Osiedle.Project" 0 +2
DeleteRegKey HKCR ".osiedle"
DeleteRegKey HKCR "Osiedle.Project"
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
