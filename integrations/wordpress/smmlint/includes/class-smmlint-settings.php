<?php
/**
 * The plugin's settings: defaults, validation and reading them back.
 *
 * @package smmlint
 */

defined( 'ABSPATH' ) || exit;

/**
 * One option, `smmlint_settings`, holding every setting as an array.
 */
final class SMMLint_Settings {

	const OPTION = 'smmlint_settings';

	const SEVERITIES = array( 'suggestion', 'warning', 'error' );

	/** What a failing gate or an unreachable server does to the Publish button. */
	const ACTIONS = array( 'warn', 'block' );

	const MIN_TIMEOUT = 1;

	/** Longer than this and an author waits at Publish for a server that is not coming. */
	const MAX_TIMEOUT = 30;

	/** Most checks one user may ask for per minute (the `user_checks` setting's ceiling). */
	const MAX_USER_CHECKS = 600;

	/**
	 * The settings of a fresh install.
	 *
	 * @return array<string, mixed>
	 */
	public static function defaults() {
		return array(
			'server_url'     => 'http://127.0.0.1:8787',
			'token'          => '',
			'networks'       => array( 'x', 'linkedin' ),
			// The gate's defaults, the same in the CLI and POST /v1/check (smmlint/gate.py,
			// docs/score.md): only a red post fails, and every error makes a post red.
			'fail_on'        => 'error',
			'min_score'      => 50,
			'on_fail'        => 'warn',
			'on_unavailable' => 'warn',
			'timeout'        => 5,
			'user_checks'    => 30,
		);
	}

	/**
	 * The current settings, every key present and valid.
	 *
	 * @return array<string, mixed>
	 */
	public static function get() {
		$stored = get_option( self::OPTION, array() );
		return self::sanitize( is_array( $stored ) ? $stored : array(), self::defaults() );
	}

	/**
	 * Validates submitted settings; anything invalid keeps its previous value.
	 *
	 * A blank token keeps the saved one (the settings page never shows it) unless
	 * `token_clear` is set.
	 *
	 * @param mixed                     $input    Submitted values.
	 * @param array<string, mixed>|null $previous Settings before this change; the stored ones by default.
	 * @return array<string, mixed>
	 */
	public static function sanitize( $input, $previous = null ) {
		$input    = is_array( $input ) ? $input : array();
		$previous = null === $previous ? self::get() : $previous;
		$clean    = $previous;

		if ( isset( $input['server_url'] ) ) {
			$url = esc_url_raw( trim( (string) $input['server_url'] ), array( 'http', 'https' ) );
			if ( '' !== $url ) {
				$clean['server_url'] = untrailingslashit( $url );
			}
		}

		$token = isset( $input['token'] ) ? trim( (string) $input['token'] ) : '';
		if ( ! empty( $input['token_clear'] ) ) {
			$clean['token'] = '';
		} elseif ( '' !== $token && preg_match( '/^[\x21-\x7e]+$/', $token ) ) {
			$clean['token'] = $token;
		}

		if ( isset( $input['networks'] ) && is_array( $input['networks'] ) ) {
			$clean['networks'] = SMMLint_Networks::sanitize_list( $input['networks'] );
		}

		foreach ( array(
			'fail_on'        => self::SEVERITIES,
			'on_fail'        => self::ACTIONS,
			'on_unavailable' => self::ACTIONS,
		) as $key => $choices ) {
			if ( isset( $input[ $key ] ) && in_array( $input[ $key ], $choices, true ) ) {
				$clean[ $key ] = $input[ $key ];
			}
		}

		if ( isset( $input['min_score'] ) && is_numeric( $input['min_score'] ) ) {
			$clean['min_score'] = max( 0, min( 100, (int) $input['min_score'] ) );
		}
		if ( isset( $input['timeout'] ) && is_numeric( $input['timeout'] ) ) {
			$clean['timeout'] = max( self::MIN_TIMEOUT, min( self::MAX_TIMEOUT, (int) $input['timeout'] ) );
		}
		if ( isset( $input['user_checks'] ) && is_numeric( $input['user_checks'] ) ) {
			$clean['user_checks'] = max( 1, min( self::MAX_USER_CHECKS, (int) $input['user_checks'] ) );
		}

		return $clean;
	}

	/**
	 * Why the saved token is exposed, or '' when it is not: a token sent over plain http to a
	 * server on another machine travels in clear text across the network.
	 *
	 * @param array<string, mixed> $settings Plugin settings.
	 * @return string
	 */
	public static function token_warning( array $settings ) {
		$scheme = strtolower( (string) wp_parse_url( $settings['server_url'], PHP_URL_SCHEME ) );
		$host   = (string) wp_parse_url( $settings['server_url'], PHP_URL_HOST );
		if ( '' === $settings['token'] || 'http' !== $scheme || SMMLint_Client::is_loopback( $host ) ) {
			return '';
		}
		return __( 'The token is sent in clear text to a server on another machine: use an https:// address for it.', 'smmlint' );
	}
}
