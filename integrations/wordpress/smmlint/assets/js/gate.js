/**
 * Asks WordPress for smmlint's verdict on the editor's current texts, and holds back
 * Publish (wp.data `lockPostSaving`) while the gate says so. Never edits the post.
 */
( function ( wp, ns, config ) {
	'use strict';

	const { useEffect } = wp.element;
	const { useSelect, useDispatch } = wp.data;
	const { __ } = wp.i18n;

	const LOCK = 'smmlint';
	const NOTICE = 'smmlint-gate';
	const SOCIAL_META = '_smmlint_social_message';

	/** Wait this long after the last keystroke before asking (ms). */
	const TYPING_PAUSE = 1500;

	/**
	 * What the check is about: the editor's current texts, as the REST request body in JSON.
	 * Equal texts give equal keys, so the key tells whether a verdict is about them.
	 *
	 * @param {Function} select wp.data select.
	 * @return {string} The request key.
	 */
	function requestKey( select ) {
		const editor = select( 'core/editor' );
		const meta = editor.getEditedPostAttribute( 'meta' ) || {};
		return JSON.stringify( {
			post_id: editor.getCurrentPostId(),
			title: editor.getEditedPostAttribute( 'title' ) || '',
			content: editor.getEditedPostContent(),
			excerpt: editor.getEditedPostAttribute( 'excerpt' ) || '',
			social_message: meta[ SOCIAL_META ] || '',
		} );
	}

	/**
	 * Whether Publish is held back now, and why.
	 *
	 * @param {Object}  state       The smmlint/gate store's state.
	 * @param {string}  key         The current texts' key.
	 * @param {boolean} isPublished The post is already public: the gate is behind it.
	 * @return {{locked: boolean, reason: string}} The lock and the sentence explaining it.
	 */
	function lockFor( state, key, isPublished ) {
		const verdict = state.verdict;
		if ( isPublished ) {
			return { locked: false, reason: '' };
		}
		if ( state.verdictKey !== key ) {
			// Not checked yet: hold back only where a verdict could block.
			const mayBlock = config.onFail === 'block' || config.onUnavailable === 'block';
			return {
				locked: mayBlock,
				reason: mayBlock ? __( 'smmlint is checking the latest changes…', 'smmlint' ) : '',
			};
		}
		// An override holds for the texts it was chosen for, as on the server.
		if ( state.overriddenKey === key || ( verdict && verdict.overridden ) ) {
			return { locked: false, reason: '' };
		}
		if ( state.error ) {
			return {
				locked: config.onUnavailable === 'block',
				reason: state.error,
			};
		}
		return { locked: Boolean( verdict && verdict.locked ), reason: verdict ? verdict.reason : '' };
	}

	/**
	 * Whether the pre-publish panel is open (core/editor since WordPress 6.6, core/edit-post before).
	 *
	 * @param {Function} select wp.data select.
	 * @return {boolean} The panel is open.
	 */
	function isPublishSidebarOpened( select ) {
		const editor = select( 'core/editor' );
		return editor.isPublishSidebarOpened
			? editor.isPublishSidebarOpened()
			: select( 'core/edit-post' ).isPublishSidebarOpened();
	}

	/**
	 * Asks the plugin's REST route; the answer lands in the store under the request's key.
	 *
	 * @param {string} key      The texts' key: the REST request body as JSON.
	 * @param {Object} dispatch The store's actions.
	 */
	function check( key, dispatch ) {
		dispatch.checkStarted( key );
		wp.apiFetch( { path: '/smmlint/v1/check', method: 'POST', data: JSON.parse( key ) } ).then(
			( verdict ) => dispatch.checkDone( key, verdict ),
			( error ) =>
				dispatch.checkFailed(
					key,
					( error && error.message ) || __( 'WordPress could not ask smmlint.', 'smmlint' )
				)
		);
	}

	/**
	 * Invisible component: checks after each pause in typing (at once while the publish
	 * panel is open) and keeps the Publish lock and the editor notice in step.
	 *
	 * @return {null} Renders nothing.
	 */
	function GateController() {
		const { key, isPublished, publishing } = useSelect( ( select ) => ( {
			key: requestKey( select ),
			isPublished: select( 'core/editor' ).isCurrentPostPublished(),
			publishing: isPublishSidebarOpened( select ),
		} ) );
		const state = useSelect( ( select ) => select( ns.STORE ).getState() );
		const gate = useDispatch( ns.STORE );
		const editor = useDispatch( 'core/editor' );
		const notices = useDispatch( 'core/notices' );
		const current = state.requestedKey === key;

		useEffect( () => {
			const body = JSON.parse( key );
			if ( current || ! body.post_id ) {
				return undefined;
			}
			const timer = setTimeout( () => check( key, gate ), publishing ? 0 : TYPING_PAUSE );
			return () => clearTimeout( timer );
		}, [ key, current, publishing ] );

		const { locked, reason } = lockFor( state, key, isPublished );
		const settled = state.verdictKey === key;
		useEffect( () => {
			if ( locked ) {
				editor.lockPostSaving( LOCK );
			} else {
				editor.unlockPostSaving( LOCK );
			}
			if ( locked && settled ) {
				notices.createNotice( 'warning', reason, { id: NOTICE, isDismissible: false } );
			} else {
				notices.removeNotice( NOTICE );
			}
		}, [ locked, settled, reason ] );

		return null;
	}

	/**
	 * Asks the server to record "publish anyway" for the texts checked (the server checks
	 * them again and records the choice only while its gate holds them back), then unlocks.
	 *
	 * @param {string} key      The texts' key: the REST request body as JSON.
	 * @param {Object} dispatch The store's actions.
	 * @return {Promise} Settles when recorded.
	 */
	function override( key, dispatch ) {
		return wp
			.apiFetch( { path: '/smmlint/v1/override', method: 'POST', data: JSON.parse( key ) } )
			.then( () => dispatch.overridden( key ) );
	}

	Object.assign( ns, { GateController, lockFor, check, override, requestKey, SOCIAL_META } );
} )( window.wp, window.smmlintEditor, window.smmlintSettings );
