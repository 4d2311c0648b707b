; Included by the NSIS installer (cmake/Packaging.cmake) in its install section: registers the
; .osiedle file type, so that Explorer shows Osiedle's icon on project files and a double click
; opens them in Osiedle, then tells Explorer that file associations changed.
WriteRegStr HKCR ".osiedle" "" "Osiedle.Project"
WriteRegStr HKCR ".osiedle" "Content Type" "application/x-osiedle-project"
WriteRegStr HKCR "Osiedle.Project" "" "Osiedle project"
WriteRegStr HKCR "Osiedle.Project\DefaultIcon" "" "$INSTDIR\bin\osiedle.exe,0"
WriteRegStr HKCR "Osiedle.Project\shell\open\command" "" '"$INSTDIR\bin\osiedle.exe" "%1"'
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
