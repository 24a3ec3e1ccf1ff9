<?php
/**
 * Router for PHP's built-in web server running Debian's WordPress package.
 *
 * php -S 127.0.0.1:8810 -t /usr/share/wordpress integrations/wordpress/site/router.php
 *
 * Does what Debian's Apache example does: /wp-content/ is served from WP_CONTENT_DIR
 * (/var/lib/wordpress/wp-content, where plugins and themes live), files under the document
 * root are served as they are, and every other path goes to index.php (pretty permalinks,
 * /wp-json/).
 */

const SMMLINT_SITE_CONTENT_DIR = '/var/lib/wordpress/wp-content';

const SMMLINT_SITE_TYPES = array(
	'css'   => 'text/css; charset=utf-8',
	'js'    => 'text/javascript; charset=utf-8',
	'json'  => 'application/json',
	'map'   => 'application/json',
	'svg'   => 'image/svg+xml',
	'png'   => 'image/png',
	'jpg'   => 'image/jpeg',
	'jpeg'  => 'image/jpeg',
	'gif'   => 'image/gif',
	'webp'  => 'image/webp',
	'ico'   => 'image/x-icon',
	'woff'  => 'font/woff',
	'woff2' => 'font/woff2',
	'ttf'   => 'font/ttf',
	'txt'   => 'text/plain; charset=utf-8',
);

$smmlint_site_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );

if ( 0 === strpos( $smmlint_site_path, '/wp-content/' ) ) {
	$smmlint_site_file = realpath( SMMLINT_SITE_CONTENT_DIR . substr( $smmlint_site_path, strlen( '/wp-content' ) ) );
	$smmlint_site_type = strtolower( pathinfo( (string) $smmlint_site_file, PATHINFO_EXTENSION ) );
	// Plugins and themes are symlinks into /usr/share and into source checkouts, so realpath
	// may leave the content directory; '..' in the request cannot, and PHP is never served.
	if ( false === $smmlint_site_file || ! is_file( $smmlint_site_file ) || false !== strpos( $smmlint_site_path, '..' )
		|| ! isset( SMMLINT_SITE_TYPES[ $smmlint_site_type ] ) ) {
		http_response_code( 404 );
		return true;
	}
	header( 'Content-Type: ' . SMMLINT_SITE_TYPES[ $smmlint_site_type ] );
	header( 'Content-Length: ' . filesize( $smmlint_site_file ) );
	readfile( $smmlint_site_file );
	return true;
}

if ( file_exists( $_SERVER['DOCUMENT_ROOT'] . $smmlint_site_path ) ) {
	return false; // A real file or directory: the built-in server serves or runs it.
}

$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
require $_SERVER['SCRIPT_FILENAME'];
