<?php
/**
 * Plugin Name:       smmlint
 * Description:       Checks a post before it is published, as its readers will see it: sales push, no question, nobody addressed, shouting. Shows the score and hints per social network in the block editor and can hold back Publish until the post passes. Needs a running smmlint server (smmlint serve).
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The smmlint developers
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       smmlint
 * Domain Path:       /languages
 *
 * @package smmlint
 */

defined( 'ABSPATH' ) || exit;

define( 'SMMLINT_VERSION', '0.1.0' );
define( 'SMMLINT_FILE', __FILE__ );
define( 'SMMLINT_DIR', plugin_dir_path( __FILE__ ) );

require_once SMMLINT_DIR . 'includes/class-smmlint-settings.php';
require_once SMMLINT_DIR . 'includes/class-smmlint-networks.php';
require_once SMMLINT_DIR . 'includes/class-smmlint-client.php';
require_once SMMLINT_DIR . 'includes/class-smmlint-gate.php';
require_once SMMLINT_DIR . 'includes/class-smmlint-renderer.php';
require_once SMMLINT_DIR . 'includes/class-smmlint-post-check.php';
require_once SMMLINT_DIR . 'includes/class-smmlint-review.php';
require_once SMMLINT_DIR . 'includes/class-smmlint-publish-guard.php';
require_once SMMLINT_DIR . 'includes/class-smmlint-rest.php';
require_once SMMLINT_DIR . 'includes/class-smmlint-editor.php';
require_once SMMLINT_DIR . 'includes/class-smmlint-settings-page.php';
require_once SMMLINT_DIR . 'includes/class-smmlint-capabilities.php';

register_activation_hook( __FILE__, array( 'SMMLint_Capabilities', 'grant' ) );

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'smmlint', false, dirname( plugin_basename( SMMLINT_FILE ) ) . '/languages' );
	}
);
add_action( 'init', array( 'SMMLint_Editor', 'register' ) );
// Late on init: themes and plugins have added their smmlint_post_types filters by then.
add_action( 'init', array( 'SMMLint_Publish_Guard', 'register' ), 20 );
add_action( 'rest_api_init', array( 'SMMLint_Rest', 'register_routes' ) );
add_action( 'admin_init', array( 'SMMLint_Settings_Page', 'register' ) );
add_action( 'admin_menu', array( 'SMMLint_Settings_Page', 'add_page' ) );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), array( 'SMMLint_Settings_Page', 'action_links' ) );
