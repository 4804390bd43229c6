@echo off
rem plan, as installed from a release, for Windows (cmd). Runs the jars in ..\lib on the Java
rem runtime in ..\runtime when there is one, else on a Java 21 or newer from JAVA_HOME or PATH,
rem and returns plan's exit code. It never writes into its install folder: its start-up cache
rem lives in %LOCALAPPDATA%\plan. bin/plan is the same for Linux and macOS.
setlocal DisableDelayedExpansion

rem Thai messages and file names: the console shows UTF-8 while plan runs (the code page in use
rem before is put back at the end), and this file's Thai lines below are read as UTF-8 too.
set "PLAN_OLDCP="
for /f "tokens=2 delims=:" %%c in ('chcp') do set "PLAN_OLDCP=%%c"
set "PLAN_OLDCP=%PLAN_OLDCP: =%"
set "PLAN_OLDCP=%PLAN_OLDCP:.=%"
chcp 65001 >nul

set "PLAN_VERSION=@VERSION@"
set "PLAN_COMMIT=@COMMIT@"
set "PLAN_HOME=%~dp0.."
rem java.exe reads its arguments in the ANSI code page (Thai letters become "?" on a Windows set
rem to English); the line as typed is handed over in this variable too, which Java reads in
rem Unicode (plan.cli.WindowsArguments), so arguments with spaces and Thai letters arrive unchanged.
set "PLAN_ARGS=%*"

set "JAVA_EXE="
if exist "%PLAN_HOME%\runtime\bin\java.exe" set "JAVA_EXE=%PLAN_HOME%\runtime\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%j in (java.exe) do if not "%%~$PATH:j"=="" set "JAVA_EXE=%%~$PATH:j"
if not defined JAVA_EXE goto nojava

rem The Java's version, from its own settings: "java.specification.version = 21" and
rem "java.version = 21.0.5" (the start-up cache is kept per version).
set "JAVA_MAJOR="
set "JAVA_FULL="
for /f "tokens=1,* delims==" %%a in ('""%JAVA_EXE%" -XshowSettings:properties -version 2>&1"') do (
  if "%%a"=="    java.specification.version " set "JAVA_MAJOR=%%b"
  if "%%a"=="    java.version " set "JAVA_FULL=%%b"
)
if not defined JAVA_MAJOR goto nojava
set "JAVA_MAJOR=%JAVA_MAJOR: =%"
set "JAVA_FULL=%JAVA_FULL: =%"
for /f "delims=." %%m in ("%JAVA_MAJOR%") do set "JAVA_MAJOR=%%m"
if %JAVA_MAJOR% LSS 21 goto oldjava

rem The same flags as bin/plan: a bounded heap, the quick compiler alone and no performance-data
rem file except for plan serve,
rem HarfBuzz through JNI, UTF-8 streams.
set "PLAN_FLAGS=-Xlog:cds=off -XX:+UseParallelGC -Xmx320m -Dsun.font.layout.ffm=false -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8"
if /i not "%~1"=="serve" set "PLAN_FLAGS=%PLAN_FLAGS% -XX:TieredStopAtLevel=1 -XX:-UsePerfData"
if %JAVA_MAJOR% GEQ 25 set "PLAN_FLAGS=%PLAN_FLAGS% "-Xlog:aot*=off""

rem The start-up cache, made on first use by a training build of the bundled examples, under a
rem name of its own and then moved into place (two first runs at once are safe).
set "PLAN_CACHE_FLAG="
if /i "%PLAN_STARTUP_CACHE%"=="off" goto run
if not defined LOCALAPPDATA goto run
set "PLAN_STARTUP=%LOCALAPPDATA%\plan\startup"
set "PLAN_SUFFIX=jsa"
if %JAVA_MAJOR% GEQ 25 set "PLAN_SUFFIX=aot"
set "PLAN_CACHE=%PLAN_STARTUP%\plan-%PLAN_VERSION%-%PLAN_COMMIT%-java%JAVA_FULL%.%PLAN_SUFFIX%"
if exist "%PLAN_CACHE%" goto usecache
if not exist "%PLAN_STARTUP%" mkdir "%PLAN_STARTUP%" 2>nul
if not exist "%PLAN_STARTUP%" goto run
echo plan: กำลังเตรียมการใช้งานครั้งแรก (ครั้งเดียว ไม่เกินหนึ่งนาที)... 1>&2
echo plan: preparing for first use (once, under a minute)... 1>&2
set "PLAN_WORK=%PLAN_STARTUP%\training-%RANDOM%%RANDOM%"
mkdir "%PLAN_WORK%" 2>nul
set "PLAN_TRAIN=-XX:ArchiveClassesAtExit=%PLAN_WORK%\cache"
if %JAVA_MAJOR% GEQ 25 set "PLAN_TRAIN=-XX:AOTCacheOutput=%PLAN_WORK%\cache"
set "PLAN_CACHE_DIR=%PLAN_WORK%\check-cache"
"%JAVA_EXE%" %PLAN_FLAGS% "%PLAN_TRAIN%" -cp "%PLAN_HOME%\lib\*" plan.cli.Main build "%PLAN_HOME%\examples" --out "%PLAN_WORK%\site" >nul 2>&1
set "PLAN_CACHE_DIR="
if exist "%PLAN_WORK%\cache" move /y "%PLAN_WORK%\cache" "%PLAN_CACHE%" >nul 2>&1
rmdir /s /q "%PLAN_WORK%" 2>nul
if not exist "%PLAN_CACHE%" goto run
:usecache
set "PLAN_CACHE_FLAG=-XX:SharedArchiveFile=%PLAN_CACHE%"
if %JAVA_MAJOR% GEQ 25 set "PLAN_CACHE_FLAG=-XX:AOTCache=%PLAN_CACHE%"

:run
rem PLAN_JAVA_OPTS comes last, so a user's flag wins over plan's own.
if defined PLAN_CACHE_FLAG (
  "%JAVA_EXE%" %PLAN_FLAGS% "%PLAN_CACHE_FLAG%" %PLAN_JAVA_OPTS% -Dplan.args.env=PLAN_ARGS -cp "%PLAN_HOME%\lib\*" plan.cli.Main %*
) else (
  "%JAVA_EXE%" %PLAN_FLAGS% %PLAN_JAVA_OPTS% -Dplan.args.env=PLAN_ARGS -cp "%PLAN_HOME%\lib\*" plan.cli.Main %*
)
set "PLAN_EXIT=%ERRORLEVEL%"
goto done

:oldjava
echo plan: ต้องใช้ Java 21 ขึ้นไป แต่ Java ที่พบเป็นรุ่น %JAVA_MAJOR% ("%JAVA_EXE%") 1>&2
echo plan: needs Java 21 or newer; the Java found is version %JAVA_MAJOR% ("%JAVA_EXE%") 1>&2
goto install

:nojava
echo plan: ต้องใช้ Java 21 ขึ้นไป แต่ไม่พบ Java ใน JAVA_HOME หรือ PATH 1>&2
echo plan: needs Java 21 or newer; found none in JAVA_HOME or PATH 1>&2

:install
echo plan: ติดตั้ง Java 21 ขึ้นไปของผู้ผลิตใดก็ได้ เช่น Eclipse Temurin 21 (JRE, ติดตั้งแบบผู้ใช้คนเดียวได้โดยไม่ต้องเป็นผู้ดูแลระบบ) แล้วเปิดหน้าต่างคำสั่งใหม่ 1>&2
echo plan: install Java 21 or newer of any vendor, e.g. Eclipse Temurin 21 (JRE; it installs for one user without administrator rights), then open a new command window 1>&2
set "PLAN_EXIT=2"

:done
if defined PLAN_OLDCP chcp %PLAN_OLDCP% >nul
endlocal & exit /b %PLAN_EXIT%
