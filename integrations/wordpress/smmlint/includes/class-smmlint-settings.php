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

		return $clean;
	}
}
