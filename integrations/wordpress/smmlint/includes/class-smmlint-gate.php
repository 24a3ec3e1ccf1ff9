<?php
/**
 * The pre-publish gate: from the server's answers and the settings to a verdict.
 *
 * @package smmlint
 */

defined( 'ABSPATH' ) || exit;

/**
 * Decides whether a post may be published. Pure: no I/O, no globals.
 */
final class SMMLint_Gate {

	/** Every check ran and passed. */
	const PASS = 'pass';

	/** At least one check ran and failed. */
	const FAIL = 'fail';

	/** No check failed, but at least one could not run (server down, slow, refused). */
	const UNAVAILABLE = 'unavailable';

	/** There was nothing to check. */
	const NOTHING = 'empty';

	/**
	 * Whether these settings can hold back publishing at all: when not, there is nothing
	 * for a publish to wait for.
	 *
	 * @param array<string, mixed> $settings on_fail, on_unavailable.
	 * @return bool
	 */
	public static function can_block( array $settings ) {
		return 'block' === $settings['on_fail'] || 'block' === $settings['on_unavailable'];
	}

	/**
	 * The verdict on one post.
	 *
	 * @param array<int, array<string, mixed>|WP_Error> $answers      Each check's server answer or error.
	 * @param array<string, mixed>                      $settings     on_fail, on_unavailable, fail_on, min_score.
	 * @param bool                                      $can_override The user may publish despite the gate.
	 * @param bool                                      $overridden   Someone already chose to publish anyway.
	 * @return array{status: string, blocks: bool, locked: bool, can_override: bool, overridden: bool, score: int|null, reason: string}
	 */
	public static function decide( array $answers, array $settings, $can_override, $overridden ) {
		$status = self::status( $answers );
		$blocks = ( self::FAIL === $status && 'block' === $settings['on_fail'] )
			|| ( self::UNAVAILABLE === $status && 'block' === $settings['on_unavailable'] );
		return array(
			'status'       => $status,
			'blocks'       => $blocks,
			'locked'       => $blocks && ! $overridden,
			'can_override' => $blocks && ! $overridden && (bool) $can_override,
			'overridden'   => $blocks && (bool) $overridden,
			'score'        => self::lowest_score( $answers ),
			'reason'       => self::reason( $status, $blocks, $answers, $settings, (bool) $can_override, (bool) $overridden ),
		);
	}

	/**
	 * Failing beats unavailable beats passing: a failure is certain, an outage is not.
	 *
	 * @param array<int, array<string, mixed>|WP_Error> $answers Server answers or errors.
	 * @return string
	 */
	private static function status( array $answers ) {
		if ( ! $answers ) {
			return self::NOTHING;
		}
		$unavailable = false;
		foreach ( $answers as $answer ) {
			if ( is_wp_error( $answer ) ) {
				$unavailable = true;
			} elseif ( empty( $answer['pass'] ) ) {
				return self::FAIL;
			}
		}
		return $unavailable ? self::UNAVAILABLE : self::PASS;
	}

	/**
	 * The lowest score any network gave, or null when nothing was scored.
	 *
	 * @param array<int, array<string, mixed>|WP_Error> $answers Server answers or errors.
	 * @return int|null
	 */
	private static function lowest_score( array $answers ) {
		$scores = array();
		foreach ( $answers as $answer ) {
			if ( ! is_wp_error( $answer ) && isset( $answer['score'] ) && is_numeric( $answer['score'] ) ) {
				$scores[] = (int) $answer['score'];
			}
		}
		return $scores ? min( $scores ) : null;
	}

	/**
	 * One sentence an author can act on.
	 *
	 * @param string                                    $status       Gate status.
	 * @param bool                                      $blocks       The settings hold back publishing.
	 * @param array<int, array<string, mixed>|WP_Error> $answers      Server answers or errors.
	 * @param array<string, mixed>                      $settings     Plugin settings.
	 * @param bool                                      $can_override The user may publish anyway.
	 * @param bool                                      $overridden   Someone chose to publish anyway.
	 * @return string
	 */
	private static function reason( $status, $blocks, array $answers, array $settings, $can_override, $overridden ) {
		if ( self::NOTHING === $status ) {
			return __( 'Nothing to check yet.', 'smmlint' );
		}
		if ( self::PASS === $status ) {
			return __( 'The post passes smmlint’s check.', 'smmlint' );
		}
		$what = self::FAIL === $status
			? self::failure( $answers, $settings )
			/* translators: %s: why the check could not run, e.g. "The smmlint server at http://127.0.0.1:8787 could not be reached." */
			: sprintf( __( 'smmlint could not check this post. %s', 'smmlint' ), self::first_error( $answers ) );
		if ( ! $blocks ) {
			return $what . ' ' . __( 'You can still publish it.', 'smmlint' );
		}
		if ( $overridden ) {
			return $what . ' ' . __( 'Publishing anyway was chosen for this post.', 'smmlint' );
		}
		return $what . ' ' . ( $can_override
			? __( 'Publishing is held back until it passes, or until you choose to publish anyway.', 'smmlint' )
			: __( 'Publishing is held back until it passes; an editor can choose to publish it anyway.', 'smmlint' ) );
	}

	/**
	 * Why the checks failed: findings at or above fail_on, or a score under min_score.
	 *
	 * @param array<int, array<string, mixed>|WP_Error> $answers  Server answers or errors.
	 * @param array<string, mixed>                      $settings Plugin settings.
	 * @return string
	 */
	private static function failure( array $answers, array $settings ) {
		$blocking = 0;
		foreach ( $answers as $answer ) {
			if ( ! is_wp_error( $answer ) && isset( $answer['blocking'] ) && is_array( $answer['blocking'] ) ) {
				$blocking += count( $answer['blocking'] );
			}
		}
		$parts = array();
		if ( $blocking ) {
			/* translators: %d: number of findings that fail the gate. */
			$parts[] = sprintf( _n( '%d finding fails the check.', '%d findings fail the check.', $blocking, 'smmlint' ), $blocking );
		}
		$score = self::lowest_score( $answers );
		if ( null !== $score && $score < (int) $settings['min_score'] ) {
			/* translators: 1: the post's score, 2: the lowest score that passes. */
			$parts[] = sprintf( __( 'The score %1$d is under the minimum of %2$d.', 'smmlint' ), $score, (int) $settings['min_score'] );
		}
		if ( ! $parts ) {
			$parts[] = __( 'The post does not pass smmlint’s check.', 'smmlint' );
		}
		return implode( ' ', $parts );
	}

	/**
	 * The message of the first check that could not run.
	 *
	 * @param array<int, array<string, mixed>|WP_Error> $answers Server answers or errors.
	 * @return string
	 */
	private static function first_error( array $answers ) {
		foreach ( $answers as $answer ) {
			if ( is_wp_error( $answer ) ) {
				return $answer->get_error_message();
			}
		}
		return '';
	}
}
