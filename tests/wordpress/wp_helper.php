<?php
/**
 * Test helper: runs one command inside the local WordPress (php-cli, no web server) and
 * prints its result as JSON. The command comes as JSON on stdin: {"command": "...", ...}.
 *
 * Used by tests/wordpress/ to arrange what the tests need (users, posts, settings) and to
 * call the plugin's pure PHP classes directly (the gate, settings validation).
 */

if ( 'cli' !== PHP_SAPI ) {
	exit( 1 );
}

$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$request = json_decode( stream_get_contents( STDIN ), true );

/**
 * A server answer from its JSON form: {"error": code, "message": ...} stands for a WP_Error.
 *
 * @param array $answer Answer.
 * @return array|WP_Error
 */
function smmlint_test_answer( array $answer ) {
	return isset( $answer['error'] ) ? new WP_Error( $answer['error'], $answer['message'] ) : $answer;
}

/**
 * Creates the user or resets its role and password; returns its id.
 *
 * @param array $r login, role, password.
 * @return int
 */
function smmlint_test_user( array $r ) {
	$user = get_user_by( 'login', $r['login'] );
	$data = array(
		'user_login' => $r['login'],
		'user_pass'  => $r['password'],
		'user_email' => $r['login'] . '@example.invalid',
		'role'       => $r['role'],
	);
	if ( $user ) {
		$data['ID'] = $user->ID;
		return wp_update_user( $data );
	}
	return wp_insert_user( $data );
}

/**
 * Records the URL of every HTTP request WordPress sends from now on (the array fills in).
 *
 * @return ArrayObject
 */
function smmlint_test_record_fetches() {
	$fetched = new ArrayObject();
	add_filter(
		'pre_http_request',
		static function ( $pre, $args, $url ) use ( $fetched ) {
			$fetched[] = $url;
			return $pre;
		},
		10,
		3
	);
	return $fetched;
}

/**
 * The callbacks on the hooks the renderer touches: priority => sorted callback ids, per hook.
 * Sorted: do_blocks() itself moves wpautop to the end of its priority on every render.
 *
 * @return array
 */
function smmlint_test_hooks() {
	$hooks = array();
	foreach ( array( 'the_content', 'pre_oembed_result', 'pre_http_request', 'add_post_metadata', 'update_post_metadata', 'delete_post_metadata', 'wp_insert_post_empty_content' ) as $hook ) {
		$hooks[ $hook ] = array();
		$callbacks      = isset( $GLOBALS['wp_filter'][ $hook ] ) ? $GLOBALS['wp_filter'][ $hook ]->callbacks : array();
		foreach ( $callbacks as $priority => $ids ) {
			$ids = array_keys( $ids );
			sort( $ids );
			$hooks[ $hook ][ $priority ] = $ids;
		}
	}
	return $hooks;
}

/**
 * 0 when two values are identical (for array_udiff_assoc).
 *
 * @param mixed $a One value.
 * @param mixed $b Another.
 * @return int
 */
function smmlint_test_compare( $a, $b ) {
	return $a === $b ? 0 : 1;
}

/**
 * Renders a post with SMMLint_Renderer as the check does, watching what it tries to fetch and
 * whether it leaves every hook and global as it found them (also when a filter throws).
 *
 * @param array $r id, and optionally content (else the saved one) and throw (a the_content filter throws).
 * @return array
 */
function smmlint_test_render( array $r ) {
	$post    = get_post( $r['id'] );
	$fetched = smmlint_test_record_fetches();
	if ( ! empty( $r['throw'] ) ) {
		add_filter(
			'the_content',
			static function () {
				throw new RuntimeException( 'a filter failed' );
			},
			20
		);
	}
	$hooks = smmlint_test_hooks();
	$error = null;
	$html  = null;
	try {
		$html = SMMLint_Renderer::render( $post, $r['content'] ?? $post->post_content );
	} catch ( RuntimeException $e ) {
		$error = $e->getMessage();
	}
	return array(
		'html'           => $html,
		'error'          => $error,
		'fetched'        => $fetched->getArrayCopy(),
		'hooks_changed'  => array_keys( array_udiff_assoc( smmlint_test_hooks(), $hooks, 'smmlint_test_compare' ) ),
		'global_post'    => isset( $GLOBALS['post'] ),
	);
}

switch ( $request['command'] ) {
	case 'settings':
		update_option( SMMLint_Settings::OPTION, array_merge( SMMLint_Settings::defaults(), $request['settings'] ) );
		$result = SMMLint_Settings::get();
		break;
	case 'sanitize':
		$result = SMMLint_Settings::sanitize( $request['input'], array_merge( SMMLint_Settings::defaults(), $request['previous'] ) );
		break;
	case 'user':
		$id       = smmlint_test_user( $request );
		$password = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'smmlint tests ' . wp_generate_password( 8, false ) ) );
		$result   = array(
			'id'           => $id,
			'app_password' => $password[0],
		);
		break;
	case 'post':
		if ( isset( $request['as'] ) ) {
			wp_set_current_user( $request['as'] );
		}
		$result = wp_insert_post(
			array(
				'post_author'  => $request['author'],
				'post_title'   => $request['title'] ?? '',
				'post_content' => $request['content'] ?? '',
				'post_excerpt' => $request['excerpt'] ?? '',
				'post_status'  => $request['status'] ?? 'draft',
				'post_type'    => $request['type'] ?? 'post',
				'meta_input'   => $request['meta'] ?? array(),
			),
			true
		);
		break;
	case 'post_state':
		$post   = get_post( $request['id'] );
		$result = array(
			'status'  => $post->post_status,
			'title'   => $post->post_title,
			'content' => $post->post_content,
			'meta'    => array_map( 'maybe_unserialize', array_map( 'current', get_post_meta( $post->ID ) ) ),
		);
		break;
	case 'titled':
		// Every post with this title, whatever its status: [[id, status], ...].
		$result = array_map(
			static function ( $post ) {
				return array( $post->ID, $post->post_status );
			},
			get_posts(
				array(
					'title'       => $request['title'],
					'post_status' => 'any',
					'numberposts' => -1,
				)
			)
		);
		break;
	case 'render':
		$result = smmlint_test_render( $request );
		break;
	case 'gate':
		$result = SMMLint_Gate::decide(
			array_map( 'smmlint_test_answer', $request['answers'] ),
			array_merge( SMMLint_Settings::defaults(), $request['settings'] ?? array() ),
			$request['can_override'] ?? false,
			$request['overridden'] ?? false
		);
		break;
	case 'state':
		// Names spelled out, not read from the plugin: the plugin may be uninstalled by now.
		$result = array(
			'option'      => get_option( 'smmlint_settings', null ),
			'transient'   => get_transient( 'smmlint_platforms' ),
			'active'      => is_plugin_active( 'smmlint/smmlint.php' ),
			'roles'       => array_keys(
				array_filter(
					wp_roles()->role_objects,
					static function ( $role ) {
						return $role->has_cap( 'smmlint_override' );
					}
				)
			),
			'meta_values' => (int) $GLOBALS['wpdb']->get_var(
				"SELECT COUNT(*) FROM {$GLOBALS['wpdb']->postmeta} WHERE meta_key IN ('_smmlint_social_message', '_smmlint_override')"
			),
			'user_meta'   => (int) $GLOBALS['wpdb']->get_var(
				"SELECT COUNT(*) FROM {$GLOBALS['wpdb']->usermeta} WHERE meta_key = '_smmlint_held_notice'"
			),
		);
		break;
	case 'client':
		// The plugin's client against a server URL: its answer to /healthz (or the error code),
		// and every URL WordPress actually sent a request to.
		$fetched = smmlint_test_record_fetches();
		add_filter(
			'smmlint_allowed_server_hosts',
			static function ( $hosts ) use ( $request ) {
				return array_merge( $hosts, $request['allowed_hosts'] ?? array() );
			}
		);
		$client = new SMMLint_Client( array_merge( SMMLint_Settings::defaults(), $request['settings'] ) );
		$answer = $client->health();
		$result = array(
			'answer'  => is_wp_error( $answer ) ? $answer->get_error_code() : $answer,
			'fetched' => $fetched->getArrayCopy(),
		);
		break;
	case 'token_warning':
		$result = SMMLint_Settings::token_warning( array_merge( SMMLint_Settings::defaults(), $request['settings'] ) );
		break;
	case 'uninstall':
		deactivate_plugins( 'smmlint/smmlint.php' );
		uninstall_plugin( 'smmlint/smmlint.php' );
		$result = true;
		break;
	case 'activate':
		$result = activate_plugin( 'smmlint/smmlint.php' );
		break;
	default:
		fwrite( STDERR, 'unknown command' );
		exit( 2 );
}

if ( is_wp_error( $result ) ) {
	fwrite( STDERR, $result->get_error_message() );
	exit( 1 );
}
echo wp_json_encode( $result );
