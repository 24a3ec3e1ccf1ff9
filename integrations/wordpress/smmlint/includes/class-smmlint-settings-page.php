<?php
/**
 * Settings → smmlint, built on the Settings API.
 *
 * @package smmlint
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings screen: server, networks and gate. Every value printed is escaped; the token
 * is never printed back.
 */
final class SMMLint_Settings_Page {

	const PAGE = 'smmlint';

	/** The settings page waits at most this long (seconds) for the server's status. */
	const STATUS_TIMEOUT = 3;

	/**
	 * Registers the setting, sections and fields (on admin_init).
	 *
	 * @return void
	 */
	public static function register() {
		register_setting(
			self::PAGE,
			SMMLint_Settings::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( 'SMMLint_Settings', 'sanitize' ),
				'default'           => SMMLint_Settings::defaults(),
			)
		);

		add_settings_section( 'smmlint_server', __( 'smmlint server', 'smmlint' ), array( __CLASS__, 'server_section' ), self::PAGE );
		self::field( 'server_url', __( 'Server URL', 'smmlint' ), 'server_url_field', 'smmlint_server' );
		self::field( 'token', __( 'Token', 'smmlint' ), 'token_field', 'smmlint_server' );
		self::field( 'timeout', __( 'Timeout', 'smmlint' ), 'timeout_field', 'smmlint_server' );
		self::field( 'user_checks', __( 'Checks per user', 'smmlint' ), 'user_checks_field', 'smmlint_server' );

		add_settings_section( 'smmlint_gate', __( 'Pre-publish check', 'smmlint' ), array( __CLASS__, 'gate_section' ), self::PAGE );
		self::field( 'networks', __( 'Networks', 'smmlint' ), 'networks_field', 'smmlint_gate' );
		self::field( 'fail_on', __( 'Fail on', 'smmlint' ), 'fail_on_field', 'smmlint_gate' );
		self::field( 'min_score', __( 'Minimum score', 'smmlint' ), 'min_score_field', 'smmlint_gate' );
		self::field( 'on_fail', __( 'When the check fails', 'smmlint' ), 'on_fail_field', 'smmlint_gate' );
		self::field( 'on_unavailable', __( 'When the server cannot be reached', 'smmlint' ), 'on_unavailable_field', 'smmlint_gate' );
	}

	/**
	 * Adds Settings → smmlint (on admin_menu).
	 *
	 * @return void
	 */
	public static function add_page() {
		add_options_page( __( 'smmlint', 'smmlint' ), __( 'smmlint', 'smmlint' ), 'manage_options', self::PAGE, array( __CLASS__, 'render' ) );
	}

	/**
	 * A "Settings" link beside the plugin on the Plugins screen.
	 *
	 * @param string[] $links Existing links.
	 * @return string[]
	 */
	public static function action_links( $links ) {
		$url = admin_url( 'options-general.php?page=' . self::PAGE );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'smmlint' ) . '</a>' );
		return $links;
	}

	/**
	 * The settings screen.
	 *
	 * @return void
	 */
	public static function render() {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
		settings_fields( self::PAGE );
		do_settings_sections( self::PAGE );
		submit_button();
		echo '</form></div>';
	}

	/**
	 * Intro to the server section, with the server's current status.
	 *
	 * @return void
	 */
	public static function server_section() {
		echo '<p>' . esc_html__( 'WordPress sends the post to this smmlint server (smmlint serve) when an author opens the pre-publish checks. The browser never talks to it and never sees the token.', 'smmlint' ) . '</p>';
		$settings = array( 'timeout' => self::STATUS_TIMEOUT ) + SMMLint_Settings::get();
		$exposed  = SMMLint_Settings::token_warning( $settings );
		if ( '' !== $exposed ) {
			echo '<p class="smmlint-token-warning notice notice-error inline">' . esc_html( $exposed ) . '</p>';
		}
		$client = new SMMLint_Client( $settings );
		$health   = $client->health();
		// /healthz answers without a token; the platform list tells whether the token works.
		$platforms = is_wp_error( $health ) ? $health : $client->platforms();
		if ( is_wp_error( $platforms ) ) {
			echo '<p class="smmlint-server-status notice notice-warning inline">' . esc_html( $platforms->get_error_message() ) . '</p>';
			return;
		}
		SMMLint_Networks::remember( $platforms['platforms'] ?? array() );
		$version = isset( $health['version'] ) && is_string( $health['version'] ) ? $health['version'] : '';
		/* translators: %s: smmlint version, may be empty. */
		echo '<p class="smmlint-server-status notice notice-success inline">' . esc_html( sprintf( __( 'Connected to smmlint %s.', 'smmlint' ), $version ) ) . '</p>';
	}

	/**
	 * Intro to the gate section.
	 *
	 * @return void
	 */
	public static function gate_section() {
		echo '<p>' . esc_html__( 'The post (title and content, as readers see it) is checked as a web page; its social message, or else its excerpt, is checked for each network below. The post passes when no finding reaches the "Fail on" level and every score reaches the minimum.', 'smmlint' ) . '</p>';
	}

	/**
	 * The server URL field.
	 *
	 * @return void
	 */
	public static function server_url_field() {
		printf(
			'<input type="url" class="regular-text code" id="smmlint-server_url" name="%s" value="%s" required /><p class="description">%s</p>',
			esc_attr( self::name( 'server_url' ) ),
			esc_attr( SMMLint_Settings::get()['server_url'] ),
			esc_html__( 'Default: http://127.0.0.1:8787, where smmlint serve listens. Keep the server on loopback next to WordPress where you can.', 'smmlint' )
		);
	}

	/**
	 * The token field: write-only.
	 *
	 * @return void
	 */
	public static function token_field() {
		$saved = '' !== SMMLint_Settings::get()['token'];
		printf(
			'<input type="password" class="regular-text code" id="smmlint-token" name="%s" value="" autocomplete="new-password" placeholder="%s" />',
			esc_attr( self::name( 'token' ) ),
			esc_attr( $saved ? __( 'A token is saved', 'smmlint' ) : '' )
		);
		if ( $saved ) {
			printf(
				'<label><input type="checkbox" name="%s" value="1" /> %s</label>',
				esc_attr( self::name( 'token_clear' ) ),
				esc_html__( 'Remove the saved token', 'smmlint' )
			);
		}
		echo '<p class="description">' . esc_html__( 'The server’s token (sent as Authorization: Bearer). Needed when the server asks for one, for example when it is not on this machine. Leave blank to keep the saved token.', 'smmlint' ) . '</p>';
	}

	/**
	 * The timeout field.
	 *
	 * @return void
	 */
	public static function timeout_field() {
		self::number_field( 'timeout', SMMLint_Settings::MIN_TIMEOUT, SMMLint_Settings::MAX_TIMEOUT, __( 'seconds to wait for the server before treating it as unreachable', 'smmlint' ) );
	}

	/**
	 * The per-user limit on checks.
	 *
	 * @return void
	 */
	public static function user_checks_field() {
		self::number_field( 'user_checks', 1, SMMLint_Settings::MAX_USER_CHECKS, __( 'checks a minute for each user: one user cannot keep the server busy for everyone', 'smmlint' ) );
	}

	/**
	 * A whole-number field between `$min` and `$max`, followed by what it counts.
	 *
	 * @param string $key   Setting key.
	 * @param int    $min   Lowest value.
	 * @param int    $max   Highest value.
	 * @param string $label What the number counts, translated.
	 * @return void
	 */
	private static function number_field( $key, $min, $max, $label ) {
		printf(
			'<input type="number" class="small-text" id="smmlint-%1$s" name="%2$s" value="%3$d" min="%4$d" max="%5$d" /> %6$s',
			esc_attr( $key ),
			esc_attr( self::name( $key ) ),
			(int) SMMLint_Settings::get()[ $key ],
			(int) $min,
			(int) $max,
			esc_html( $label )
		);
	}

	/**
	 * The networks checkboxes.
	 *
	 * @return void
	 */
	public static function networks_field() {
		$configured = SMMLint_Settings::get()['networks'];
		// Sent even when every box is unticked, so "no networks" can be saved.
		printf( '<input type="hidden" name="%s" value="" />', esc_attr( self::name( 'networks' ) . '[]' ) );
		echo '<fieldset>';
		foreach ( SMMLint_Networks::choices( $configured ) as $name => $label ) {
			printf(
				'<label><input type="checkbox" name="%s" value="%s" %s /> %s</label><br />',
				esc_attr( self::name( 'networks' ) . '[]' ),
				esc_attr( $name ),
				checked( in_array( $name, $configured, true ), true, false ),
				esc_html( $label )
			);
		}
		echo '</fieldset>';
	}

	/**
	 * The fail_on select.
	 *
	 * @return void
	 */
	public static function fail_on_field() {
		$labels = array(
			'suggestion' => __( 'Any finding, suggestions included', 'smmlint' ),
			'warning'    => __( 'Warnings and errors', 'smmlint' ),
			'error'      => __( 'Errors only', 'smmlint' ),
		);
		printf( '<select id="smmlint-fail_on" name="%s">', esc_attr( self::name( 'fail_on' ) ) );
		foreach ( $labels as $value => $label ) {
			printf( '<option value="%s" %s>%s</option>', esc_attr( $value ), selected( SMMLint_Settings::get()['fail_on'], $value, false ), esc_html( $label ) );
		}
		echo '</select>';
	}

	/**
	 * The min_score field.
	 *
	 * @return void
	 */
	public static function min_score_field() {
		printf(
			'<input type="number" class="small-text" id="smmlint-min_score" name="%s" value="%d" min="0" max="100" /> %s',
			esc_attr( self::name( 'min_score' ) ),
			(int) SMMLint_Settings::get()['min_score'],
			esc_html__( 'out of 100 (scores under 50 are red, 80 and over green); 0 turns the minimum off', 'smmlint' )
		);
	}

	/**
	 * What a failing check does.
	 *
	 * @return void
	 */
	public static function on_fail_field() {
		self::action_radios(
			'on_fail',
			array(
				'warn'  => __( 'Warn: show the findings, allow publishing', 'smmlint' ),
				'block' => __( 'Block: hold back Publish until the post passes (users with the smmlint_override capability, editors and administrators by default, can publish anyway)', 'smmlint' ),
			)
		);
	}

	/**
	 * What an unreachable server does.
	 *
	 * @return void
	 */
	public static function on_unavailable_field() {
		self::action_radios(
			'on_unavailable',
			array(
				'warn'  => __( 'Warn: say so, allow publishing (recommended)', 'smmlint' ),
				'block' => __( 'Block: hold back Publish until the server answers', 'smmlint' ),
			)
		);
	}

	/**
	 * Registers one field.
	 *
	 * @param string $key      Settings key.
	 * @param string $title    Field label.
	 * @param string $callback Method printing the field.
	 * @param string $section  Section id.
	 * @return void
	 */
	private static function field( $key, $title, $callback, $section ) {
		add_settings_field( 'smmlint-' . $key, $title, array( __CLASS__, $callback ), self::PAGE, $section, array( 'label_for' => 'smmlint-' . $key ) );
	}

	/**
	 * Radio buttons for a warn/block setting.
	 *
	 * @param string                $key    Settings key.
	 * @param array<string, string> $labels Value => label.
	 * @return void
	 */
	private static function action_radios( $key, array $labels ) {
		echo '<fieldset id="' . esc_attr( 'smmlint-' . $key ) . '">';
		foreach ( $labels as $value => $label ) {
			printf(
				'<label><input type="radio" name="%s" value="%s" %s /> %s</label><br />',
				esc_attr( self::name( $key ) ),
				esc_attr( $value ),
				checked( SMMLint_Settings::get()[ $key ], $value, false ),
				esc_html( $label )
			);
		}
		echo '</fieldset>';
	}

	/**
	 * The form name of a settings key.
	 *
	 * @param string $key Settings key.
	 * @return string
	 */
	private static function name( $key ) {
		return SMMLint_Settings::OPTION . '[' . $key . ']';
	}
}
