<?php
/**
 * The smmlint server's HTTP API, called by WordPress itself.
 *
 * @package smmlint
 */

defined( 'ABSPATH' ) || exit;

/**
 * Talks to `smmlint serve`. Every failure is a WP_Error whose code says what went wrong
 * (see the constants); the draft's text never appears in an error, a log or a header.
 */
final class SMMLint_Client {

	/** No answer: connection refused, DNS failure, timeout. */
	const UNREACHABLE = 'smmlint_unreachable';

	/** The server refused the token (401) or this site (403). */
	const REFUSED = 'smmlint_refused';

	/** Too many requests or too much work in flight (429, 503). */
	const BUSY = 'smmlint_busy';

	/** The server answered with its JSON error: the text cannot be checked as it is. */
	const REJECTED = 'smmlint_rejected';

	/** Anything else: not smmlint, a proxy's error page, a 500. */
	const BAD_RESPONSE = 'smmlint_bad_response';

	/**
	 * Settings this client uses: server_url, token, timeout, fail_on, min_score.
	 *
	 * @var array<string, mixed>
	 */
	private $settings;

	/**
	 * A client for the configured server.
	 *
	 * @param array<string, mixed> $settings Plugin settings (SMMLint_Settings::get()).
	 */
	public function __construct( array $settings ) {
		$this->settings = $settings;
	}

	/**
	 * The pre-publish gate: `POST /v1/check`.
	 *
	 * @param string   $text      Text to check.
	 * @param string[] $platforms Platform names to check it for.
	 * @param string   $markup    `text` or `html`.
	 * @return array<string, mixed>|WP_Error `{pass, score, blocking, reports}` as the server sent it.
	 */
	public function check( $text, array $platforms, $markup ) {
		$body = wp_json_encode(
			array(
				'text'      => $text,
				'platforms' => array_values( $platforms ),
				'markup'    => $markup,
				'fail_on'   => $this->settings['fail_on'],
				'min_score' => (int) $this->settings['min_score'],
			)
		);
		if ( false === $body ) {
			return new WP_Error( self::REJECTED, __( 'The text could not be encoded for the smmlint server.', 'smmlint' ) );
		}
		$answer = $this->request( 'POST', '/v1/check', $body );
		if ( ! is_wp_error( $answer ) && ( ! isset( $answer['pass'], $answer['reports'] ) || ! is_array( $answer['reports'] ) ) ) {
			return self::not_understood();
		}
		return $answer;
	}

	/**
	 * The platforms the server knows: `GET /v1/platforms`.
	 *
	 * @return array<mixed>|WP_Error
	 */
	public function platforms() {
		return $this->request( 'GET', '/v1/platforms' );
	}

	/**
	 * Whether the server is up and accepts the token: `GET /healthz`.
	 *
	 * @return array<mixed>|WP_Error
	 */
	public function health() {
		return $this->request( 'GET', '/healthz' );
	}

	/**
	 * One request; decoded JSON on a 2xx answer.
	 *
	 * @param string      $method GET or POST.
	 * @param string      $path   Endpoint path.
	 * @param string|null $body   JSON body.
	 * @return array<mixed>|WP_Error
	 */
	private function request( $method, $path, $body = null ) {
		$headers = array( 'Accept' => 'application/json' );
		if ( null !== $body ) {
			$headers['Content-Type'] = 'application/json';
		}
		if ( '' !== $this->settings['token'] ) {
			$headers['Authorization'] = 'Bearer ' . $this->settings['token'];
		}
		$response = wp_remote_request(
			$this->settings['server_url'] . $path,
			array(
				'method'      => $method,
				'timeout'     => (int) $this->settings['timeout'],
				'redirection' => 0,
				'headers'     => $headers,
				'body'        => $body,
				'user-agent'  => 'smmlint-wordpress/' . SMMLINT_VERSION,
			)
		);
		if ( is_wp_error( $response ) ) {
			return $this->unreachable( $response );
		}
		$status = (int) wp_remote_retrieve_response_code( $response );
		$json   = json_decode( wp_remote_retrieve_body( $response ), true );
		if ( $status < 200 || $status >= 300 ) {
			return $this->error_for( $status, $json );
		}
		return is_array( $json ) ? $json : self::not_understood();
	}

	/**
	 * The error for a 2xx answer that is not what smmlint sends.
	 *
	 * @return WP_Error
	 */
	private static function not_understood() {
		return new WP_Error( self::BAD_RESPONSE, __( 'The smmlint server sent an answer the plugin does not understand.', 'smmlint' ) );
	}

	/**
	 * The error for a request that got no answer.
	 *
	 * @param WP_Error $error The transport's error.
	 * @return WP_Error
	 */
	private function unreachable( WP_Error $error ) {
		$timed_out = false !== stripos( $error->get_error_message(), 'timed out' );
		$message   = $timed_out
			/* translators: %d: seconds waited. */
			? sprintf( _n( 'The smmlint server did not answer within %d second.', 'The smmlint server did not answer within %d seconds.', (int) $this->settings['timeout'], 'smmlint' ), (int) $this->settings['timeout'] )
			/* translators: %s: the smmlint server's address. */
			: sprintf( __( 'The smmlint server at %s could not be reached.', 'smmlint' ), self::display_url( $this->settings['server_url'] ) );
		return new WP_Error( self::UNREACHABLE, $message, array( 'timed_out' => $timed_out ) );
	}

	/**
	 * A server URL fit to show any user: without the user name, password, query or fragment
	 * it may carry (http://user:secret@host/?key=… becomes http://host/).
	 *
	 * @param string $url The configured server URL.
	 * @return string
	 */
	public static function display_url( $url ) {
		$parts = wp_parse_url( $url );
		if ( ! is_array( $parts ) || empty( $parts['host'] ) ) {
			return __( '(the configured address)', 'smmlint' );
		}
		$scheme = isset( $parts['scheme'] ) ? $parts['scheme'] . '://' : '';
		$port   = isset( $parts['port'] ) ? ':' . $parts['port'] : '';
		return $scheme . $parts['host'] . $port . ( $parts['path'] ?? '' );
	}

	/**
	 * The error for an answer other than 2xx JSON.
	 *
	 * @param int   $status HTTP status.
	 * @param mixed $json   Decoded body, if it was JSON.
	 * @return WP_Error
	 */
	private function error_for( $status, $json ) {
		$data = array( 'status' => $status );
		if ( 401 === $status || 403 === $status ) {
			return new WP_Error( self::REFUSED, __( 'The smmlint server refused the request: check the token under Settings → smmlint.', 'smmlint' ), $data );
		}
		if ( 429 === $status || 503 === $status ) {
			return new WP_Error( self::BUSY, __( 'The smmlint server is busy. Try again in a moment.', 'smmlint' ), $data );
		}
		$server_message = is_array( $json ) && isset( $json['error']['message'] ) && is_string( $json['error']['message'] )
			? $json['error']['message'] : '';
		if ( $status >= 400 && $status < 500 && '' !== $server_message ) {
			/* translators: %s: the smmlint server's explanation, e.g. that the text is too long. */
			return new WP_Error( self::REJECTED, sprintf( __( 'The smmlint server could not check this text: %s', 'smmlint' ), $server_message ), $data );
		}
		/* translators: %d: HTTP status code. */
		return new WP_Error( self::BAD_RESPONSE, sprintf( __( 'The smmlint server answered with an unexpected HTTP status %d.', 'smmlint' ), $status ), $data );
	}
}
