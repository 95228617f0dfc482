@echo off
rem Starts CCF Workbench. The product has no native launcher (none is published on Maven Central):
rem Java 21 or newer runs the Equinox launcher jar.
rem   JAVA_HOME              the JDK or JRE to use (else javaw.exe on PATH)
rem   CCF_WORKBENCH_VMARGS   extra JVM options, e.g. -Xmx4g
rem   CCF_WORKBENCH_DATA     the workspace folder (default %USERPROFILE%\.ccf-workbench\workspace)
setlocal
set "JAVA=javaw.exe"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\javaw.exe"
rem Guice (inside the .ccf language) uses sun.misc.Unsafe, which Java 23+ warns about on every run.
set "UNSAFE_OPT="
if defined JAVA_HOME if exist "%JAVA_HOME%\release" findstr /r /c:"JAVA_VERSION=.2[3-9]" /c:"JAVA_VERSION=.[3-9][0-9]" "%JAVA_HOME%\release" >nul && set "UNSAFE_OPT=--sun-misc-unsafe-memory-access=allow"
set "LAUNCHER="
for %%f in ("%~dp0plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
if not defined LAUNCHER goto missing
if not defined CCF_WORKBENCH_DATA set "CCF_WORKBENCH_DATA=%USERPROFILE%\.ccf-workbench\workspace"
start "CCF Workbench" "%JAVA%" -Xms128m -Xmx2g -XX:+UseSerialGC -Dosgi.requiredJavaVersion=21 %UNSAFE_OPT% %CCF_WORKBENCH_VMARGS% -jar "%LAUNCHER%" -data "%CCF_WORKBENCH_DATA%" %*
exit /b 0
:missing
echo ccf-workbench: the Equinox launcher is missing from %~dp0plugins. Reinstall CCF Workbench. 1>&2
exit /b 2
