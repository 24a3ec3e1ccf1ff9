<?php
/**
 * The gate enforced on the server, whichever way a post is published.
 *
 * @package smmlint
 */

defined( 'ABSPATH' ) || exit;

/**
 * When the settings can block (`on_fail` or `on_unavailable` is "block") and a post of a
 * checked type moves to publish or future, WordPress checks it first (SMMLint_Review: the same
 * decision the editor shows) and refuses while the verdict locks it:
 *
 * - REST saves (the block editor, API clients): `rest_pre_insert_{post_type}` answers 409
 *   `smmlint_held_back` with smmlint's reason, and nothing is saved.
 * - Every other save (classic editor, Quick Edit, XML-RPC, wp_insert_post() from code):
 *   `wp_insert_post_data` saves the post unpublished (a pending post stays pending, any other
 *   becomes a draft) and the user sees the reason on their next admin screen.
 *
 * A post already published or scheduled is not checked again. A REST save is checked once:
 * the wp_insert_post_data that follows it knows the post was cleared.
 */
final class SMMLint_Publish_Guard {

	/** Statuses that make a post public, now or at its date. */
	const PUBLIC_STATUSES = array( 'publish', 'future' );

	/** User meta holding why their last post was kept unpublished, for their next admin screen. */
	const NOTICE_META = '_smmlint_held_notice';

	/**
	 * The post a REST save just cleared (its ID; 0 for a new post), or null.
	 *
	 * @var int|null
	 */
	private static $cleared = null;

	/**
	 * Whether this request kept a post unpublished.
	 *
	 * @var bool
	 */
	private static $held = false;

	/**
	 * Hooks the guard in (on init, once the post types and their filter are known).
	 *
	 * @return void
	 */
	public static function register() {
		foreach ( SMMLint_Editor::post_types() as $post_type ) {
			add_filter( "rest_pre_insert_{$post_type}", array( __CLASS__, 'guard_rest_save' ), 10, 2 );
		}
		add_filter( 'wp_insert_post_data', array( __CLASS__, 'guard_save' ), 10, 2 );
		add_filter( 'redirect_post_location', array( __CLASS__, 'redirect_message' ) );
		add_action( 'admin_notices', array( __CLASS__, 'show_notice' ) );
	}

	/**
	 * `rest_pre_insert_{post_type}`: an error instead of publishing a post the gate holds back.
	 *
	 * @param stdClass        $prepared The post as the REST controller will save it.
	 * @param WP_REST_Request $request  The request.
	 * @return stdClass|WP_Error
	 */
	public static function guard_rest_save( $prepared, WP_REST_Request $request ) {
		$id   = isset( $prepared->ID ) ? (int) $prepared->ID : 0;
		$post = $id ? get_post( $id ) : null;
		$to   = $prepared->post_status ?? ( $post ? $post->post_status : 'draft' );
		if ( ! self::publishes( $prepared->post_type, $post, $to ) ) {
			return $prepared;
		}
		$meta   = $request['meta'];
		$review = SMMLint_Review::run(
			$post ? $post : self::unsaved( $prepared->post_type ),
			array(
				'title'          => $prepared->post_title ?? null,
				'content'        => $prepared->post_content ?? null,
				'excerpt'        => $prepared->post_excerpt ?? null,
				'social_message' => is_array( $meta ) && isset( $meta[ SMMLint_Post_Check::SOCIAL_META ] )
					? (string) $meta[ SMMLint_Post_Check::SOCIAL_META ] : null,
			)
		);
		if ( $review->verdict['locked'] ) {
			return new WP_Error(
				'smmlint_held_back',
				/* translators: %s: why smmlint's check holds the post back, e.g. "2 findings fail the check. Publishing is held back until it passes." */
				sprintf( __( 'smmlint: %s', 'smmlint' ), $review->verdict['reason'] ),
				array(
					'status'  => 409,
					'smmlint' => array(
						'status' => $review->verdict['status'],
						'score'  => $review->verdict['score'],
					),
				)
			);
		}
		self::$cleared = $id;
		return $prepared;
	}

	/**
	 * `wp_insert_post_data`: a post the gate holds back is saved, but not published.
	 *
	 * @param array<string, mixed> $data    Slashed post data about to be saved.
	 * @param array<string, mixed> $postarr The data passed to wp_insert_post().
	 * @return array<string, mixed>
	 */
	public static function guard_save( $data, $postarr ) {
		$id = (int) ( $postarr['ID'] ?? 0 );
		if ( self::$cleared === $id ) {
			self::$cleared = null;
			return $data;
		}
		$post = $id ? get_post( $id ) : null;
		if ( ! self::publishes( $data['post_type'], $post, $data['post_status'] ) ) {
			return $data;
		}
		$review = SMMLint_Review::run(
			$post ? $post : self::unsaved( $data['post_type'] ),
			array(
				'title'   => wp_unslash( $data['post_title'] ),
				'content' => wp_unslash( $data['post_content'] ),
				'excerpt' => wp_unslash( $data['post_excerpt'] ),
			)
		);
		if ( $review->verdict['locked'] ) {
			$data['post_status'] = $post && 'pending' === $post->post_status ? 'pending' : 'draft';
			self::hold( $review->verdict['reason'] );
		}
		return $data;
	}

	/**
	 * `redirect_post_location`: the classic editor says "draft updated", not "published".
	 *
	 * @param string $location Where the classic editor goes after saving.
	 * @return string
	 */
	public static function redirect_message( $location ) {
		return self::$held ? add_query_arg( 'message', 10, $location ) : $location;
	}

	/**
	 * `admin_notices`: why the user's last post was kept unpublished, once.
	 *
	 * @return void
	 */
	public static function show_notice() {
		$reason = get_user_meta( get_current_user_id(), self::NOTICE_META, true );
		if ( ! is_string( $reason ) || '' === $reason ) {
			return;
		}
		delete_user_meta( get_current_user_id(), self::NOTICE_META );
		/* translators: %s: why smmlint's check holds the post back. */
		$message = sprintf( __( 'The post was saved but not published. smmlint: %s', 'smmlint' ), $reason );
		echo '<div class="notice notice-warning smmlint-held"><p>' . esc_html( $message ) . '</p></div>';
	}

	/**
	 * Whether this save makes a post of a checked type public, with a gate that can block.
	 *
	 * @param string       $post_type The post's type.
	 * @param WP_Post|null $before    The post as saved so far; null for a new one.
	 * @param string       $status    The status it is being saved with.
	 * @return bool
	 */
	private static function publishes( $post_type, $before, $status ) {
		return in_array( $status, self::PUBLIC_STATUSES, true )
			&& ! ( $before && in_array( $before->post_status, self::PUBLIC_STATUSES, true ) )
			&& in_array( $post_type, SMMLint_Editor::post_types(), true )
			&& SMMLint_Gate::can_block( SMMLint_Settings::get() );
	}

	/**
	 * A stand-in for a post that is not saved yet, for the check.
	 *
	 * @param string $post_type The post's type.
	 * @return WP_Post
	 */
	private static function unsaved( $post_type ) {
		return new WP_Post(
			(object) array(
				'ID'          => 0,
				'post_type'   => $post_type,
				'post_status' => 'draft',
				'post_author' => get_current_user_id(),
				'filter'      => 'raw',
			)
		);
	}

	/**
	 * Remembers that this request kept a post unpublished, and why, for the user to see.
	 *
	 * @param string $reason The gate's reason.
	 * @return void
	 */
	private static function hold( $reason ) {
		self::$held = true;
		if ( get_current_user_id() ) {
			update_user_meta( get_current_user_id(), self::NOTICE_META, $reason );
		}
	}
}
