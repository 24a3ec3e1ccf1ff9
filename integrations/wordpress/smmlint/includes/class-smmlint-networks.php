<?php
/**
 * The social networks a post's message is checked for, and their display names.
 *
 * @package smmlint
 */

defined( 'ABSPATH' ) || exit;

/**
 * Network names are smmlint platform names (`x`, `linkedin`...). The smmlint server lists the
 * ones it knows at `GET /v1/platforms`; the settings page remembers that list in a transient
 * so the editor can show the server's labels without asking it again.
 */
final class SMMLint_Networks {

	const TRANSIENT = 'smmlint_platforms';

	/** How long the server's platform list is remembered. */
	const TRANSIENT_TTL = DAY_IN_SECONDS;

	/** The platform the post's own content is checked as: a web page, not a social post. */
	const CONTENT_PLATFORM = 'generic';

	/** Labels used until the server's list is known. */
	const KNOWN = array(
		'x'         => 'X',
		'linkedin'  => 'LinkedIn',
		'facebook'  => 'Facebook',
		'instagram' => 'Instagram',
		'threads'   => 'Threads',
		'bluesky'   => 'Bluesky',
		'mastodon'  => 'Mastodon',
	);

	/**
	 * Network names from a form or an option: lower-case platform names, no duplicates.
	 *
	 * @param array<mixed> $names Submitted names.
	 * @return string[]
	 */
	public static function sanitize_list( array $names ) {
		$clean = array();
		foreach ( $names as $name ) {
			$name = strtolower( trim( is_scalar( $name ) ? (string) $name : '' ) );
			if ( preg_match( '/^[a-z0-9][a-z0-9_-]{0,31}$/', $name ) && ! in_array( $name, $clean, true ) ) {
				$clean[] = $name;
			}
		}
		return $clean;
	}

	/**
	 * Every network to offer on the settings page: the server's list if known, else the
	 * built-in one (without the web-page platform), plus whatever is configured already.
	 *
	 * @param string[] $configured Networks in the settings.
	 * @return array<string, string> Name => label.
	 */
	public static function choices( array $configured ) {
		$choices = self::labels();
		unset( $choices[ self::CONTENT_PLATFORM ] );
		foreach ( $configured as $name ) {
			if ( ! isset( $choices[ $name ] ) ) {
				$choices[ $name ] = self::label( $name );
			}
		}
		return $choices;
	}

	/**
	 * The display name of a network.
	 *
	 * @param string $name Platform name.
	 * @return string
	 */
	public static function label( $name ) {
		$labels = self::labels();
		if ( isset( $labels[ $name ] ) ) {
			return $labels[ $name ];
		}
		return ucfirst( $name );
	}

	/**
	 * Remembers the server's answer to `GET /v1/platforms`.
	 *
	 * @param mixed $platforms Decoded JSON: a list of objects with `name` and `label`.
	 * @return void
	 */
	public static function remember( $platforms ) {
		$labels = array();
		foreach ( is_array( $platforms ) ? $platforms : array() as $platform ) {
			if ( is_array( $platform ) && isset( $platform['name'], $platform['label'] ) && is_string( $platform['label'] ) ) {
				$name = self::sanitize_list( array( $platform['name'] ) );
				if ( $name ) {
					$labels[ $name[0] ] = sanitize_text_field( $platform['label'] );
				}
			}
		}
		if ( $labels ) {
			set_transient( self::TRANSIENT, $labels, self::TRANSIENT_TTL );
		}
	}

	/**
	 * Name => label of every known network.
	 *
	 * @return array<string, string>
	 */
	private static function labels() {
		$remembered = get_transient( self::TRANSIENT );
		return is_array( $remembered ) && $remembered ? $remembered : self::KNOWN;
	}
}
