<?php
/**
 * The block editor side: the social message field and the editor scripts.
 *
 * @package smmlint
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the social message post meta and loads the editor scripts (plain JavaScript
 * on WordPress's own wp.* packages: no build step, nothing loaded from elsewhere).
 */
final class SMMLint_Editor {

	/** Scripts in load order; each adds to window.smmlintEditor. */
	const SCRIPTS = array( 'store', 'gate', 'view', 'index' );

	/**
	 * Post types the check runs for.
	 *
	 * @return string[]
	 */
	public static function post_types() {
		/**
		 * Filters the post types whose editor shows smmlint's check.
		 *
		 * @param string[] $post_types Post type names. Default: post.
		 */
		return (array) apply_filters( 'smmlint_post_types', array( 'post' ) );
	}

	/**
	 * Registers the meta and the asset hook (on init).
	 *
	 * @return void
	 */
	public static function register() {
		foreach ( self::post_types() as $post_type ) {
			register_post_meta(
				$post_type,
				SMMLint_Post_Check::SOCIAL_META,
				array(
					'type'              => 'string',
					'description'       => __( 'The message to share on social networks about this post.', 'smmlint' ),
					'single'            => true,
					'default'           => '',
					'show_in_rest'      => true,
					// Plain text, shown only through escaping: keep it exactly as written.
					'sanitize_callback' => 'wp_check_invalid_utf8',
					'auth_callback'     => static function ( $allowed, $meta_key, $post_id ) {
						return current_user_can( 'edit_post', $post_id );
					},
				)
			);
		}
		add_action( 'enqueue_block_editor_assets', array( __CLASS__, 'enqueue' ) );
	}

	/**
	 * Loads the scripts and styles in the editor of a checked post type.
	 *
	 * @return void
	 */
	public static function enqueue() {
		$screen = get_current_screen();
		if ( ! $screen || ! in_array( $screen->post_type, self::post_types(), true ) ) {
			return;
		}
		$deps = array( 'wp-api-fetch', 'wp-components', 'wp-data', 'wp-edit-post', 'wp-editor', 'wp-element', 'wp-i18n', 'wp-notices', 'wp-plugins' );
		foreach ( self::SCRIPTS as $name ) {
			$handle = 'smmlint-editor-' . $name;
			wp_enqueue_script( $handle, plugins_url( "assets/js/$name.js", SMMLINT_FILE ), $deps, SMMLINT_VERSION, true );
			wp_set_script_translations( $handle, 'smmlint', SMMLINT_DIR . 'languages' );
			$deps = array( $handle );
		}
		$settings = SMMLint_Settings::get();
		wp_add_inline_script(
			'smmlint-editor-store',
			'window.smmlintSettings = ' . wp_json_encode(
				array(
					'onFail'        => $settings['on_fail'],
					'onUnavailable' => $settings['on_unavailable'],
				)
			) . ';',
			'before'
		);
		wp_enqueue_style( 'smmlint-editor', plugins_url( 'assets/css/editor.css', SMMLINT_FILE ), array( 'wp-components' ), SMMLINT_VERSION );
	}
}
