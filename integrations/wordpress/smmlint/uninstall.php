<?php
/**
 * Deleting the plugin removes everything it stored: its settings, the remembered platform
 * list, pending "not published" notices, the override capability, and its post meta (social
 * messages and override records).
 * Deactivating keeps all of it.
 *
 * @package smmlint
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/includes/class-smmlint-settings.php';
require_once __DIR__ . '/includes/class-smmlint-networks.php';
require_once __DIR__ . '/includes/class-smmlint-post-check.php';
require_once __DIR__ . '/includes/class-smmlint-capabilities.php';
require_once __DIR__ . '/includes/class-smmlint-publish-guard.php';

delete_option( SMMLint_Settings::OPTION );
delete_transient( SMMLint_Networks::TRANSIENT );
// Each user's count of checks this minute (SMMLint_Rest::LIMIT_PREFIX).
$GLOBALS['wpdb']->query( "DELETE FROM {$GLOBALS['wpdb']->options} WHERE option_name LIKE '\\_transient\\_smmlint\\_checks\\_%' OR option_name LIKE '\\_transient\\_timeout\\_smmlint\\_checks\\_%'" );
delete_metadata( 'user', 0, SMMLint_Publish_Guard::NOTICE_META, '', true );
SMMLint_Capabilities::revoke();
delete_post_meta_by_key( SMMLint_Post_Check::SOCIAL_META );
delete_post_meta_by_key( SMMLint_Post_Check::OVERRIDE_META );
