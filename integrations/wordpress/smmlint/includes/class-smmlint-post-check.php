<?php
/**
 * What is checked for a post, and the server's findings made ready for the editor.
 *
 * @package smmlint
 */

defined( 'ABSPATH' ) || exit;

/**
 * Checks a post as its readers will see it: the title and rendered content as HTML (for the
 * web page), and the social message (its own field, else the excerpt) for each network.
 */
final class SMMLint_Post_Check {

	/** Post meta holding the message to share on social networks. */
	const SOCIAL_META = '_smmlint_social_message';

	/** Post meta recording who chose to publish despite the gate, when, and for which text. */
	const OVERRIDE_META = '_smmlint_override';

	/** Longest quote of a finding's characters shown in the editor. */
	const QUOTE_LENGTH = 120;

	/**
	 * Client for the smmlint server.
	 *
	 * @var SMMLint_Client
	 */
	private $client;

	/**
	 * Networks the social message is checked for.
	 *
	 * @var string[]
	 */
	private $networks;

	/**
	 * A checker using the given server and networks.
	 *
	 * @param SMMLint_Client $client   Client for the smmlint server.
	 * @param string[]       $networks Networks from the settings.
	 */
	public function __construct( SMMLint_Client $client, array $networks ) {
		$this->client   = $client;
		$this->networks = $networks;
	}

	/**
	 * The texts to check: the editor's unsaved values where given, else the saved post.
	 *
	 * @param WP_Post                   $post  The post.
	 * @param array<string, string|null> $edits title, content, excerpt, social_message from the editor.
	 * @return array<int, array{id: string, label: string, source: string, markup: string, text: string, platforms: string[]}>
	 */
	public function texts( WP_Post $post, array $edits ) {
		$texts   = array();
		$title   = $edits['title'] ?? $post->post_title;
		$content = $edits['content'] ?? $post->post_content;
		$html    = SMMLint_Renderer::render( $post, $content );
		if ( '' !== trim( $title ) ) {
			$html = '<h1>' . esc_html( $title ) . "</h1>\n" . $html;
		}
		if ( '' !== trim( wp_strip_all_tags( $html ) ) ) {
			$texts[] = array(
				'id'        => 'content',
				'label'     => __( 'Post', 'smmlint' ),
				'source'    => 'content',
				'markup'    => 'html',
				'text'      => $html,
				'platforms' => array( SMMLint_Networks::CONTENT_PLATFORM ),
			);
		}

		$message = $edits['social_message'] ?? (string) get_post_meta( $post->ID, self::SOCIAL_META, true );
		$source  = 'social_message';
		if ( '' === trim( $message ) ) {
			$message = $edits['excerpt'] ?? $post->post_excerpt;
			$source  = 'excerpt';
		}
		if ( '' !== trim( $message ) && $this->networks ) {
			$texts[] = array(
				'id'        => 'social',
				'label'     => 'excerpt' === $source ? __( 'Excerpt, as the social message', 'smmlint' ) : __( 'Social message', 'smmlint' ),
				'source'    => $source,
				'markup'    => 'text',
				'text'      => $message,
				'platforms' => $this->networks,
			);
		}
		return $texts;
	}

	/**
	 * Sends each text to the server. Once the server is unreachable, the remaining texts get
	 * the same error instead of another wait for the timeout.
	 *
	 * @param array<int, array<string, mixed>> $texts From texts().
	 * @return array<int, array<string, mixed>|WP_Error> The answer for each text, same order.
	 */
	public function answers( array $texts ) {
		$answers = array();
		$outage  = null;
		foreach ( $texts as $text ) {
			$answer    = $outage ? $outage : $this->client->check( $text['text'], $text['platforms'], $text['markup'] );
			$answers[] = $answer;
			if ( is_wp_error( $answer ) && SMMLint_Client::UNREACHABLE === $answer->get_error_code() ) {
				$outage = $answer;
			}
		}
		return $answers;
	}

	/**
	 * One checked text as the editor shows it: per network, the score, band and findings,
	 * each finding with the characters it is about. The text itself is not repeated.
	 *
	 * @param array<string, mixed>          $text   From texts().
	 * @param array<string, mixed>|WP_Error $answer From answers().
	 * @return array<string, mixed>
	 */
	public static function present( array $text, $answer ) {
		$view = array(
			'id'      => $text['id'],
			'label'   => $text['label'],
			'source'  => $text['source'],
			'error'   => null,
			'pass'    => null,
			'reports' => array(),
		);
		if ( is_wp_error( $answer ) ) {
			$view['error'] = array(
				'code'    => $answer->get_error_code(),
				'message' => $answer->get_error_message(),
			);
			return $view;
		}
		$view['pass'] = (bool) $answer['pass'];
		$blocking     = array();
		foreach ( (array) ( $answer['blocking'] ?? array() ) as $finding ) {
			$blocking[ self::finding_key( $finding ) ] = true;
		}
		foreach ( $text['platforms'] as $platform ) {
			if ( ! isset( $answer['reports'][ $platform ] ) || ! is_array( $answer['reports'][ $platform ] ) ) {
				continue;
			}
			$report   = $answer['reports'][ $platform ];
			$findings = array();
			foreach ( (array) ( $report['findings'] ?? array() ) as $finding ) {
				$findings[] = array(
					'code'     => (string) ( $finding['code'] ?? '' ),
					'rule'     => (string) ( $finding['rule'] ?? '' ),
					'severity' => (string) ( $finding['severity'] ?? '' ),
					'message'  => (string) ( $finding['message'] ?? '' ),
					'hint'     => (string) ( $finding['hint'] ?? '' ),
					'quote'    => self::quote( $text, $finding ),
					'blocking' => isset( $blocking[ self::finding_key( $finding ) ] ),
				);
			}
			$view['reports'][] = array(
				'platform' => $platform,
				'label'    => 'content' === $text['id'] ? __( 'Score', 'smmlint' ) : SMMLint_Networks::label( $platform ),
				'score'    => isset( $report['score'] ) ? (int) $report['score'] : null,
				'band'     => isset( $report['band'] ) ? (string) $report['band'] : '',
				'findings' => $findings,
			);
		}
		return $view;
	}

	/**
	 * The characters a span finding is about, as a reader sees them; '' for a whole-post finding.
	 *
	 * @param array<string, mixed> $text    From texts().
	 * @param array<string, mixed> $finding A finding from the server.
	 * @return string
	 */
	private static function quote( array $text, $finding ) {
		if ( ! is_array( $finding ) || ! isset( $finding['start'], $finding['end'] ) || 'span' !== ( $finding['scope'] ?? '' ) ) {
			return '';
		}
		$start = max( 0, (int) $finding['start'] );
		$quote = mb_substr( $text['text'], $start, max( 0, (int) $finding['end'] - $start ), 'UTF-8' );
		if ( 'html' === $text['markup'] ) {
			$quote = html_entity_decode( wp_strip_all_tags( $quote ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		}
		$quote = trim( (string) preg_replace( '/\s+/u', ' ', $quote ) );
		return mb_strlen( $quote, 'UTF-8' ) > self::QUOTE_LENGTH
			? mb_substr( $quote, 0, self::QUOTE_LENGTH - 1, 'UTF-8' ) . '…'
			: $quote;
	}

	/**
	 * Identity of a finding within one text: its rule and characters.
	 *
	 * @param mixed $finding A finding from the server.
	 * @return string
	 */
	private static function finding_key( $finding ) {
		if ( ! is_array( $finding ) ) {
			return '';
		}
		return implode( '|', array( $finding['code'] ?? '', $finding['start'] ?? '', $finding['end'] ?? '' ) );
	}
}
