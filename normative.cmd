@echo off
rem Starts Normative from a source checkout on Windows: "normative.cmd --help", "normative.cmd demo",
rem "normative.cmd" (the desktop app). The same as ./normative on Linux and macOS, in simpler form.
rem
rem The first call builds the app quietly (no tests) with the Maven Wrapper; later calls start at once. It builds
rem again when app\target\normative-app.jar is missing, or when a pom.xml or a file under *\src\main is newer than
rem the last build made here (checked with PowerShell), or when NORMATIVE_REBUILD=1.
rem Environment: JAVA_HOME (else java on the PATH; 17 or later), NORMATIVE_JAVA_OPTS (extra JVM options).
rem The launcher's own failures (no Java, build failed) exit with status 2.
setlocal EnableExtensions

set "NORMATIVE_ROOT=%~dp0"
if "%NORMATIVE_ROOT:~-1%"=="\" set "NORMATIVE_ROOT=%NORMATIVE_ROOT:~0,-1%"
set "TARGET=%NORMATIVE_ROOT%\app\target"
set "JAR=%TARGET%\normative-app.jar"
set "NORMATIVE_STAMP=%TARGET%\.normative-build-stamp"

rem --- Java ----------------------------------------------------------------------------------------------------

set "JAVA="
if not defined JAVA_HOME goto javaFromPath
if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if defined JAVA goto javaFound
echo normative: JAVA_HOME is set to "%JAVA_HOME%", but "%JAVA_HOME%\bin\java.exe" does not exist. Point JAVA_HOME at a JDK 17 or later, or unset it to use the java on the PATH. 1>&2
exit /b 2

:javaFromPath
for /f "delims=" %%j in ('where java.exe 2^>nul') do if not defined JAVA set "JAVA=%%j"
if defined JAVA goto javaFound
echo normative: Normative needs Java 17 or later and found none (no JAVA_HOME, no java on the PATH). Install a JDK 17+ and set JAVA_HOME. 1>&2
exit /b 2

:javaFound
rem java -fullversion prints  openjdk full version "17.0.15+6"  (major 17) or  "1.8.0_402-b06"  (major 8)
set "JAVA_MAJOR="
set "JAVA_MINOR="
for /f tokens^=2-3^ delims^=.-_+^" %%a in ('"%JAVA%" -fullversion 2^>^&1') do (
  set "JAVA_MAJOR=%%a"
  set "JAVA_MINOR=%%b"
)
if "%JAVA_MAJOR%"=="1" set "JAVA_MAJOR=%JAVA_MINOR%"
if not defined JAVA_MAJOR goto javaTooOld
if %JAVA_MAJOR% LSS 17 goto javaTooOld
goto checkBuild

:javaTooOld
echo normative: Normative needs Java 17 or later; "%JAVA%" is version %JAVA_MAJOR%. Install a JDK 17+ or set JAVA_HOME to one. 1>&2
exit /b 2

rem --- Build when needed -------------------------------------------------------------------------------------

:checkBuild
if "%NORMATIVE_REBUILD%"=="1" goto build
if not exist "%JAR%" goto build
if not exist "%TARGET%\lib" goto build
if not exist "%NORMATIVE_STAMP%" goto build
where powershell.exe >nul 2>&1 || goto run
powershell.exe -NoLogo -NoProfile -NonInteractive -Command "$r = $env:NORMATIVE_ROOT; $s = (Get-Item -LiteralPath $env:NORMATIVE_STAMP).LastWriteTimeUtc; $f = @(Get-Item -LiteralPath (Join-Path $r 'pom.xml')) + @(Get-ChildItem -LiteralPath $r -Directory | ForEach-Object { Get-Item -LiteralPath (Join-Path $_.FullName 'pom.xml') -ErrorAction SilentlyContinue; Get-ChildItem -LiteralPath (Join-Path $_.FullName 'src\main') -Recurse -File -ErrorAction SilentlyContinue }); if (@($f | Where-Object { $_ -and $_.LastWriteTimeUtc -gt $s }).Count -gt 0) { exit 1 } else { exit 0 }"
if errorlevel 1 goto build
goto run

:build
for %%d in ("%JAVA%") do set "JAVA_BIN=%%~dpd"
if exist "%JAVA_BIN%javac.exe" goto haveJdk
echo normative: building Normative needs a JDK (javac), but "%JAVA_BIN%" has only a Java runtime. Install a JDK 17+ or set JAVA_HOME to one. 1>&2
exit /b 2

:haveJdk
rem Maven uses the same Java that will run the app.
if not defined JAVA_HOME for %%h in ("%JAVA_BIN%..") do set "JAVA_HOME=%%~fh"
if exist "%JAR%" (echo Building Normative ^(sources changed^)... 1>&2) else (echo Building Normative ^(first run, about a minute^)... 1>&2)
if not exist "%TARGET%" mkdir "%TARGET%"
set "BUILD_LOG=%TEMP%\normative-build-%RANDOM%%RANDOM%.log"
rem The stamp takes the time the build starts, so that a file saved during the build triggers the next one.
type nul > "%NORMATIVE_STAMP%.next"
pushd "%NORMATIVE_ROOT%"
call "%NORMATIVE_ROOT%\mvnw.cmd" -q -B -DskipTests package -pl app -am > "%BUILD_LOG%" 2>&1
set "BUILD_STATUS=%ERRORLEVEL%"
popd
if not "%BUILD_STATUS%"=="0" goto buildFailed
if not exist "%JAR%" goto buildFailed
del "%BUILD_LOG%" >nul 2>&1
move /y "%NORMATIVE_STAMP%.next" "%NORMATIVE_STAMP%" >nul
goto run

:buildFailed
type "%BUILD_LOG%" 1>&2
del "%BUILD_LOG%" "%NORMATIVE_STAMP%.next" >nul 2>&1
echo normative: the build failed (exit status %BUILD_STATUS%); the Maven output is above. To retry: cd /d "%NORMATIVE_ROOT%" ^&^& mvnw.cmd -DskipTests package -pl app -am 1>&2
exit /b 2

rem --- Run ---------------------------------------------------------------------------------------------------

:run
rem -jar takes the class path from the jar's manifest (lib\...): exactly the current dependencies.
"%JAVA%" -Dfile.encoding=UTF-8 %NORMATIVE_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
