<?php
/**
 * A post's content rendered as readers see it, for the check only.
 *
 * @package smmlint
 */

defined( 'ABSPATH' ) || exit;

/**
 * Runs content through `the_content` (blocks, shortcodes, formatting) without side effects:
 * while it renders, nothing is fetched (no oEmbed, no HTTP request) and nothing is written
 * (no post meta such as the `_oembed_*` cache, no post such as an `oembed_cache` entry).
 * Embeds stay the plain URL the author wrote. Every hook and global is put back afterwards,
 * even when a filter throws.
 */
final class SMMLint_Renderer {

	/**
	 * Filters that stop fetching and writing, each with the callback that answers it.
	 *
	 * @return array<string, callable>
	 */
	private static function guards() {
		return array(
			'pre_oembed_result'            => array( __CLASS__, 'no_embed' ),
			'pre_http_request'             => array( __CLASS__, 'no_request' ),
			'add_post_metadata'            => array( __CLASS__, 'no_write' ),
			'update_post_metadata'         => array( __CLASS__, 'no_write' ),
			'delete_post_metadata'         => array( __CLASS__, 'no_write' ),
			'wp_insert_post_empty_content' => array( __CLASS__, 'no_insert' ),
		);
	}

	/**
	 * The rendered HTML of content, as the_content would print it for this post.
	 *
	 * @param WP_Post $post    The post being checked.
	 * @param string  $content Block markup.
	 * @return string
	 */
	public static function render( WP_Post $post, $content ) {
		$previous = $GLOBALS['post'] ?? null;
		$embeds   = self::unhook_embeds();
		foreach ( self::guards() as $hook => $callback ) {
			add_filter( $hook, $callback, PHP_INT_MAX );
		}
		try {
			$GLOBALS['post'] = $post; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- the_content filters read it.
			setup_postdata( $post );
			return (string) apply_filters( 'the_content', $content ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core hook.
		} finally {
			foreach ( self::guards() as $hook => $callback ) {
				remove_filter( $hook, $callback, PHP_INT_MAX );
			}
			foreach ( $embeds as list( $callback, $priority ) ) {
				add_filter( 'the_content', $callback, $priority );
			}
			$GLOBALS['post'] = $previous; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
			if ( $previous instanceof WP_Post ) {
				setup_postdata( $previous );
			}
		}
	}

	/**
	 * Takes WP_Embed's `[embed]` shortcode and auto-embedding off the_content.
	 *
	 * @return array<int, array{0: callable, 1: int}> What was removed, to put back.
	 */
	private static function unhook_embeds() {
		global $wp_embed;
		$removed = array();
		if ( ! $wp_embed instanceof WP_Embed ) {
			return $removed;
		}
		foreach ( array( 'run_shortcode', 'autoembed' ) as $method ) {
			$callback = array( $wp_embed, $method );
			$priority = has_filter( 'the_content', $callback );
			if ( false !== $priority ) {
				remove_filter( 'the_content', $callback, $priority );
				$removed[] = array( $callback, $priority );
			}
		}
		return $removed;
	}

	/**
	 * `pre_oembed_result`: no embed HTML, so no provider is asked.
	 *
	 * @return false
	 */
	public static function no_embed() {
		return false;
	}

	/**
	 * `pre_http_request`: any request made while rendering fails at once.
	 *
	 * @return WP_Error
	 */
	public static function no_request() {
		return new WP_Error( 'smmlint_no_fetch', __( 'Nothing is fetched while smmlint renders a post for its check.', 'smmlint' ) );
	}

	/**
	 * `add_/update_/delete_post_metadata`: the write is skipped and reported as not made.
	 *
	 * @return false
	 */
	public static function no_write() {
		return false;
	}

	/**
	 * `wp_insert_post_empty_content`: no post is created or updated while rendering.
	 *
	 * @return true
	 */
	public static function no_insert() {
		return true;
	}
}
