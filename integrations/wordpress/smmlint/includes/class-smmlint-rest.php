<?php
/**
 * The plugin's REST routes: the editor asks WordPress, WordPress asks the smmlint server.
 *
 * @package smmlint
 */

defined( 'ABSPATH' ) || exit;

/**
 * `POST /smmlint/v1/check` runs the gate on the editor's current text; `POST /smmlint/v1/override`
 * records an explicit "publish anyway" for that text. Both need the right to edit the post, and
 * the post must be of a type smmlint checks; the editor's requests carry the REST nonce
 * (wp.apiFetch adds it), so a cookie alone is not enough.
 */
final class SMMLint_Rest {

	const NAMESPACE_V1 = 'smmlint/v1';

	/** Transient key prefix of each user's count of checks this minute. */
	const LIMIT_PREFIX = 'smmlint_checks_';

	/** Longest text field accepted from the editor (the server limits the text it checks too). */
	const MAX_FIELD_LENGTH = 1000000;

	/**
	 * Registers the routes (on rest_api_init).
	 *
	 * @return void
	 */
	public static function register_routes() {
		$post_id = array(
			'description' => __( 'The post being edited.', 'smmlint' ),
			'type'        => 'integer',
			'minimum'     => 1,
			'required'    => true,
		);
		$field   = array(
			'type'      => 'string',
			'maxLength' => self::MAX_FIELD_LENGTH,
		);
		$texts   = array(
			'post_id'        => $post_id,
			'title'          => $field + array( 'description' => __( 'The title in the editor; the saved title if absent.', 'smmlint' ) ),
			'content'        => $field + array( 'description' => __( 'The block markup in the editor; the saved content if absent.', 'smmlint' ) ),
			'excerpt'        => $field + array( 'description' => __( 'The excerpt in the editor; the saved excerpt if absent.', 'smmlint' ) ),
			'social_message' => $field + array( 'description' => __( 'The social message in the editor; the saved one if absent.', 'smmlint' ) ),
		);
		register_rest_route(
			self::NAMESPACE_V1,
			'/check',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( __CLASS__, 'check' ),
				'permission_callback' => array( __CLASS__, 'can_edit' ),
				'args'                => $texts,
			)
		);
		register_rest_route(
			self::NAMESPACE_V1,
			'/override',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( __CLASS__, 'override' ),
				'permission_callback' => array( __CLASS__, 'can_override_request' ),
				'args'                => $texts,
			)
		);
	}

	/**
	 * Permission: the user may edit this post.
	 *
	 * @param WP_REST_Request $request The request.
	 * @return bool
	 */
	public static function can_edit( WP_REST_Request $request ) {
		return current_user_can( 'edit_post', (int) $request['post_id'] );
	}

	/**
	 * Permission: the user may edit, publish and override the gate for this post.
	 *
	 * @param WP_REST_Request $request The request.
	 * @return bool
	 */
	public static function can_override_request( WP_REST_Request $request ) {
		$post = get_post( (int) $request['post_id'] );
		return $post && self::can_edit( $request ) && SMMLint_Review::may_override( $post );
	}

	/**
	 * The gate's verdict on the editor's text, with every network's findings.
	 *
	 * @param WP_REST_Request $request The request.
	 * @return WP_REST_Response|WP_Error
	 */
	public static function check( WP_REST_Request $request ) {
		$post = self::checked_post( $request );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		$limited = self::over_limit();
		if ( $limited ) {
			return $limited;
		}
		$review              = SMMLint_Review::run( $post, self::edits( $request ) );
		$settings            = SMMLint_Settings::get();
		$verdict             = $review->verdict;
		$verdict['checks']   = array_map( array( 'SMMLint_Post_Check', 'present' ), $review->texts, $review->answers );
		$verdict['networks'] = array_map( array( 'SMMLint_Networks', 'label' ), $settings['networks'] );
		return rest_ensure_response( $verdict );
	}

	/**
	 * Records that the current user chose to publish the editor's text despite the gate.
	 * The gate runs again first: there is only something to override while it holds back.
	 *
	 * @param WP_REST_Request $request The request.
	 * @return WP_REST_Response|WP_Error
	 */
	public static function override( WP_REST_Request $request ) {
		$post = self::checked_post( $request );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		$limited = self::over_limit();
		if ( $limited ) {
			return $limited;
		}
		$review = SMMLint_Review::run( $post, self::edits( $request ) );
		if ( ! $review->verdict['blocks'] ) {
			return new WP_Error(
				'smmlint_nothing_to_override',
				__( 'smmlint’s check does not hold this post back: there is nothing to override.', 'smmlint' ),
				array( 'status' => 409 )
			);
		}
		$record = $review->record_override();
		return rest_ensure_response(
			array(
				'overridden' => true,
				'user'       => $record['user'],
				'time'       => $record['time'],
			)
		);
	}

	/**
	 * Counts one check for the current user; the error once they passed `user_checks` this
	 * minute. One user (a contributor's script, a stuck editor) cannot keep the shared server
	 * busy, so that everyone's check gets "busy" and, with "block when unavailable", nobody
	 * can publish.
	 *
	 * @return WP_Error|null
	 */
	private static function over_limit() {
		$key    = self::LIMIT_PREFIX . get_current_user_id();
		$now    = time();
		$window = get_transient( $key );
		if ( ! is_array( $window ) || ! isset( $window['start'], $window['count'] ) || $window['start'] + MINUTE_IN_SECONDS <= $now ) {
			$window = array(
				'start' => $now,
				'count' => 0,
			);
		}
		++$window['count'];
		set_transient( $key, $window, MINUTE_IN_SECONDS );
		$limit = (int) SMMLint_Settings::get()['user_checks'];
		if ( $window['count'] <= $limit ) {
			return null;
		}
		$wait = max( 1, $window['start'] + MINUTE_IN_SECONDS - $now );
		return new WP_Error(
			'smmlint_rate_limited',
			/* translators: 1: checks allowed per minute, 2: seconds to wait. */
			sprintf( __( 'You have asked for more than %1$d checks this minute. Try again in %2$d seconds.', 'smmlint' ), $limit, $wait ),
			array(
				'status'      => 429,
				'retry_after' => $wait,
			)
		);
	}

	/**
	 * The request's post, if smmlint checks posts of its type.
	 *
	 * @param WP_REST_Request $request The request.
	 * @return WP_Post|WP_Error
	 */
	private static function checked_post( WP_REST_Request $request ) {
		$post = get_post( (int) $request['post_id'] );
		if ( ! $post || ! in_array( $post->post_type, SMMLint_Editor::post_types(), true ) ) {
			return new WP_Error(
				'smmlint_unchecked_post_type',
				__( 'smmlint does not check posts of this type.', 'smmlint' ),
				array( 'status' => 400 )
			);
		}
		return $post;
	}

	/**
	 * The editor's unsaved texts in the request; null for each one left out.
	 *
	 * @param WP_REST_Request $request The request.
	 * @return array<string, string|null>
	 */
	private static function edits( WP_REST_Request $request ) {
		$edits = array();
		foreach ( array( 'title', 'content', 'excerpt', 'social_message' ) as $key ) {
			$edits[ $key ] = $request->has_param( $key ) ? (string) $request[ $key ] : null;
		}
		return $edits;
	}
}
