@echo off
rem ccfw, the headless command of CCF Workbench, on a plain JVM (Java 21+; JAVA_HOME or java.exe on PATH).
setlocal
set "JAVA=java.exe"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
rem Guice (inside the .ccf language) uses sun.misc.Unsafe, which Java 23+ warns about on every run.
set "UNSAFE_OPT="
if defined JAVA_HOME if exist "%JAVA_HOME%\release" findstr /r /c:"JAVA_VERSION=.2[3-9]" /c:"JAVA_VERSION=.[3-9][0-9]" "%JAVA_HOME%\release" >nul && set "UNSAFE_OPT=--sun-misc-unsafe-memory-access=allow"
rem C1 only: a run lasts seconds, too short for C2's compilations to pay back (see the Linux ccfw script).
set "CLI="
for %%f in ("%~dp0plugins\ccf.workbench.cli_*.jar") do set "CLI=%%~ff"
if not defined CLI goto missing
"%JAVA%" -Xshare:auto -XX:+UseSerialGC -XX:TieredStopAtLevel=1 %UNSAFE_OPT% %CCFW_VMARGS% -cp "%CLI%;%~dp0plugins\*" ccf.workbench.cli.Ccfw %*
exit /b %ERRORLEVEL%
:missing
echo ccfw: ccf.workbench.cli is missing from %~dp0plugins. Reinstall CCF Workbench. 1>&2
exit /b 2
