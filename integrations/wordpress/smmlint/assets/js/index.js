/**
 * Registers smmlint in the block editor: a panel in the pre-publish checks, a panel in
 * the post's settings sidebar (with the social message), and the invisible gate.
 */
( function ( wp, ns ) {
	'use strict';

	const el = wp.element.createElement;
	const { __ } = wp.i18n;
	// WordPress 6.6 moved the plugin slots from wp.editPost to wp.editor.
	const slots = wp.editor && wp.editor.PluginPrePublishPanel ? wp.editor : wp.editPost;

	function SmmlintPlugin() {
		return el(
			wp.element.Fragment,
			null,
			el( ns.GateController ),
			el(
				slots.PluginPrePublishPanel,
				{ className: 'smmlint-prepublish', title: __( 'smmlint check', 'smmlint' ), initialOpen: true },
				el( ns.GateView )
			),
			el(
				slots.PluginDocumentSettingPanel,
				{ name: 'smmlint', className: 'smmlint-document', title: __( 'smmlint', 'smmlint' ) },
				el( ns.SocialMessageField ),
				el( ns.GateView )
			)
		);
	}

	wp.plugins.registerPlugin( 'smmlint', { render: SmmlintPlugin, icon: null } );
} )( window.wp, window.smmlintEditor );
