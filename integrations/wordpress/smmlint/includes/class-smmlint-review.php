<?php
/**
 * One run of the pre-publish gate on a post.
 *
 * @package smmlint
 */

defined( 'ABSPATH' ) || exit;

/**
 * The texts checked, the server's answers and the gate's verdict for one post. The REST check
 * route, the override route and the publish guard all decide through run(), so the editor, API
 * clients and every other way of publishing get the same decision.
 *
 * An override ("publish anyway") holds for the exact texts it was chosen for: it stores their
 * fingerprint, and any change to what is checked (the rendered post or the social message)
 * makes the gate apply again.
 */
final class SMMLint_Review {

	/**
	 * The post reviewed.
	 *
	 * @var WP_Post
	 */
	private $post;

	/**
	 * What was checked (SMMLint_Post_Check::texts()).
	 *
	 * @var array<int, array<string, mixed>>
	 */
	public $texts;

	/**
	 * The server's answer or error for each text, same order.
	 *
	 * @var array<int, array<string, mixed>|WP_Error>
	 */
	public $answers;

	/**
	 * SMMLint_Gate::decide()'s verdict.
	 *
	 * @var array<string, mixed>
	 */
	public $verdict;

	/**
	 * Checks a post's texts (the given edits over the saved post) and decides.
	 *
	 * @param WP_Post                    $post  The post (unsaved posts: a WP_Post with ID 0).
	 * @param array<string, string|null> $edits title, content, excerpt, social_message; null or absent: the saved value.
	 * @return SMMLint_Review
	 */
	public static function run( WP_Post $post, array $edits ) {
		$settings      = SMMLint_Settings::get();
		$checker       = new SMMLint_Post_Check( new SMMLint_Client( $settings ), $settings['networks'] );
		$review          = new self();
		$review->post    = $post;
		$review->texts   = $checker->texts( $post, $edits );
		$review->answers = $checker->answers( $review->texts );
		$review->verdict = SMMLint_Gate::decide(
			$review->answers,
			$settings,
			self::may_override( $post ),
			$review->is_overridden()
		);
		return $review;
	}

	/**
	 * Whether the current user may publish this post despite a failing gate.
	 *
	 * @param WP_Post $post The post.
	 * @return bool
	 */
	public static function may_override( WP_Post $post ) {
		$type = get_post_type_object( $post->post_type );
		return $type && current_user_can( $type->cap->publish_posts ) && current_user_can( SMMLint_Capabilities::OVERRIDE );
	}

	/**
	 * Records that the current user chose to publish these texts despite the gate.
	 *
	 * @return array{user: int, time: int, text: string} The record.
	 */
	public function record_override() {
		$record = array(
			'user' => get_current_user_id(),
			'time' => time(),
			'text' => $this->fingerprint(),
		);
		update_post_meta( $this->post->ID, SMMLint_Post_Check::OVERRIDE_META, $record );
		return $record;
	}

	/**
	 * Whether an override was recorded for exactly these texts.
	 *
	 * @return bool
	 */
	private function is_overridden() {
		$record = $this->post->ID ? get_post_meta( $this->post->ID, SMMLint_Post_Check::OVERRIDE_META, true ) : '';
		return is_array( $record ) && isset( $record['text'] ) && is_string( $record['text'] )
			&& hash_equals( $record['text'], $this->fingerprint() );
	}

	/**
	 * A digest of what was checked: each text as sent to the server, by its id.
	 *
	 * @return string
	 */
	private function fingerprint() {
		return hash( 'sha256', (string) wp_json_encode( array_column( $this->texts, 'text', 'id' ) ) );
	}
}
