#!/usr/bin/env bash
# WordPress for the plugin's tests: Debian's wordpress package, MariaDB, a local site at
# http://127.0.0.1:<port> served by PHP's built-in server (integrations/wordpress/site/router.php),
# installed without a browser, with the smmlint plugin linked from this checkout and active.
# Idempotent and non-interactive; needs root. Leaves MariaDB as it found it: the tests start
# and stop what they need.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)

packages=(wordpress wordpress-theme-twentytwentythree php php-cli php-mysql php-curl php-xml
          php-mbstring mariadb-server chromium gettext)
# Node runs the editor script's unit tests; any recent Node will do.
command -v node >/dev/null || packages+=(nodejs)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# No systemd in CI: the init script starts MariaDB; stop it again at the end if we started it.
started_mariadb=0
if ! mysqladmin --silent ping >/dev/null 2>&1; then
  service mariadb start >/dev/null
  started_mariadb=1
fi
stop_mariadb() { if ((started_mariadb)); then service mariadb stop >/dev/null; fi; }
trap stop_mariadb EXIT

config=/etc/wordpress/config-127.0.0.1.php
if [[ ! -f $config ]]; then
  salt() { php -r 'echo bin2hex(random_bytes(32));'; }
  umask 077
  cat >"$config" <<PHP
<?php
// The local WordPress site for smmlint's plugin tests, written by scripts/setup.d/40-wordpress.sh.
define( 'DB_NAME', 'smmlint_wp' );
define( 'DB_USER', 'smmlint_wp' );
define( 'DB_PASSWORD', '$(salt)' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'AUTH_KEY', '$(salt)' );
define( 'SECURE_AUTH_KEY', '$(salt)' );
define( 'LOGGED_IN_KEY', '$(salt)' );
define( 'NONCE_KEY', '$(salt)' );
define( 'AUTH_SALT', '$(salt)' );
define( 'SECURE_AUTH_SALT', '$(salt)' );
define( 'LOGGED_IN_SALT', '$(salt)' );
define( 'NONCE_SALT', '$(salt)' );
// A development site on loopback: application passwords work over plain http.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
// The site answers on whichever loopback port PHP's built-in server was started on.
if ( isset( \$_SERVER['HTTP_HOST'] ) && preg_match( '/^127\.0\.0\.1(:[0-9]{1,5})?\$/', \$_SERVER['HTTP_HOST'] ) ) {
	define( 'WP_HOME', 'http://' . \$_SERVER['HTTP_HOST'] );
	define( 'WP_SITEURL', WP_HOME );
}
// No internet here: no update checks or feeds; loopback (the smmlint server) stays reachable.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
PHP
fi
db_password=$(sed -n "s/^define( 'DB_PASSWORD', '\([0-9a-f]*\)' );$/\1/p" "$config")
mysql --protocol=socket <<SQL
CREATE DATABASE IF NOT EXISTS smmlint_wp CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'smmlint_wp'@'localhost' IDENTIFIED BY '$db_password';
ALTER USER 'smmlint_wp'@'localhost' IDENTIFIED BY '$db_password';
GRANT ALL PRIVILEGES ON smmlint_wp.* TO 'smmlint_wp'@'localhost';
SQL

ln -sfn "$repo/integrations/wordpress/smmlint" /var/lib/wordpress/wp-content/plugins/smmlint
php integrations/wordpress/site/install.php
