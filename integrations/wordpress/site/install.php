<?php
/**
 * Completes the WordPress install without a browser and activates the smmlint plugin.
 *
 * php install.php   (as root, after the database and /etc/wordpress/config-127.0.0.1.php exist)
 *
 * Idempotent: an installed site is left as it is; the plugin is (re)activated. The admin
 * account gets a random password (tests create their own users) unless
 * SMMLINT_WP_ADMIN_PASSWORD is set, which (re)sets it for trying the site by hand.
 */

if ( 'cli' !== PHP_SAPI ) {
	exit( 1 );
}

$_SERVER['HTTP_HOST']   = '127.0.0.1:8810';
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );

require '/usr/share/wordpress/wp-load.php';

/**
 * No "your new site" e-mail: there is no mail server, and nobody to read it.
 */
function wp_new_blog_notification() {
}

require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

if ( ! is_blog_installed() ) {
	$smmlint_result = wp_install( 'smmlint local site', 'admin', 'admin@example.invalid', false, '', wp_generate_password( 32 ) );
	if ( is_wp_error( $smmlint_result ) ) {
		fwrite( STDERR, 'wp_install failed: ' . $smmlint_result->get_error_message() . "\n" );
		exit( 1 );
	}
	echo "WordPress installed.\n";
} else {
	echo "WordPress already installed.\n";
}

$smmlint_admin_password = getenv( 'SMMLINT_WP_ADMIN_PASSWORD' );
if ( $smmlint_admin_password ) {
	wp_set_password( $smmlint_admin_password, get_user_by( 'login', 'admin' )->ID );
	echo "Password of user admin set.\n";
}

// Pretty permalinks, as most sites use them: /wp-json/ for the REST API.
global $wp_rewrite;
$wp_rewrite->set_permalink_structure( '/%postname%/' );
flush_rewrite_rules();

$smmlint_activated = activate_plugin( 'smmlint/smmlint.php' );
if ( is_wp_error( $smmlint_activated ) ) {
	fwrite( STDERR, 'Activating smmlint failed: ' . $smmlint_activated->get_error_message() . "\n" );
	exit( 1 );
}
echo "smmlint plugin active.\n";
