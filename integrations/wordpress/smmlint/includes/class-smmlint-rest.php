<?php
/**
 * The plugin's REST routes: the editor asks WordPress, WordPress asks the smmlint server.
 *
 * @package smmlint
 */

defined( 'ABSPATH' ) || exit;

/**
 * `POST /smmlint/v1/check` runs the gate on the editor's current text; `POST /smmlint/v1/override`
 * records an explicit "publish anyway". Both need the right to edit the post; the editor's
 * requests carry the REST nonce (wp.apiFetch adds it), so a cookie alone is not enough.
 */
final class SMMLint_Rest {

	const NAMESPACE_V1 = 'smmlint/v1';

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
		register_rest_route(
			self::NAMESPACE_V1,
			'/check',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( __CLASS__, 'check' ),
				'permission_callback' => array( __CLASS__, 'can_edit' ),
				'args'                => array(
					'post_id'        => $post_id,
					'title'          => $field + array( 'description' => __( 'The title in the editor; the saved title if absent.', 'smmlint' ) ),
					'content'        => $field + array( 'description' => __( 'The block markup in the editor; the saved content if absent.', 'smmlint' ) ),
					'excerpt'        => $field + array( 'description' => __( 'The excerpt in the editor; the saved excerpt if absent.', 'smmlint' ) ),
					'social_message' => $field + array( 'description' => __( 'The social message in the editor; the saved one if absent.', 'smmlint' ) ),
				),
			)
		);
		register_rest_route(
			self::NAMESPACE_V1,
			'/override',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( __CLASS__, 'override' ),
				'permission_callback' => array( __CLASS__, 'can_override_request' ),
				'args'                => array( 'post_id' => $post_id ),
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
		return $post && self::can_edit( $request ) && self::may_override( $post );
	}

	/**
	 * The gate's verdict on the editor's text, with every network's findings.
	 *
	 * @param WP_REST_Request $request The request.
	 * @return WP_REST_Response
	 */
	public static function check( WP_REST_Request $request ) {
		$post     = get_post( (int) $request['post_id'] );
		$settings = SMMLint_Settings::get();
		$checker  = new SMMLint_Post_Check( new SMMLint_Client( $settings ), $settings['networks'] );
		$edits    = array();
		foreach ( array( 'title', 'content', 'excerpt', 'social_message' ) as $key ) {
			$edits[ $key ] = $request->has_param( $key ) ? (string) $request[ $key ] : null;
		}
		$texts   = $checker->texts( $post, $edits );
		$answers = $checker->answers( $texts );
		$verdict = SMMLint_Gate::decide(
			$answers,
			$settings,
			self::may_override( $post ),
			'' !== get_post_meta( $post->ID, SMMLint_Post_Check::OVERRIDE_META, true )
		);
		$verdict['checks'] = array_map( array( 'SMMLint_Post_Check', 'present' ), $texts, $answers );
		$verdict['networks'] = array_map( array( 'SMMLint_Networks', 'label' ), $settings['networks'] );
		return rest_ensure_response( $verdict );
	}

	/**
	 * Records that the current user chose to publish despite the gate.
	 *
	 * @param WP_REST_Request $request The request.
	 * @return WP_REST_Response
	 */
	public static function override( WP_REST_Request $request ) {
		$record = array(
			'user' => get_current_user_id(),
			'time' => time(),
		);
		update_post_meta( (int) $request['post_id'], SMMLint_Post_Check::OVERRIDE_META, $record );
		return rest_ensure_response( array( 'overridden' => true ) + $record );
	}

	/**
	 * Whether the current user may publish this post despite a failing gate.
	 *
	 * @param WP_Post $post The post.
	 * @return bool
	 */
	private static function may_override( WP_Post $post ) {
		$type = get_post_type_object( $post->post_type );
		return $type && current_user_can( $type->cap->publish_posts ) && current_user_can( SMMLint_Capabilities::OVERRIDE );
	}
}
