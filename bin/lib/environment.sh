# Shared by bin/run, bin/test and the benchmarks: installs what is missing (Debian packages) and
# picks Java 17, so that each works from a fresh clone whatever the machine's default java is.
# Source it; each function says what it does before it does it.

# eoffice_need COMMAND-OR-FILE:PACKAGE ... — installs the packages whose command or file is missing.
eoffice_need() {
  local missing=() pair probe package
  for pair in "$@"; do
    probe="${pair%%:*}"
    package="${pair#*:}"
    if [[ "$probe" == /* ]]; then
      compgen -G "$probe" >/dev/null || missing+=("$package")
    else
      command -v "$probe" >/dev/null || missing+=("$package")
    fi
  done
  if ((${#missing[@]})); then
    if [ "$(id -u)" -ne 0 ]; then
      echo "Missing Debian packages: ${missing[*]} (install them as root: apt-get install ${missing[*]})" >&2
      exit 2
    fi
    echo "Installing: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# TomEE 10.0.0-M2 runs on Java 17 only: use Debian's OpenJDK 17 whatever the default java is.
eoffice_java17() {
  eoffice_need "/usr/lib/jvm/java-17-openjdk-*:openjdk-17-jdk-headless" "mvn:maven"
  JAVA_HOME="$(ls -d /usr/lib/jvm/java-17-openjdk-* | head -n 1)"
  export JAVA_HOME
  export PATH="$JAVA_HOME/bin:$PATH"
}

# PostgreSQL on 127.0.0.1:5432, user postgres without a password from 127.0.0.1: starts the local
# cluster if it is down; on a fresh cluster that asks for a password there, adds one pg_hba.conf
# line letting postgres in from 127.0.0.1 (meant for test and benchmark machines).
eoffice_postgres() {
  eoffice_need "psql:postgresql-client" "/etc/postgresql/*/main:postgresql"
  local cluster hba
  cluster="$(ls /etc/postgresql | head -n 1)"
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    echo "Starting PostgreSQL $cluster"
    pg_ctlcluster --skip-systemctl-redirect "$cluster" main start
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
  if ! psql -h 127.0.0.1 -U postgres -w -q -c "SELECT 1" >/dev/null 2>&1; then
    hba="/etc/postgresql/$cluster/main/pg_hba.conf"
    sed -i '1i host all postgres 127.0.0.1/32 trust' "$hba"
    pg_ctlcluster --skip-systemctl-redirect "$cluster" main reload
    sleep 1
  fi
}

# eoffice_build MAVEN-ARGS... — builds quietly, saying so; BENCH_SKIP_BUILD=true uses what the last
# build left (CI runs the benchmarks right after bin/test built everything).
eoffice_build() {
  if [ "${BENCH_SKIP_BUILD:-false}" = true ]; then
    return
  fi
  echo "Building (mvn $*; the first build downloads the dependencies and takes a few minutes)…"
  eoffice_mvn "$@"
}

# Maven, quiet, without the colour resets Maven 3.8 prints even in quiet batch mode.
eoffice_mvn() {
  { mvn -B -q "$@" 2>&1 1>&3 3>&- | sed -u 's/\x1b\[0m//g' >&2; } 3>&1 | sed -u 's/\x1b\[0m//g'
}
