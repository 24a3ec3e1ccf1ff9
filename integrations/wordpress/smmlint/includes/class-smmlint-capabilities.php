<?php
/**
 * The capability to publish despite a failing gate.
 *
 * @package smmlint
 */

defined( 'ABSPATH' ) || exit;

/**
 * `smmlint_override` goes to the roles that publish other people's posts (administrator and
 * editor) when the plugin is activated; role editors can give it to anyone else.
 */
final class SMMLint_Capabilities {

	const OVERRIDE = 'smmlint_override';

	const ROLES = array( 'administrator', 'editor' );

	/**
	 * Gives the override capability to the editing roles (activation hook).
	 *
	 * @return void
	 */
	public static function grant() {
		foreach ( self::ROLES as $name ) {
			$role = get_role( $name );
			if ( $role ) {
				$role->add_cap( self::OVERRIDE );
			}
		}
	}

	/**
	 * Takes the capability back from every role (uninstall).
	 *
	 * @return void
	 */
	public static function revoke() {
		foreach ( wp_roles()->role_objects as $role ) {
			$role->remove_cap( self::OVERRIDE );
		}
	}
}
