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

	/** The server URL points at an internal address other than this machine's loopback. */
	const UNSAFE_URL = 'smmlint_unsafe_url';

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
		$url = $this->settings['server_url'] . $path;
		if ( ! self::allowed_url( $url ) ) {
			return $this->unsafe_url();
		}
		$allow    = self::allowance( $url );
		$response = null;
		add_filter( 'http_request_host_is_external', $allow['host'], 10, 2 );
		add_filter( 'http_allowed_safe_ports', $allow['port'], 10, 2 );
		try {
			$response = wp_safe_remote_request(
				$url,
				array(
					'method'      => $method,
					'timeout'     => (int) $this->settings['timeout'],
					'redirection' => 0,
					'headers'     => $headers,
					'body'        => $body,
					'user-agent'  => 'smmlint-wordpress/' . SMMLINT_VERSION,
				)
			);
		} finally {
			remove_filter( 'http_request_host_is_external', $allow['host'], 10 );
			remove_filter( 'http_allowed_safe_ports', $allow['port'], 10 );
		}
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
	 * The error for a server URL WordPress does not call.
	 *
	 * @return WP_Error
	 */
	private function unsafe_url() {
		$shown = self::display_url( $this->settings['server_url'] );
		$parts = wp_parse_url( $this->settings['server_url'] );
		if ( is_array( $parts ) && ( isset( $parts['user'] ) || isset( $parts['pass'] ) ) ) {
			/* translators: %s: the smmlint server's address, without credentials. */
			return new WP_Error( self::UNSAFE_URL, sprintf( __( 'The smmlint server address %s holds a user name or password, which WordPress does not send: remove them and use the token.', 'smmlint' ), $shown ) );
		}
		/* translators: %s: the smmlint server's address. */
		return new WP_Error( self::UNSAFE_URL, sprintf( __( 'WordPress does not call the smmlint server at %s: it is on an internal network. Use the default http://127.0.0.1:8787, a public https:// address, or allow the host with the smmlint_allowed_server_hosts filter.', 'smmlint' ), $shown ) );
	}

	/**
	 * Whether WordPress may call `$url`: wp_safe_remote_request's rules (no internal address,
	 * ports 80, 443 and 8080), except that the server may be on this machine's loopback at
	 * any port, and hosts named by the `smmlint_allowed_server_hosts` filter may be internal.
	 * Link-local addresses (cloud metadata, 169.254.x.x) are never called.
	 *
	 * @param string $url A URL on the configured server.
	 * @return bool
	 */
	public static function allowed_url( $url ) {
		$host = strtolower( (string) wp_parse_url( $url, PHP_URL_HOST ) );
		if ( '' === $host || preg_match( '/^169\.254\./', $host ) ) {
			return false;
		}
		$allow = self::allowance( $url );
		add_filter( 'http_request_host_is_external', $allow['host'], 10, 2 );
		add_filter( 'http_allowed_safe_ports', $allow['port'], 10, 2 );
		try {
			return false !== wp_http_validate_url( $url );
		} finally {
			remove_filter( 'http_request_host_is_external', $allow['host'], 10 );
			remove_filter( 'http_allowed_safe_ports', $allow['port'], 10 );
		}
	}

	/**
	 * Whether `$host` names this machine's loopback (localhost, 127.x.x.x).
	 *
	 * @param string $host A host name or address.
	 * @return bool
	 */
	public static function is_loopback( $host ) {
		$host = strtolower( trim( (string) $host, '[].' ) );
		return 'localhost' === $host || '::1' === $host || 1 === preg_match( '/^127(\.\d{1,3}){3}$/', $host );
	}

	/**
	 * The two filters that let wp_http_validate_url() pass the configured server: its host if
	 * it is loopback or allowed by `smmlint_allowed_server_hosts`, and its port.
	 *
	 * @param string $url A URL on the configured server.
	 * @return array{host: callable, port: callable}
	 */
	private static function allowance( $url ) {
		$server = strtolower( (string) wp_parse_url( $url, PHP_URL_HOST ) );
		$port   = (int) wp_parse_url( $url, PHP_URL_PORT );
		/**
		 * Hosts on an internal network that WordPress may send posts to for checking (a team's
		 * smmlint server at 10.0.0.5, say). Loopback is always allowed.
		 *
		 * @param string[] $hosts Host names or addresses, lower case.
		 */
		$allowed = array_map( 'strtolower', (array) apply_filters( 'smmlint_allowed_server_hosts', array() ) );
		$trusted = self::is_loopback( $server ) || in_array( $server, $allowed, true );
		return array(
			'host' => static function ( $external, $host ) use ( $server, $trusted ) {
				return $external || ( $trusted && strtolower( $host ) === $server );
			},
			'port' => static function ( $ports, $host ) use ( $server, $port, $trusted ) {
				if ( $port && strtolower( (string) $host ) === $server && ( $trusted || 443 === $port ) ) {
					$ports[] = $port;
				}
				return $ports;
			},
		);
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
